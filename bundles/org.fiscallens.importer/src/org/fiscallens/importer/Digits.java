package org.fiscallens.importer;

/**
 * Texts made only of ASCII digits, as the expressions' {@code \d} (without flags) matches them: subject codes, row and
 * column numbers are tested on every table line, and a loop needs no matcher.
 */
final class Digits {

    private Digits() {
    }

    /** Whether the text is between {@code min} and {@code max} ASCII digits and nothing else ({@code \d{min,max}}). */
    static boolean only(String s, int min, int max) {
        int n = s.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A subject code: 3, 5 or 7 digits (类, 款, 项), {@code \d{3}|\d{5}|\d{7}}. */
    static boolean isSubjectCode(String s) {
        int n = s.length();
        return (n == 3 || n == 5 || n == 7) && only(s, n, n);
    }
}
