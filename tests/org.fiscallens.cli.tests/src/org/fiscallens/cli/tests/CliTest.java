package org.fiscallens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.fiscallens.cli.Cli;
import org.fiscallens.cli.CommandContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless command line, run in-process exactly as {@code ./fiscallens ...} runs it. */
public class CliTest extends CliTestCase {

	private static Path seed(String prefix) throws Exception {
		try (Stream<Path> files = Files.list(SEEDS)) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

	@Test
	public void helpListsTheCommands() {
		assertEquals(Cli.EXIT_OK, run(SEEDS, "--help"));
		assertTrue(out().contains("inspect"), out());
		assertTrue(out().contains("import"), out());
		assertTrue(out().contains("Exit codes"), out());
	}

	@Test
	public void noArgumentsIsAUsageError() {
		assertEquals(Cli.EXIT_USAGE, run(SEEDS));
		assertTrue(out().contains("Commands:"));
	}

	@Test
	public void unknownCommandAndOptionAreUsageErrors() {
		assertEquals(Cli.EXIT_USAGE, run(SEEDS, "frobnicate"));
		assertTrue(err().contains("unknown command 'frobnicate'"), err());
		assertEquals(Cli.EXIT_USAGE, run(SEEDS, "inspect", "--colour", "red", "x.txt"));
		assertTrue(err().contains("unknown option --colour"), err());
		assertEquals(Cli.EXIT_USAGE, run(SEEDS, "inspect", "--format", "xml", "x.txt"));
		assertTrue(err().contains("--format must be one of text, json"), err());
	}

	@Test
	public void commandHelp() {
		assertEquals(Cli.EXIT_OK, run(SEEDS, "inspect", "--help"));
		assertTrue(out().startsWith("Usage: ./fiscallens inspect"), out());
	}

	@Test
	public void inspectShowsTheTablesOfASeedWithTheirSourceLines() throws Exception {
		String file = seed("000_").getFileName().toString();
		assertEquals(Cli.EXIT_OK, run(SEEDS, "inspect", file), err());
		String text = out();
		assertTrue(text.contains(file), "the path is shown as given");
		assertTrue(text.contains("公开01"), text.substring(0, Math.min(2000, text.length())));
		// line 177 of seed 000: 2101501 行政运行 1956.92 in 公开02
		assertTrue(text.contains("1956.92"), "cell values are listed");
		assertTrue(text.contains("177"), "with their source lines");
	}

	@Test
	public void inspectOfAMissingFileIsExitCode2() {
		assertEquals(Cli.EXIT_USAGE, run(SEEDS, "inspect", "no-such-file.txt"));
		assertTrue(err().contains("no-such-file.txt"), err());
	}

	@Test
	public void importFillsAWorkspaceAndReportsABrokenFile(@TempDir Path temp) throws Exception {
		Path docs = Files.createDirectories(temp.resolve("docs"));
		Files.copy(seed("001_"), docs.resolve("001.txt"));
		Files.copy(seed("003_"), docs.resolve("003.txt"));
		Files.write(docs.resolve("broken.txt"), new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7 });
		int code = run(temp, "import", "--workspace", "ws", "docs");
		assertTrue(out().contains("workspace ws holds"), out() + err());
		assertTrue(err().contains("broken.txt"), "the broken document is named: " + err());
		assertTrue(code == Cli.EXIT_OK || code == Cli.EXIT_USAGE);
		assertTrue(Files.isDirectory(temp.resolve("ws")));
	}

	/**
	 * An Error used to end a command silently with exit code 0 (the product's log is deleted by the launcher): a check
	 * of 20,000 documents that ran out of memory writing its report printed nothing at all.
	 */
	@Test
	public void aCommandThatRunsOutOfMemorySaysSoAndFails(@TempDir Path temp) throws Exception {
		OutputStream exhausted = new OutputStream() {
			@Override
			public void write(int b) {
				throw new OutOfMemoryError("Java heap space");
			}

			@Override
			public void write(byte[] b, int off, int len) {
				throw new OutOfMemoryError("Java heap space");
			}
		};
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Files.copy(seed("001_"), temp.resolve("001.txt"));
		int code = new Cli().run(new String[] { "check", "--format", "json", "001.txt" }, new CommandContext(
				new PrintStream(exhausted, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), temp));
		String printed = err.toString(StandardCharsets.UTF_8);
		assertEquals(Cli.EXIT_USAGE, code, printed);
		assertTrue(printed.contains("fiscallens check: out of memory (Java heap space)"), printed);
		assertTrue(printed.contains("-Xmx"), "says how to give it more: " + printed);
	}

	@Test
	public void checkWritesItsReportToOutOnlyWhenComplete(@TempDir Path temp) throws Exception {
		Files.copy(seed("001_"), temp.resolve("001.txt"));
		run(temp, "check", "--format", "json", "001.txt");
		String printed = out();
		run(temp, "check", "--format", "json", "--out", "report.json", "001.txt");
		assertEquals(printed, Files.readString(temp.resolve("report.json")), "the same report in the file");
		assertTrue(printed.contains("\"findings\""), printed.substring(0, Math.min(printed.length(), 500)));
		assertTrue(Files.notExists(temp.resolve("report.json.part")), "no temporary file is left");
	}
}
