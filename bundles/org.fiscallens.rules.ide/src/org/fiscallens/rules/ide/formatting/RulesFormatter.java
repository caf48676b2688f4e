package org.fiscallens.rules.ide.formatting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out a rule file the way the standard library is written: one indent per brace level, one more for the
 * statement under a {@code for each …:} header, one more for a statement continued on the next line ({@code within
 * rounding}, {@code = …}, an open parenthesis, a trailing operator), two more for the operands after a continued
 * comparison ({@code + …} under {@code = …}) and for a continued for-each header ({@code where …:}, so that it stands
 * apart from the body); runs of blanks outside strings and comments become one space;
 * no trailing whitespace. Works line by line on the text alone, so it also formats a file that does not parse, never
 * changes a string or a comment, and never adds or removes a line (edits map line to line).
 */
public final class RulesFormatter {

	private static final Pattern CONTINUES_NEXT_LINE = Pattern.compile(
			"(?:[-+*/=<>,(\\[]|!=|\\band|\\bor|\\bnot)$");
	private static final Pattern CONTINUES_PREVIOUS_LINE = Pattern.compile(
			"^(?:within\\b|where\\b|else\\b|and\\b|or\\b|[-+*/=<>.)\\]]|!=)");
	private static final Pattern COMPARISON = Pattern.compile("^(?:=|!=|<|>)");
	private static final Pattern ARITHMETIC = Pattern.compile("^[-+*/]");

	private final String indentUnit;

	/** @param indentUnit one level of indentation: a tab (the library's style) or some spaces */
	public RulesFormatter(String indentUnit) {
		this.indentUnit = indentUnit;
	}

	public RulesFormatter() {
		this("\t");
	}

	public String format(String text) {
		return String.join("\n", formatLines(text));
	}

	/** The formatted text of every line, as many as {@code text.split("\n", -1)} gives ({@code \r} kept). */
	public List<String> formatLines(String text) {
		String[] lines = text.split("\n", -1);
		List<String> result = new ArrayList<>(lines.length);
		Deque<Block> blocks = new ArrayDeque<>();
		blocks.push(new Block(-1));
		LineScanner scanner = new LineScanner();
		int statementIndent = 0;
		boolean previousContinues = false;
		boolean statementIsHeader = false;
		boolean comparisonContinued = false;
		for (String raw : lines) {
			boolean carriageReturn = raw.endsWith("\r");
			String line = carriageReturn ? raw.substring(0, raw.length() - 1) : raw;
			if (scanner.inComment()) {
				// inside a /* … */ comment the author's layout stays
				scanner.scan(line);
				result.add(line.stripTrailing() + (carriageReturn ? "\r" : ""));
				continue;
			}
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				result.add(carriageReturn ? "\r" : "");
				continue;
			}
			int parensBefore = scanner.parenDepth();
			LineScanner.Line scanned = scanner.scan(trimmed);
			String code = scanned.code().strip();
			int indent;
			if (code.isEmpty()) {
				// a comment line sits where the next statement will
				Block block = blocks.peek();
				indent = previousContinues ? statementIndent + 1 : block.base + 1 + block.pendingHeaders;
			} else if (code.startsWith("}")) {
				Block closed = blocks.size() > 1 ? blocks.pop() : blocks.peek();
				indent = Math.max(closed.base, 0);
				blocks.peek().pendingHeaders = 0; // the statement that opened the block is complete
				statementIndent = indent;
			} else if (previousContinues || parensBefore > 0 || CONTINUES_PREVIOUS_LINE.matcher(code).find()) {
				boolean operand = comparisonContinued && ARITHMETIC.matcher(code).find();
				indent = statementIndent + (statementIsHeader || operand ? 2 : 1);
				comparisonContinued |= COMPARISON.matcher(code).find();
				if (code.endsWith(":")) {
					blocks.peek().pendingHeaders++; // for each … ⏎ where …: — the header ends here
				}
			} else {
				Block block = blocks.peek();
				indent = block.base + 1 + block.pendingHeaders;
				statementIndent = indent;
				statementIsHeader = code.startsWith("for ");
				comparisonContinued = false;
				if (code.endsWith(":")) {
					block.pendingHeaders++; // for each …: — the next statement is its body
				} else if (!code.endsWith("{")) {
					block.pendingHeaders = 0;
				}
			}
			int leadingClose = code.startsWith("}") ? 1 : 0;
			for (int i = leadingClose; i < scanned.braces().length(); i++) {
				if (scanned.braces().charAt(i) == '{') {
					blocks.push(new Block(indent));
				} else if (blocks.size() > 1) {
					blocks.pop();
				}
			}
			if (!code.isEmpty()) {
				previousContinues = CONTINUES_NEXT_LINE.matcher(code).find();
			}
			result.add(indentUnit.repeat(Math.max(indent, 0)) + scanned.normalized() + (carriageReturn ? "\r" : ""));
		}
		return result;
	}

	/** A brace level: the indent of the line that opened it, and the for-each headers waiting for their body. */
	private static final class Block {
		final int base;
		int pendingHeaders;

		Block(int base) {
			this.base = base;
		}
	}
}
