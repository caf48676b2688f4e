package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.InternalEList;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.Narrative;
import org.fiscallens.model.disclosure.Section;

/**
 * Reads 第三部分 情况说明: its numbered sections (一、 / （一） / 1、) with title paths and line ranges, and the claims of
 * their paragraphs. Table lines inside the narrative (forms of annexes) are skipped. A paragraph wrapped over several
 * lines (even across a page break) is read as one text, so a number keeps the words before it.
 */
final class NarrativeReader {

    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(.+)$");
    private static final Pattern LEVEL2 = Pattern.compile("^[(（]([一二三四五六七八九十]+)[)）]\\s*(.+)$");
    private static final Pattern LEVEL3 = Pattern.compile("^(\\d{1,2})[、.．]\\s*(.+)$");
    private static final Pattern MARKUP = Pattern.compile("^(#+\\s*|[-•]\\s+|\\*\\*)+|\\*\\*");
    private static final String PARAGRAPH_ENDS = "。；;：:！？!?";
    private static final int MAX_HEADING = 40;
    private static final String HEADING_STARTS = "一二三四五六七八九十(（0123456789";

    private NarrativeReader() {
    }

    static Narrative read(SourceText source, int from, int to) {
        Narrative narrative = DisclosureFactory.eINSTANCE.createNarrative();
        String[] path = new String[3];
        Section current = null;
        StringBuilder text = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            String raw = source.line(i);
            if (source.grid(i) != null || raw.isBlank() && endsParagraph(text)) {
                current = flush(narrative, current, text, pieces, i);
                if (raw.isBlank() || source.grid(i) != null) {
                    continue;
                }
            }
            if (raw.isBlank()) {
                continue;
            }
            String cleaned = withoutMarkup(raw.strip());
            Heading h = heading(cleaned);
            if (h != null) {
                current = flush(narrative, current, text, pieces, i);
                for (int l = h.level(); l < path.length; l++) {
                    path[l] = null;
                }
                path[h.level()] = cleaned;
                current = DisclosureFactory.eINSTANCE.createSection();
                current.setNumbering(h.numbering());
                current.setTitle(h.title());
                for (String p : path) {
                    if (p != null) {
                        current.getTitlePath().add(p);
                    }
                }
                current.setFirstLine(i);
                current.setLastLine(i);
                narrative.getSections().add(current);
                continue;
            }
            pieces.add(new Piece(text.length(), i, raw.indexOf(cleaned) + 1));
            text.append(cleaned);
            if (current != null) {
                current.setLastLine(i);
            }
        }
        flush(narrative, current, text, pieces, to);
        return narrative;
    }

    /** The text is made of stripped lines, so its last character tells whether the paragraph is complete. */
    private static boolean endsParagraph(StringBuilder text) {
        return text.length() > 0 && PARAGRAPH_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Without markdown headings, list marks and emphasis; the expression runs only on lines that have such a mark. */
    private static String withoutMarkup(String stripped) {
        if (stripped.startsWith("#") || stripped.startsWith("-") || stripped.startsWith("•") || stripped.indexOf('*') >= 0) {
            return MARKUP.matcher(stripped).replaceAll("").strip();
        }
        return stripped;
    }

    private record Heading(int level, String numbering, String title) {
    }

    private static Heading heading(String line) {
        // every numbering (一、 （一） 1、) starts with a numeral, a bracket or a digit: other lines need no expression
        if (line.isEmpty() || HEADING_STARTS.indexOf(line.charAt(0)) < 0) {
            return null;
        }
        if (line.endsWith("。") || line.endsWith(".")) {
            line = line.substring(0, line.length() - 1); // "(一)…总体情况。" is still a heading
        }
        if (line.length() > MAX_HEADING || line.contains("。") || hasAmount(line)) {
            return null;
        }
        Matcher m = LEVEL1.matcher(line);
        if (m.matches()) {
            return new Heading(0, m.group(1) + "、", m.group(2).strip());
        }
        m = LEVEL2.matcher(line);
        if (m.matches()) {
            return new Heading(1, "（" + m.group(1) + "）", m.group(2).strip());
        }
        m = LEVEL3.matcher(line);
        if (m.matches() && m.group(2).length() <= 30 && !m.group(2).contains("，")) {
            return new Heading(2, m.group(1) + "、", m.group(2).strip());
        }
        return null;
    }

    /** A digit, perhaps blanks ({@code \s}), then 万元, 元, % or ％: the line states an amount, it is no heading. */
    private static boolean hasAmount(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int j = i + 1;
            while (j < line.length() && Blanks.isBlank(line.charAt(j))) {
                j++;
            }
            if (j < line.length() && ("元%％".indexOf(line.charAt(j)) >= 0 || line.startsWith("万元", j))) {
                return true;
            }
        }
        return false;
    }

    /** One line's text in a paragraph: where it starts in the paragraph, its line and the column of its first character. */
    private record Piece(int start, int line, int column) {
    }

    /** Extracts the claims of the paragraph read so far into the current section (one is created if needed). */
    private static Section flush(Narrative narrative, Section current, StringBuilder text, List<Piece> pieces, int line) {
        if (text.length() == 0) {
            return current;
        }
        // where each line's text starts in the paragraph, its line and column
        int[] starts = new int[pieces.size()];
        int[] lines = new int[pieces.size()];
        int[] columns = new int[pieces.size()];
        for (int p = 0; p < pieces.size(); p++) {
            starts[p] = pieces.get(p).start();
            lines[p] = pieces.get(p).line();
            columns[p] = pieces.get(p).column();
        }
        ClaimExtractor.Paragraph paragraph = new ClaimExtractor.Paragraph(text.toString(), starts, lines, columns);
        List<Claim> claims = ClaimExtractor.extract(paragraph);
        if (!claims.isEmpty()) {
            if (current == null) {
                current = DisclosureFactory.eINSTANCE.createSection();
                current.setNumbering("");
                current.setTitle("情况说明");
                current.getTitlePath().add("情况说明");
                current.setFirstLine(paragraph.line(0));
                current.setLastLine(paragraph.line(text.length() - 1));
                narrative.getSections().add(current);
            }
            // new claims, never in the list: added without the duplicate check of addAll, which copies them first
            ((InternalEList<Claim>) current.getClaims()).addAllUnique(claims);
        }
        text.setLength(0);
        pieces.clear();
        return current;
    }
}
