package org.fiscallens.importer;

import java.util.regex.Pattern;

/**
 * Decides where a wrapped piece of a row name belongs. PDF extraction splits long names over several printed lines; the
 * code and amounts sit on one of them (often the middle one), so a name-only line continues either the row above or the
 * row below. A name that already reads as complete (ends like a subject name: 支出, 事务, 补助, 费 …) does not take more
 * text unless the piece cannot start a name (支出, 出, 务 …).
 */
final class NameFragments {

    private static final Pattern COMPLETE = Pattern.compile(
            ".*(支出|事务|补助|机构|医疗|安置|运行|建设|管理|救助|合计|总计|费|金|资金|收入|拨款|结余|工资|奖金|补贴|保险|抚恤|购置|购建|修缮|储备|补偿|注入|投资|赠与|分配|付息|更新|[)）])$");
    /** Characters that never start a subject name, so a piece starting with one continues the row above. */
    private static final String TAIL_STARTS = "出务助疗置构障款位革府部缴养支业理策性与设费";
    /** What {@link #startsWithOrdinal} reads, as {@code ^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])}. */
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String DIGITS = "0123456789";

    private NameFragments() {
    }

    static boolean looksComplete(String name) {
        return name != null && COMPLETE.matcher(name).matches();
    }

    static boolean startsLikeTail(String piece) {
        return !piece.isEmpty() && TAIL_STARTS.indexOf(piece.charAt(0)) >= 0;
    }

    /** 一、… (一)… 1. … start an item of their own, never continue a name. */
    static boolean startsWithOrdinal(String piece) {
        if (piece.isEmpty()) {
            return false;
        }
        // the three forms of ORDINAL start with different characters: each needs one run and the mark after it
        char first = piece.charAt(0);
        if (NUMERALS.indexOf(first) >= 0) {
            return charAfterRun(piece, 0, NUMERALS) == '、';
        }
        if (first == '(' || first == '（') {
            int end = runEnd(piece, 1, NUMERALS + DIGITS);
            return end > 1 && end < piece.length() && (piece.charAt(end) == ')' || piece.charAt(end) == '）');
        }
        return DIGITS.indexOf(first) >= 0 && ".、．".indexOf(charAfterRun(piece, 0, DIGITS)) >= 0;
    }

    /** The index of the first character from {@code from} on that is not in {@code run}. */
    private static int runEnd(String s, int from, String run) {
        int i = from;
        while (i < s.length() && run.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The character after the run of {@code run} characters from {@code from}, or 0 at the end of the text. */
    private static char charAfterRun(String s, int from, String run) {
        int end = runEnd(s, from, run);
        return end < s.length() ? s.charAt(end) : 0;
    }

    /**
     * @param previousName the name of the row above so far (null when there is none)
     * @param piece the name-only text
     * @param nextOwnName the text printed on the next row's own line (null when no row follows)
     * @return true when the piece continues the row above, false when it starts the row below
     */
    static boolean continuesPrevious(String previousName, String piece, String nextOwnName) {
        if (previousName == null) {
            return false;
        }
        if (nextOwnName == null || !looksComplete(previousName) || startsLikeTail(piece)) {
            return true;
        }
        return looksComplete(piece) && looksComplete(nextOwnName);
    }

    static boolean hasChineseText(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
