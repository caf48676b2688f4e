package org.fiscallens.importer;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that annexes state in words rather than in columns: "实际到位金额4466.29万元, 实际执行金额4466.29万元,
 * 预算执行率100%, 得分10分" (整体 tables), "总得分 99.89 分，属于"优"" (分析报告), "评价结果为优". A figure already read
 * from a column is not replaced; every figure stated in words is also kept as {@code 说明.<label>}, so a rule can hold
 * a table against the annex's own text (seed 000, 省药械集中采购工作经费: 执行率 96.81 in the table, 说明.执行率 94 in
 * the analysis). A score is the budget-execution 得分 when 执行 is just before it, else the 总分.
 */
final class AnnexTextFacts {

    private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\s?\\d+)?)";
    private static final Pattern RECEIVED = Pattern.compile("到位(金额|资金)\\s*" + NUMBER + "\\s*万元");
    private static final Pattern EXECUTED = Pattern.compile("执行(金额|数)\\s*" + NUMBER + "\\s*万元");
    private static final Pattern RATE = Pattern.compile("执行率\\s*(为|达到?)?\\s*" + NUMBER + "\\s*[%％]");
    private static final Pattern SCORE = Pattern.compile("得分\\s*(为)?\\s*" + NUMBER + "\\s*分");
    private static final Pattern GRADE = Pattern.compile("(属于|评价结果为|自评等级(全部)?为|等级为|评价等级为)[：:\"“”]*\\s*(优|良|中|差)");
    /** "预算执行率100%，自评得分10分": 执行 within this many characters before 得分 makes it the execution score. */
    private static final int SCORE_CONTEXT = 14;

    static final String STATED = "说明.";

    private final AnnexValues values;

    AnnexTextFacts(AnnexValues values) {
        this.values = values;
    }

    /** Reads a text: a prose line or one cell of a table line (column is where the text starts). */
    void read(String text, int line, int column) {
        // each expression starts with a fixed word: texts without it (most) are not searched
        if (text.contains("到位")) {
            add(RECEIVED, 2, AnnexLabels.RECEIVED, text, line, column);
        }
        if (text.contains("执行")) {
            add(EXECUTED, 2, AnnexLabels.EXECUTED, text, line, column);
            add(RATE, 2, AnnexLabels.RATE, text, line, column);
        }
        if (text.contains("得分")) {
            readScores(text, line, column);
        }
        if (text.contains("属于") || text.contains("等级") || text.contains("评价结果")) {
            Matcher g = GRADE.matcher(text);
            if (g.find()) {
                values.addText(AnnexLabels.GRADE, g.group(3), line, column + g.start(3));
                values.addText(STATED + AnnexLabels.GRADE, g.group(3), line, column + g.start(3));
            }
        }
    }

    private void readScores(String text, int line, int column) {
        Matcher m = SCORE.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - SCORE_CONTEXT), m.start());
            before = before.substring(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
            String label = before.contains("执行") ? AnnexLabels.SCORE
                    : before.contains("指标") ? null : AnnexLabels.TOTAL_SCORE;
            addNumber(label, m.group(2), line, column + m.start(2));
        }
    }

    private void add(Pattern p, int group, String label, String text, int line, int column) {
        Matcher m = p.matcher(text);
        if (m.find()) {
            addNumber(label, m.group(group), line, column + m.start(group));
        }
    }

    private void addNumber(String label, String printed, int line, int column) {
        if (label == null) {
            return;
        }
        Amount a = Amount.read(printed);
        BigDecimal value = a.isValue() ? a.value() : null;
        values.add(label, value, printed, line, column);
        values.add(STATED + label, value, printed, line, column);
    }
}
