package org.fiscallens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.fiscallens.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./fiscallens memo} on a workspace imported from the seeds. */
class MemoCommandTest extends CliTestCase {

	@TempDir
	Path temp;

	@Test
	void writesTheProvinceSummaryAndRefusesUnknownNames() throws IOException {
		Path workspace = temp.resolve("ws");
		assertEquals(Cli.EXIT_OK, run(temp, "import", "--workspace", workspace.toString(), SEEDS.toAbsolutePath().toString()), err());

		Path out = temp.resolve("memos");
		assertEquals(Cli.EXIT_OK, run(temp, "memo", "--workspace", "ws", "--province", "--draft", "--format", "md",
				"--out", "memos", "--date", "2025-06-30"), err());
		List<Path> files;
		try (Stream<Path> list = Files.list(out)) {
			files = list.sorted().toList();
		}
		Path md = files.stream().filter(p -> p.toString().endsWith("-草稿.md")).findFirst().orElseThrow();
		String text = Files.readString(md);
		assertTrue(text.contains("公开检查情况的通报（草稿）"), text);
		assertTrue(text.contains("本次共审核单位 5 个"), text);
		assertTrue(files.stream().anyMatch(p -> p.toString().endsWith("-category.png")), "chart beside the text");
		assertTrue(out().contains(md.getFileName().toString()), "prints what it wrote");

		assertEquals(Cli.EXIT_USAGE, run(temp, "memo", "--workspace", "ws", "--unit", "没有这个单位", "--format", "docx",
				"--out", "memos"));
		assertTrue(err().contains("no unit named '没有这个单位'"), err());
		assertEquals(Cli.EXIT_USAGE, run(temp, "memo", "--workspace", "ws", "--province", "--out", "memos"));
		assertTrue(err().contains("--format"), err());
		assertEquals(Cli.EXIT_USAGE, run(temp, "memo", "--workspace", "ws", "--region", "不存在市", "--format", "html",
				"--out", "memos"));
		assertTrue(err().contains("no region named '不存在市'"), err());
	}
}
