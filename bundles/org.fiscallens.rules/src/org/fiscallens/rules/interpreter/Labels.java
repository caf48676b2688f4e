package org.fiscallens.rules.interpreter;

import java.util.regex.Pattern;

import org.fiscallens.model.catalogue.TextMemo;

/**
 * Label matching as a reviewer reads labels: blind to spaces, to the numbering printed in front of an item
 * ({@code 一、}, {@code （二）}, {@code 3.}), to {@code 其中：}, and to traditional forms the extraction left behind.
 */
public final class Labels {

	private static final Pattern NUMBERING = Pattern.compile(
			"^(其中[:：]?|[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+[、.．]|[0-9]+[、.．](?![0-9])|[①②③④⑤⑥⑦⑧⑨⑩])+");
	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

	private static final TextMemo<String> NORMALIZED = new TextMemo<>(Labels::compute);

	private Labels() {
	}

	/** The label without spaces and leading numbering, simplified. */
	public static String normalize(String label) {
		if (label == null) {
			return "";
		}
		// most labels (行政运行, 基本支出) are already normal: a scan is cheaper than hashing them into the memo
		return alreadyNormal(label) ? label : NORMALIZED.apply(label);
	}

	/** No space, nothing a numbering could start with, no character {@link #simplify} maps (a safe subset). */
	private static boolean alreadyNormal(String label) {
		if (label.isEmpty() || mayStartNumbering(label.charAt(0))) {
			return false;
		}
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (c <= ' ' || c == '\u3000' || simplified(c) != c) {
				return false;
			}
		}
		return true;
	}

	private static boolean mayStartNumbering(char c) {
		return c == '其' || c == '（' || c == '(' || (c >= '0' && c <= '9') || (c >= '①' && c <= '⑩')
				|| "一二三四五六七八九十".indexOf(c) >= 0;
	}

	private static String compute(String label) {
		String s = SPACES.matcher(label).replaceAll("");
		s = NUMBERING.matcher(s).replaceFirst("");
		return simplify(s);
	}

	public static boolean same(String printed, String wanted) {
		return normalize(printed).equals(normalize(wanted));
	}

	private static String simplify(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			out.append(simplified(s.charAt(i)));
		}
		return out.toString();
	}

	private static char simplified(char c) {
		return switch (c) {
		case '決' -> '决';
		case '預' -> '预';
		case '總' -> '总';
		case '計' -> '计';
		case '結' -> '结';
		case '轉' -> '转';
		case '餘' -> '余';
		case '經' -> '经';
		case '費' -> '费';
		case '(' -> '（';
		case ')' -> '）';
		default -> c;
		};
	}
}
