package org.fiscallens.importer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.CellState;

/** Reads one printed amount: {@code 10,656.73}, {@code 4917. 44}, {@code ——}, blank, or OCR garbage such as {@code 1.064.05}. */
record Amount(CellState state, BigDecimal value, String raw) {

    private static final Pattern PLACEHOLDER = Pattern.compile("[—\\-–－~～/…_]+|无");
    private static final Pattern GROUPED = Pattern.compile("-?[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");
    private static final Pattern SPACE_AROUND_DOT = Pattern.compile("\\s*\\.\\s*");

    static Amount read(String printed) {
        String raw = printed == null ? "" : printed.strip();
        if (raw.isEmpty()) {
            return new Amount(CellState.BLANK, null, raw);
        }
        BigDecimal plain = plainValue(raw);
        if (plain != null) {
            return new Amount(CellState.VALUE, plain, raw); // most cells: none of the repairs below applies
        }
        if (PLACEHOLDER.matcher(raw).matches()) {
            return new Amount(CellState.PLACEHOLDER, null, raw);
        }
        if (raw.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return new Amount(CellState.GARBLED, null, raw); // text: no number to repair
        }
        // PDF extraction puts stray spaces around the decimal point ("4917. 44"); the comma may be full-width
        String s = SPACE_AROUND_DOT.matcher(raw.replace('，', ',').replace('．', '.')).replaceAll(".");
        if (GROUPED.matcher(s).matches()) {
            return new Amount(CellState.VALUE, new BigDecimal(s.replace(",", "")), raw);
        }
        if (PLAIN.matcher(s).matches()) {
            return new Amount(CellState.VALUE, new BigDecimal(s), raw);
        }
        return new Amount(CellState.GARBLED, null, raw);
    }

    /**
     * The value of a plain number ({@link #PLAIN}: {@code -?(0|[1-9]\d*)(\.\d+)?}) of at most 18 digits, read in one
     * pass: the same BigDecimal (unscaled digits and scale) as {@code new BigDecimal(text)}. Null for anything else,
     * which the expressions then read.
     */
    private static BigDecimal plainValue(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int integerStart = i;
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !point && i > integerStart) {
                point = true;
                continue;
            }
            if (c < '0' || c > '9' || ++digits > 18) {
                return null;
            }
            unscaled = unscaled * 10 + (c - '0');
            if (point) {
                scale++;
            }
        }
        // 0 and 0.5 but not 05
        boolean leadingZero = text.length() > integerStart + 1 && text.charAt(integerStart) == '0'
                && text.charAt(integerStart + 1) != '.';
        if (digits == 0 || point && scale == 0 || leadingZero) {
            return null;
        }
        boolean negative = integerStart == 1;
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    boolean isValue() {
        return state == CellState.VALUE;
    }

    boolean isBlank() {
        return state == CellState.BLANK;
    }

    /** Something that is, or tries to be, a number (as opposed to text in an amount column). */
    static boolean looksNumeric(String printed) {
        String s = printed.strip();
        if (s.isEmpty()) {
            return false;
        }
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return digits > 0 && letters == 0;
    }
}
