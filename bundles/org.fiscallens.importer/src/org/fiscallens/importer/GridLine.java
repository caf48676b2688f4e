package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.fiscallens.model.catalogue.TitleText;

/**
 * One printed table line split into cells: a tab-separated line or a markdown pipe row. HTML line breaks inside a cell
 * ({@code 机关事业单<br>位基本养老}) are wrapped text and are joined; other tags are dropped. Read by one thread (the
 * importer of its document).
 */
final class GridLine {

    record Cell(String text, int column) {
        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /** Marks a line known not to be a table line, in {@link SourceText}'s cache. */
    static final GridLine NONE = new GridLine(0, List.of());

    private final int line;
    /** The cells, read here without the read-only view that {@link #cells()} gives out. */
    private final List<Cell> cells;
    private final List<Cell> readOnlyCells;
    /** The cells' texts as {@link TitleText#normalize} gives them, filled on first use: the table reader asks repeatedly. */
    private String[] normalized;
    /** The same for {@link AnnexLabels#normalize}: the annex readers look for a dozen header words in every line. */
    private String[] labelTexts;

    GridLine(int line, List<Cell> cells) {
        this.line = line;
        this.cells = cells;
        this.readOnlyCells = Collections.unmodifiableList(cells); // shared by every reader of the line (SourceText caches it)
    }

    int line() {
        return line;
    }

    List<Cell> cells() {
        return readOnlyCells;
    }

    private static final Pattern SEPARATOR_ROW = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*");
    /** The longest text between the first letter (or slash) of a tag and its '>': {@code <[/a-zA-Z][^<>]{0,40}>}. */
    private static final int MAX_TAG_TEXT = 40;

    /** The cells of a table line, or null when the line is not a table line (prose, blank, markdown separator). */
    static GridLine parse(int lineNumber, String text) {
        // the first visible character decides, without a stripped copy of every line
        int first = Blanks.firstNonWhitespace(text);
        if (first < text.length() && text.charAt(first) == '|') {
            if (text.contains("--") && SEPARATOR_ROW.matcher(text.strip()).matches()) {
                return null;
            }
            return new GridLine(lineNumber, split(text, text.indexOf('|') + 1, '|', true));
        }
        if (text.indexOf('\t') >= 0 && first < text.length()) {
            return new GridLine(lineNumber, split(text, 0, '\t', false));
        }
        return null;
    }

    private static List<Cell> split(String text, int start, char separator, boolean dropTrailingEmpty) {
        List<Cell> cells = new ArrayList<>();
        boolean markup = text.indexOf('<') >= 0 || text.indexOf('&') >= 0;
        // the separators found by indexOf, which scans faster than a loop over the characters
        for (int cellStart = start;;) {
            int end = text.indexOf(separator, cellStart);
            if (end < 0) {
                cells.add(cell(text, cellStart, text.length(), markup));
                break;
            }
            cells.add(cell(text, cellStart, end, markup));
            cellStart = end + 1;
        }
        if (dropTrailingEmpty && !cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1); // the closing pipe
        }
        return cells;
    }

    /** The cell printed from {@code start} to {@code end}, its column pointing at the printed text itself. */
    private static Cell cell(String text, int start, int end, boolean lineHasMarkup) {
        int lead = start;
        while (lead < end && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        if (!lineHasMarkup || !hasMarkup(text, lead, end)) {
            // the common case, cut once: the text without its blanks, where it starts
            int trail = end;
            while (trail > lead && Character.isWhitespace(text.charAt(trail - 1))) {
                trail--;
            }
            return new Cell(text.substring(lead, trail), lead + 1);
        }
        String raw = text.substring(start, end);
        String cleaned = clean(raw);
        int at = cleaned.isEmpty() ? -1 : raw.indexOf(cleaned);
        // after leading blanks and tags such as <b>
        return new Cell(cleaned, start + (at >= 0 ? at : lead - start) + 1);
    }

    private static boolean hasMarkup(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '&') {
                return true;
            }
        }
        return false;
    }

    static String clean(String raw) {
        if (raw.indexOf('<') < 0 && raw.indexOf('&') < 0) {
            return raw.strip(); // no tag, no entity: the common case, without the regular expression
        }
        String s = raw;
        if (s.indexOf('<') >= 0) {
            s = s.replace("<br>", "").replace("<br/>", "").replace("<br />", "");
            if (s.indexOf('<') >= 0) {
                s = withoutTags(s); // other tags than line breaks
            }
        }
        if (s.indexOf('&') >= 0) {
            // after the tags: an escaped &lt;b&gt; is printed text, not a tag
            s = s.replace("&gt;", ">").replace("&lt;", "<").replace("&nbsp;", " ").replace("&amp;", "&");
        }
        return s.strip();
    }

    /** The text without its tags, as {@code <[/a-zA-Z][^<>]{0,40}>} matches them from left to right. */
    private static String withoutTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = tagEnd(s, i);
            if (end > 0) {
                i = end;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Just after the tag that starts at {@code i}, or -1 when none does. */
    private static int tagEnd(String s, int i) {
        if (s.charAt(i) != '<' || i + 1 >= s.length()) {
            return -1;
        }
        char first = s.charAt(i + 1);
        if (first != '/' && !(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
            return -1;
        }
        for (int j = i + 2; j < s.length() && j <= i + 2 + MAX_TAG_TEXT; j++) {
            char c = s.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    Cell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    String text(int index) {
        Cell c = cell(index);
        return c == null ? "" : c.text();
    }

    /** The text of a cell normalized like a catalogue title ({@link TitleText#normalize}); "" outside the line. */
    String normalized(int index) {
        if (index < 0 || index >= cells.size()) {
            return "";
        }
        if (normalized == null) {
            normalized = new String[cells.size()];
        }
        if (normalized[index] == null) {
            normalized[index] = TitleText.normalize(cells.get(index).text());
        }
        return normalized[index];
    }

    /** The text of a cell normalized like an annex label ({@link AnnexLabels#normalize}); "" outside the line. */
    String labelText(int index) {
        if (index < 0 || index >= cells.size()) {
            return AnnexLabels.normalize("");
        }
        if (labelTexts == null) {
            labelTexts = new String[cells.size()];
        }
        if (labelTexts[index] == null) {
            labelTexts[index] = AnnexLabels.normalize(cells.get(index).text());
        }
        return labelTexts[index];
    }

    int size() {
        return cells.size();
    }

    boolean isEmpty() {
        for (Cell c : cells) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
