package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.AnnexKind;

/**
 * Finds the performance tables (绩效自评表, 绩效自评分析报告, 项目支出绩效目标表) after the public tables. They are
 * usually in 第五部分 附件, but some units print them inside the narrative, next to the paragraph that sums them up,
 * so the whole rest of the document is searched. A title counts only when a table body (a grid line, an
 * {@code [illegible]} block or a 项目名称 line) follows it: "附件：二级项目绩效自评表" in a sentence is not an annex.
 */
final class AnnexLocator {

    /** One annex: from its title (firstLine, possibly a name printed on the line above) to its last non-blank line. */
    record AnnexRegion(int firstLine, int titleLine, int lastLine, String title, AnnexKind kind) {
    }

    private static final Pattern TITLE = Pattern.compile(
            "(项目支出绩效自评表|项目支出绩效自评|项目支出绩效|整体(支出)?绩效自评表|绩效自评分析报告|项目支出绩效目标表)$");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("[(（]\\s*\\d{4}\\s*年度?\\s*[)）]$");
    private static final Pattern DECORATION = Pattern.compile("^[#*\\s]+|\\*+$|</?b>");
    private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六]部分");
    /** "附件1" / "附件2" printed above the next annex's title belongs to that annex, not to the end of this one. */
    private static final Pattern ANNEX_NUMBER = Pattern.compile("^附件\\s*\\d*$");
    private static final Pattern SENTENCE = Pattern.compile("[。；，,：:]");
    private static final int MAX_TITLE = 80;
    private static final int BODY_SEARCH = 12;

    private final SourceText source;
    /** {@link #text} by line, computed once: the search for titles, bodies and boundaries asks for most lines twice. */
    private final String[] texts;

    AnnexLocator(SourceText source) {
        this.source = source;
        this.texts = new String[source.lineCount() + 1];
    }

    List<AnnexRegion> locate(int from) {
        List<Integer> titles = new ArrayList<>();
        for (int i = Math.max(1, from); i <= source.lineCount(); i++) {
            if (isTitle(i) && hasBody(i)) {
                titles.add(i);
            }
        }
        List<AnnexRegion> regions = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int titleLine = titles.get(k);
            int limit = k + 1 < titles.size() ? firstLineOf(titles.get(k + 1)) - 1 : source.lineCount();
            int last = titleLine;
            // a 分析报告 has headings of its own: only the next part or annex ends it
            boolean report = text(titleLine).endsWith("分析报告");
            for (int i = titleLine + 1; i <= limit && !isBoundary(i, report); i++) {
                if (!source.line(i).isBlank() && !ANNEX_NUMBER.matcher(text(i)).matches()) {
                    last = i;
                }
            }
            int first = firstLineOf(titleLine);
            String title = first < titleLine ? text(first) + text(titleLine) : text(titleLine);
            regions.add(new AnnexRegion(first, titleLine, last, title, kindOf(title)));
        }
        return regions;
    }

    static AnnexKind kindOf(String title) {
        if (title.contains("整体")) {
            return AnnexKind.DEPARTMENT_SELF_EVALUATION;
        }
        return title.contains("绩效目标表") ? AnnexKind.PROJECT_TARGET : AnnexKind.PROJECT_SELF_EVALUATION;
    }

    /** The title text of a line: without markdown decoration and the printed year "(2024年度)". */
    private String text(int line) {
        if (line < 1 || line >= texts.length) {
            return computeText(line);
        }
        if (texts[line] == null) {
            texts[line] = computeText(line);
        }
        return texts[line];
    }

    private String computeText(int line) {
        // asked of every line after the tables: the expressions run only where their marks (# * <b>, a closing bracket) are
        String s = source.line(line).strip();
        if (s.startsWith("#") || s.indexOf('*') >= 0 || s.contains("<b>") || s.contains("</b>")) {
            s = DECORATION.matcher(s).replaceAll("").strip();
        }
        if (s.endsWith(")") || s.endsWith("）")) {
            s = withoutYearSuffix(s).strip();
        }
        return s;
    }

    /**
     * {@link #YEAR_SUFFIX} removed. Between its opening bracket and the end there is no other bracket, so it can only
     * start at the last one: the expression is tried there, not at every character of the line.
     */
    private static String withoutYearSuffix(String s) {
        int open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
        if (open < 0) {
            return s;
        }
        Matcher m = YEAR_SUFFIX.matcher(s).region(open, s.length());
        return m.find() ? s.substring(0, m.start()) + s.substring(m.end()) : s;
    }

    private boolean isTitle(int line) {
        String raw = source.line(line);
        if (raw.length() > MAX_TITLE || raw.indexOf('\t') >= 0 || raw.strip().startsWith("|")) {
            return false;
        }
        String t = text(line);
        // every title wording has 绩效: the expression, which tries every position, only for such lines
        return t.contains("绩效") && TITLE.matcher(t).find() && !SENTENCE.matcher(t).find() && !t.startsWith("附件");
    }

    private boolean hasBody(int titleLine) {
        for (int i = titleLine + 1; i <= Math.min(source.lineCount(), titleLine + BODY_SEARCH); i++) {
            String line = source.line(i);
            if (source.grid(i) != null || line.contains("[illegible]") || text(i).startsWith("项目名称")) {
                return true;
            }
            if (isTitle(i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A bare "项目支出绩效自评表" whose project name is printed alone on the line above (seed 000, line 1159) starts
     * on that line.
     */
    private int firstLineOf(int titleLine) {
        String t = text(titleLine);
        int above = titleLine - 1;
        if (above >= 1 && t.length() <= 10 && !source.line(above).isBlank() && source.grid(above) == null) {
            String name = text(above);
            if (!name.isEmpty() && name.length() <= MAX_TITLE && !SENTENCE.matcher(name).find() && !name.contains("。")) {
                return above;
            }
        }
        return titleLine;
    }

    /** A part or narrative heading after an annex ends it (the narrative goes on between annexes in seed 004). */
    private boolean isBoundary(int line, boolean report) {
        String t = text(line);
        if (t.startsWith("第") && PART_HEADING.matcher(t).lookingAt()) {
            return true;
        }
        // "#### (2024年度)" under a title has no text once the year is removed
        return !report && source.line(line).strip().startsWith("#") && !t.isEmpty() && !isTitle(line);
    }
}
