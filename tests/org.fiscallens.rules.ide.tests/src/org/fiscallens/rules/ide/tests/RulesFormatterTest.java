package org.fiscallens.rules.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.rules.ide.formatting.RulesFormatter;
import org.junit.jupiter.api.Test;

/** The formatter writes the layout the standard library is written in. */
public class RulesFormatterTest {

	private final RulesFormatter formatter = new RulesFormatter();

	@Test
	public void leavesEveryFileOfTheStandardLibraryAsItIs() throws IOException {
		List<RuleSource> files = RuleLibrary.standardSources();
		assertTrue(files.size() >= 20, "files: " + files.size());
		List<String> changed = new ArrayList<>();
		for (RuleSource file : files) {
			String formatted = formatter.format(file.text());
			if (!formatted.equals(file.text())) {
				changed.add(file.name() + ": " + firstDifference(file.text(), formatted));
			}
		}
		assertEquals(List.of(), changed);
	}

	@Test
	public void indentsBlocksHeadersAndContinuations() {
		String messy = """
				rule 乱 "排版" {
				severity error
				  for each t in [公开10, 公开11]: {
				for each k in claims(label: "合计$",
				kind: "amount"):
				check k
				= t.rowsMatching("合计$").first[t.amountColumns.first]
				+ 0
				within rounding
				     }
				message "{k.raw}"
				}
				""";
		String expected = """
				rule 乱 "排版" {
					severity error
					for each t in [公开10, 公开11]: {
						for each k in claims(label: "合计$",
								kind: "amount"):
							check k
								= t.rowsMatching("合计$").first[t.amountColumns.first]
									+ 0
								within rounding
					}
					message "{k.raw}"
				}
				""";
		assertEquals(expected, formatter.format(messy));
	}

	@Test
	public void neverTouchesStringsAndComments() {
		String text = "// 注释  保留   空格\nrule 甲 \"标题  两个空格\" {\n/* 块注释\n      缩进保留 */\n\tseverity   info\n\trequire exists(公开01) else \"缺  表\"\n}\n";
		String expected = "// 注释  保留   空格\nrule 甲 \"标题  两个空格\" {\n\t/* 块注释\n      缩进保留 */\n\tseverity info\n\trequire exists(公开01) else \"缺  表\"\n}\n";
		assertEquals(expected, formatter.format(text));
	}

	@Test
	public void keepsTheNumberOfLines() {
		String text = "rule 甲 \"x\" {\n\n\n\tseverity info   \n\r\n\trequire true\n}";
		assertEquals(text.split("\n", -1).length, formatter.formatLines(text).size());
	}

	private static String firstDifference(String before, String after) {
		String[] a = before.split("\n", -1);
		String[] b = after.split("\n", -1);
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			if (!a[i].equals(b[i])) {
				return "line " + (i + 1) + ": [" + a[i] + "] became [" + b[i] + "]";
			}
		}
		return "line count";
	}
}
