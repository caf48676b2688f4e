package org.fiscallens.generator;

/** Small pieces of the disclosures' language: ordinal numbers, and how a year-on-year change is worded. */
final class Wording {

	private static final String DIGITS = "零一二三四五六七八九";

	private Wording() {
	}

	/** 1 → 一, 12 → 十二, 26 → 二十六. */
	static String chinese(int n) {
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
		return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
	}

	/**
	 * A change from last year, from printed amounts (0.01 万元): "增加95.50万元，增长10.61%" or "减少…，下降…%". The rate is
	 * change ÷ last year, as the rules recompute it from the current amount and the change.
	 */
	static String change(long current, long previous, String rateSeparator) {
		long delta = current - previous;
		if (delta == 0) {
			return "与上年持平";
		}
		String words = delta > 0 ? "增加" : "减少";
		String text = words + Money.text(Math.abs(delta)) + "万元";
		if (previous > 0) {
			text += rateSeparator + (delta > 0 ? "增长" : "下降") + Money.percent(Math.abs(delta), previous) + "%";
		}
		return text;
	}

	static String reason(long current, long previous, String up, String down) {
		return current >= previous ? up : down;
	}
}
