package org.fiscallens.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Books are kept in 分 (hundredths of a 元); disclosures print 万元 with two decimals. A printed amount is therefore a
 * whole number of 0.01 万元 (= 100 元 = 10,000 分), rounded half up from the books, item by item: totals of rounded
 * items show the rounding tails real disclosures show.
 */
final class Money {

	/** 分 in 0.01 万元. */
	private static final long FEN_PER_PRINTED_CENT = 10_000L;

	private Money() {
	}

	/** 元 to 分. */
	static long yuan(double yuan) {
		return Math.round(yuan * 100);
	}

	/** The printed amount, in 0.01 万元, of a book amount in 分 (half up, as the reporting software rounds). */
	static long printed(long fen) {
		return Math.floorDiv(fen + FEN_PER_PRINTED_CENT / 2, FEN_PER_PRINTED_CENT);
	}

	/** A printed amount (0.01 万元) as text: 1234.50. */
	static String text(long printedCents) {
		return BigDecimal.valueOf(printedCents, 2).toPlainString();
	}

	/** A book amount (分) as printed in 万元: 1234.50. */
	static String wan(long fen) {
		return text(printed(fen));
	}

	/** A table cell: blank when the amount is zero, as the templates print it. */
	static String cell(long fen) {
		return fen == 0 ? "" : wan(fen);
	}

	/** A narrative amount: 0 is printed "0" (as in "因公出国（境）费支出0万元"). */
	static String said(long printedCents) {
		return printedCents == 0 ? "0" : text(printedCents);
	}

	/** part ÷ whole × 100 with two decimals (half up), computed from printed amounts as a reader would. */
	static String percent(long part, long whole) {
		if (whole == 0) {
			return "0.00";
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
	}
}
