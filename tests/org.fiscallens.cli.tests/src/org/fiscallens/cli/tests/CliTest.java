package org.fiscallens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.fiscallens.cli.Cli;
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
}
