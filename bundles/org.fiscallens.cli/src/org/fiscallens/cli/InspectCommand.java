package org.fiscallens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.importer.InspectReport;
import org.fiscallens.model.disclosure.Submission;

/** {@code ./fiscallens inspect [--format text|json] FILE}: shows what the importer understood of a document. */
final class InspectCommand implements Command {

	@Override
	public String name() {
		return "inspect";
	}

	@Override
	public String summary() {
		return "show what the importer read from one document: tables, rows, cells, claims, diagnostics";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("format");
	}

	@Override
	public String usage() {
		return """
				Usage: ./fiscallens inspect [--format text|json] FILE

				Shows every table (code, title, money unit, columns), every row (行次, subject code, name) and cell
				(value, raw text, line), every narrative claim (section, label, kind, value, line) and every
				diagnostic of FILE, exactly as the importer understood them.

				Options:
				  --format text|json   output format (default: text)

				Exit codes: 0 the file was read (diagnostics may still be listed), 2 bad usage or unreadable file.
				""";
	}

	@Override
	public int run(Arguments arguments, CommandContext context) throws UsageException {
		String format = arguments.choice("format", "text", "text", "json");
		if (arguments.positional().size() != 1) {
			throw new UsageException("inspect takes exactly one FILE");
		}
		String given = arguments.positional().get(0);
		Path file = context.resolve(given);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			context.err().println("fiscallens inspect: " + given + ": no such readable file");
			return Cli.EXIT_USAGE;
		}
		Submission submission = new DisclosureImporter().importFile(file);
		submission.getSource().setPath(given);
		context.out().print(format.equals("json") ? InspectReport.json(submission) : InspectReport.text(submission));
		return Cli.EXIT_OK;
	}
}
