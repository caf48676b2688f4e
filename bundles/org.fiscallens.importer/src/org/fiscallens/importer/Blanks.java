package org.fiscallens.importer;

import java.util.regex.Pattern;

/** The blanks that the expressions' {@code \s} stands for: space, tab, line breaks, vertical tab and form feed. */
final class Blanks {

    private static final Pattern RUNS = Pattern.compile("\\s+");

    private Blanks() {
    }

    /** Whether the text has such a blank: one without needs no expression that removes blanks. */
    static boolean in(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isBlank(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without those blanks; the same text when it has none (no expression then). */
    static String removed(String s) {
        return in(s) ? RUNS.matcher(s).replaceAll("") : s;
    }

    /** One of those blanks. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The index of the first character that {@link String#strip} keeps (its length when there is none): lets a line be
     * tested for a leading mark without making its stripped copy.
     */
    static int firstNonWhitespace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the last character that {@link String#strip} keeps, -1 when there is none. */
    static int lastNonWhitespace(String s) {
        int i = s.length() - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i;
    }
}
