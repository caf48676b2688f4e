package org.fiscallens.model.catalogue;

import java.util.regex.Pattern;

/**
 * Normalizes printed table titles, codes and column headers so that the catalogue's patterns can be written once:
 * no whitespace, simplified characters, ASCII parentheses, no quotes, no markdown emphasis, no leading ordinal
 * (一、 / （一）) and no leading year (2024年度).
 */
public final class TitleText {

    // Traditional characters seen in extracted disclosures; only those that change a title or header.
    private static final String TRADITIONAL = "決預算開總表數據無說經營資產級務費補與產業單";
    private static final String SIMPLIFIED = "决预算开总表数据无说经营资产级务费补与产业单";
    /** {@link #WORK} of a character replaced one by one: full-width brackets and colon, traditional forms. */
    private static final byte MAPPED = 1;
    /** {@link #WORK} of a character only the expressions handle: blanks, markup, quotes, no-break space. */
    private static final byte REMOVED = 2;
    /** What each character takes, so that the test of every character of every cell is one look in a table. */
    private static final byte[] WORK = new byte[Character.MAX_VALUE + 1];

    static {
        "（）：".chars().forEach(c -> WORK[c] = MAPPED);
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            if (TRADITIONAL.charAt(i) != SIMPLIFIED.charAt(i)) {
                WORK[TRADITIONAL.charAt(i)] = MAPPED; // 算 and 表 are listed but the same in both
            }
        }
        // no blank lies above U+3000
        for (char c = 0; c <= '\u3000'; c++) {
            if (Character.isWhitespace(c)) {
                WORK[c] = REMOVED;
            }
        }
        "<*\"“”'‘’「」\u00a0".chars().forEach(c -> WORK[c] = REMOVED);
    }

    /** What normalizing a text takes. */
    private enum Work { NONE, CHARACTERS, EXPRESSIONS }

    private static final Pattern MARKUP = Pattern.compile("<[^>]{0,20}>|\\*\\*|^#+|^[-•]\\s");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final String QUOTE_CHARS = "\"“”'‘’「」";
    private static final Pattern QUOTES = Pattern.compile("[" + QUOTE_CHARS + "]");
    private static final Pattern LEADING_ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|\\([一二三四五六七八九十]+\\)|\\d+[、.．])");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年度?");

    private static final TextMemo<String> NORMALIZED = new TextMemo<>(TitleText::compute);
    private static final TextMemo<String> TITLES = new TextMemo<>(TitleText::computeTitle);

    private TitleText() {
    }

    /** Whitespace removed, traditional to simplified, full-width brackets and colons to ASCII, quotes and markup removed. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // most texts (amounts, plain names) need nothing and many only a character mapping (因公出国（境）费): both are
        // cheaper than a lookup in the memo, which keeps what the expressions computed
        return switch (workFor(text)) {
            case NONE -> text;
            case CHARACTERS -> mapCharacters(text);
            case EXPRESSIONS -> NORMALIZED.apply(text);
        };
    }

    /** CHARACTERS when {@link #compute} would only map characters: no blank, markup or quote. */
    private static Work workFor(String text) {
        if (text.startsWith("#")) {
            return Work.EXPRESSIONS;
        }
        Work work = Work.NONE;
        for (int i = 0; i < text.length(); i++) {
            byte w = WORK[text.charAt(i)];
            if (w == REMOVED) {
                return Work.EXPRESSIONS;
            }
            if (w == MAPPED) {
                work = Work.CHARACTERS;
            }
        }
        return work;
    }

    private static String compute(String text) {
        // each expression only when the text has what it removes: most texts that get here have just a bracket or colon
        String s = text.strip();
        if (s.indexOf('<') >= 0 || s.contains("**") || s.startsWith("#") || s.startsWith("-") || s.startsWith("•")) {
            s = MARKUP.matcher(s).replaceAll("");
        }
        if (s.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\u00a0')) {
            s = SPACES.matcher(s).replaceAll("");
        }
        if (s.chars().anyMatch(c -> QUOTE_CHARS.indexOf(c) >= 0)) {
            s = QUOTES.matcher(s).replaceAll("");
        }
        return mapCharacters(s);
    }

    /** Traditional forms to simplified, full-width brackets and colons to ASCII. */
    private static String mapCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int t = WORK[c] == MAPPED ? TRADITIONAL.indexOf(c) : -1; // the others are kept: no search for them
            if (t >= 0) {
                c = SIMPLIFIED.charAt(t);
            } else if (c == '（') {
                c = '(';
            } else if (c == '）') {
                c = ')';
            } else if (c == '：') {
                c = ':';
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@link #normalize(String)} and then without a leading ordinal or year, as table titles are printed. */
    public static String normalizeTitle(String text) {
        return text == null ? "" : TITLES.apply(text);
    }

    private static String computeTitle(String text) {
        String s = normalize(text);
        s = LEADING_ORDINAL.matcher(s).replaceFirst("");
        return LEADING_YEAR.matcher(s).replaceFirst("");
    }
}
