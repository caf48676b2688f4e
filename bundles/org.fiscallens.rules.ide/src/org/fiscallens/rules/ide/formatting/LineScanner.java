package org.fiscallens.rules.ide.formatting;

/**
 * Reads rule-file lines as the lexer would, as far as layout needs: which characters are code and which belong to a
 * string or a comment, the braces of the code, and the parentheses and brackets still open across lines.
 */
final class LineScanner {

	/** One scanned line: its code with strings blanked out (for pattern tests), the braces in order, the text with
	 * runs of blanks in code collapsed. */
	record Line(String code, String braces, String normalized) {
	}

	private boolean inBlockComment;
	private int parenDepth;

	boolean inComment() {
		return inBlockComment;
	}

	int parenDepth() {
		return parenDepth;
	}

	Line scan(String line) {
		StringBuilder code = new StringBuilder();
		StringBuilder braces = new StringBuilder();
		StringBuilder normalized = new StringBuilder();
		int i = 0;
		int n = line.length();
		while (i < n) {
			char c = line.charAt(i);
			if (inBlockComment) {
				int end = line.indexOf("*/", i);
				int stop = end < 0 ? n : end + 2;
				normalized.append(line, i, stop);
				inBlockComment = end < 0;
				i = stop;
			} else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '/') {
				normalized.append(line.substring(i).stripTrailing());
				i = n;
			} else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '*') {
				inBlockComment = true;
				normalized.append("/*");
				i += 2;
			} else if (c == '"') {
				int end = stringEnd(line, i);
				normalized.append(line, i, end);
				code.append("\"\"");
				i = end;
			} else if (c == ' ' || c == '\t' || c == '\u3000') {
				int end = i;
				while (end < n && (line.charAt(end) == ' ' || line.charAt(end) == '\t' || line.charAt(end) == '\u3000')) {
					end++;
				}
				if (end < n && normalized.length() > 0) {
					normalized.append(' ');
				}
				code.append(' ');
				i = end;
			} else {
				if (c == '{' || c == '}') {
					braces.append(c);
				} else if (c == '(' || c == '[') {
					parenDepth++;
				} else if ((c == ')' || c == ']') && parenDepth > 0) {
					parenDepth--;
				}
				code.append(c);
				normalized.append(c);
				i++;
			}
		}
		return new Line(code.toString(), braces.toString(), normalized.toString().stripTrailing());
	}

	/** The index after the closing quote (or the end of the line for an unterminated string). */
	private static int stringEnd(String line, int open) {
		for (int i = open + 1; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"') {
				return i + 1;
			}
		}
		return line.length();
	}
}
