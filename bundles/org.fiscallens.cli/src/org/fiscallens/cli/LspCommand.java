package org.fiscallens.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;

import org.fiscallens.rules.ide.server.RulesLanguageServer;

/** {@code ./fiscallens lsp}: the language server for rule files, speaking LSP on stdin/stdout. */
final class LspCommand implements Command {

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String summary() {
		return "language server for rule files (.flr) on stdin/stdout, for any LSP editor";
	}

	@Override
	public String usage() {
		return """
				Usage: ./fiscallens lsp

				Starts a language server for FiscalLens rule files (.flr) speaking the Language Server Protocol on
				stdin/stdout: diagnostics of the rule validator as you type, completion (keywords, tables and columns
				of the catalogue, functions, members, definitions), hover documentation, go to definition, formatting.
				The editor starts it and talks to it; the workspace folder the editor opens is the rule library (every
				.flr below it is loaded, so definitions are shared across files). Logs go to stderr.

				Exit codes: 0 when the editor closes the connection.
				""";
	}

	@Override
	public int run(Arguments arguments, CommandContext context) throws Exception {
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("lsp takes no arguments");
		}
		InputStream in = new FileInputStream(FileDescriptor.in);
		OutputStream out = new FileOutputStream(FileDescriptor.out);
		// stdout carries the protocol: anything else printed there would corrupt it, so it goes to stderr
		System.setOut(System.err);
		Future<Void> serving = RulesLanguageServer.start(in, out);
		serving.get();
		return Cli.EXIT_OK;
	}
}
