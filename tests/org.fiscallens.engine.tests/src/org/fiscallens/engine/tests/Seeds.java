package org.fiscallens.engine.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Submission;
import org.osgi.framework.FrameworkUtil;

/** The five real seed documents and the standard library, shared by the engine tests. */
final class Seeds {

	static final Path FOLDER = Path.of(System.getProperty("fiscallens.seeds", "samples/seeds"));
	private static RuleLibrary library;
	private static CheckReport report;
	private static List<Submission> submissions;

	private Seeds() {
	}

	/** The seed whose file name starts with {@code prefix} (000 … 004). */
	static Path file(String prefix) {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String text(String prefix) throws IOException {
		return Files.readString(file(prefix), StandardCharsets.UTF_8);
	}

	static synchronized RuleLibrary library() throws IOException {
		if (library == null) {
			library = RuleLibrary.standard();
		}
		return library;
	}

	/** The five seeds imported, with their paths as {@code 000.txt} … {@code 004.txt}. */
	static synchronized List<Submission> submissions() {
		if (submissions == null) {
			DisclosureImporter importer = new DisclosureImporter();
			submissions = new ArrayList<>();
			for (String seed : new String[] { "000", "001", "002", "003", "004" }) {
				Submission s = importer.importFile(file(seed));
				s.getSource().setPath(seed + ".txt");
				submissions.add(s);
			}
		}
		return submissions;
	}

	/** The standard library's report on the five seeds. */
	static synchronized CheckReport report() throws IOException {
		if (report == null) {
			report = new CheckEngine(library()).check(submissions());
		}
		return report;
	}

	/** A file shipped in this test bundle (e.g. oracle/seed-review.csv). */
	static String resource(String path) throws IOException {
		URL url = FrameworkUtil.getBundle(Seeds.class).getEntry(path);
		if (url == null) {
			throw new IOException(path + " is not in the test bundle");
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
	static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else if (c != '\r') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
