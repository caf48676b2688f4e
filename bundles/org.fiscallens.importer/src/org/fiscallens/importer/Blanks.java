package org.fiscallens.importer;

/** The blanks that the expressions' {@code \s} stands for: space, tab, line breaks, vertical tab and form feed. */
final class Blanks {

    private Blanks() {
    }

    /** Whether the text has such a blank: one without needs no expression that removes blanks. */
    static boolean in(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
