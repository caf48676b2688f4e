package org.fiscallens.importer;

import java.util.List;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.Annex;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.Indicator;

/**
 * Reads the 绩效指标 block: a header (一级指标, 二级指标, 三级指标, 年度指标值 …, 实际完成值, 分值, 得分) and one row per
 * 三级指标. Merged 一级/二级 cells are printed in the first row of their group only, so a row is anchored on its
 * indicator name (the first cell that is not a level word) and the other columns are found at the header's distance
 * from the 三级指标 column. The category is "一级指标/二级指标" as last printed above. The 总分 row ends the block and
 * gives 总分, 分值合计 and 等级.
 */
final class IndicatorReader {

    private static final Pattern LEVEL_ONE = Pattern.compile("(产出|效益|满意度|成本|效果)指标");
    private static final Pattern LEVEL_TWO = Pattern.compile(
            "(数量|质量|时效|成本|经济成本|社会成本|生态环境成本)指标?|(经济|社会|生态)效益(指标)?|可持续(性)?影响(指标)?|服务对象满意度(指标)?|经济成本|社会成本");
    private static final String LEVEL_TWO_ENDS = "标指量效本益响度"; // 指标? also matches a bare 指
    private static final Pattern LEVEL_DECORATION = Pattern.compile("\\(\\d+(\\.\\d+)?分\\)$");
    private static final Pattern FILLER = Pattern.compile("绩效指标|(任务|指标)\\d+|[\\[\\]\\s)(0-9]*");
    /** 成本指标 is a 一级指标 in recent templates (followed by 经济成本 …), a 二级指标 under 产出指标 in older ones. */
    private static final String COST = "成本指标";
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern GRADE = Pattern.compile("优|良|中|差|优秀|良好|合格|不合格");

    private final Annex annex;
    private final AnnexValues values;
    private int nameColumn = -1;
    private int targetOffset;
    private int actualOffset;
    private int weightOffset;
    private int scoreOffset;
    private String levelOne;
    private String levelTwo;

    IndicatorReader(Annex annex, AnnexValues values) {
        this.annex = annex;
        this.values = values;
    }

    boolean active() {
        return nameColumn >= 0;
    }

    /** True when the line is the indicator header (the block starts). */
    boolean readHeader(GridLine g) {
        int one = find(g, "一级指标");
        int two = find(g, "二级指标");
        int three = firstOf(g, "三级指标", "指标名称");
        if (one < 0 || two < 0 && three < 0) {
            return false;
        }
        nameColumn = three >= 0 ? three : two;
        int target = firstOf(g, "调整后指标值", "调整后指标", "年度指标值", "年度指标", "年初指标值", "指标值");
        targetOffset = target >= 0 ? target - nameColumn : Integer.MIN_VALUE;
        int actual = firstOf(g, "实际完成值", "全年完成值", "实际完成情况", "实际完成");
        actualOffset = actual >= 0 ? actual - nameColumn : Integer.MIN_VALUE;
        int weight = firstOf(g, "分值", "权重");
        weightOffset = weight >= 0 ? weight - nameColumn : Integer.MIN_VALUE;
        int score = firstOf(g, "得分", "自评得分");
        scoreOffset = score >= 0 ? score - nameColumn : Integer.MIN_VALUE;
        levelOne = null;
        levelTwo = null;
        return true;
    }

    /** Reads one row of the block; false when the row ends it (总分, 项目绩效分析 …). */
    boolean read(GridLine g) {
        String first = firstText(g);
        if (first.startsWith("总分")) {
            readTotal(g);
            nameColumn = -1;
            return true;
        }
        if (first.startsWith("项目绩效分析") || first.startsWith("自评结论") || first.startsWith("评价人员")
                || first.startsWith("负责人")) {
            nameColumn = -1;
            return false;
        }
        int adjusted = firstOf(g, "调整后指标值", "调整后指标");
        if (adjusted >= 0) {
            // second header row under 年度指标: 年初指标 | 调整后指标; the adjusted value is the target
            targetOffset = adjusted - nameColumn;
            return true;
        }
        int nameAt = -1;
        for (int i = 0; i < g.size() && nameAt < 0; i++) {
            String text = g.labelText(i);
            // the decoration "(20分)" ends in 分): other texts need no expression
            String level = text.contains("分)") ? LEVEL_DECORATION.matcher(text).replaceAll("") : text;
            if (isLevelOne(level) && !(COST.equals(level) && !nextIsLevelTwo(g, i))) {
                levelOne = level;
                levelTwo = null;
            } else if (isLevelTwo(level)) {
                levelTwo = level;
            } else if (!FILLER.matcher(text).matches() && !Amount.looksNumeric(text)) {
                nameAt = i;
            }
        }
        if (nameAt < 0) {
            return true;
        }
        Indicator indicator = DisclosureFactory.eINSTANCE.createIndicator();
        indicator.setCategory(levelOne == null ? levelTwo : levelTwo == null ? levelOne : levelOne + "/" + levelTwo);
        String name = GridLine.clean(g.text(nameAt));
        indicator.setName(Blanks.removed(name));
        if (!readByHeaderPosition(g, nameAt, indicator)) {
            readFromTheScores(g, nameAt, indicator);
        }
        indicator.setLine(g.line());
        indicator.setSourceColumn(g.cell(nameAt).column());
        annex.getIndicators().add(indicator);
        return true;
    }

    /**
     * Columns at the header's distance from the name. Merged cells can shift a row; the reading is then refused when
     * the 分值 cell is not a number or the 得分 cell holds text.
     */
    private boolean readByHeaderPosition(GridLine g, int nameAt, Indicator indicator) {
        String weight = cellAt(g, nameAt, weightOffset);
        String score = cellAt(g, nameAt, scoreOffset);
        if (weight != null && !Amount.read(weight).isValue() || score != null && !score.isEmpty() && !Amount.read(score).isValue()) {
            return false;
        }
        indicator.setTarget(emptyToNull(cellAt(g, nameAt, targetOffset)));
        indicator.setActual(emptyToNull(cellAt(g, nameAt, actualOffset)));
        indicator.setWeight(weight == null ? null : Amount.read(weight).value());
        indicator.setScore(score == null || score.isEmpty() ? null : Amount.read(score).value());
        return true;
    }

    /** Shifted rows: 分值 and 得分 are the first two numbers in a row after the name, 实际完成值 and the target before them. */
    private static void readFromTheScores(GridLine g, int nameAt, Indicator indicator) {
        List<String> filled = g.cells().subList(nameAt + 1, g.size()).stream().map(GridLine.Cell::text)
                .filter(t -> !t.isEmpty()).toList();
        for (int j = 0; j + 1 < filled.size(); j++) {
            Amount weight = Amount.read(filled.get(j));
            Amount score = Amount.read(filled.get(j + 1));
            if (weight.isValue() && score.isValue()) {
                indicator.setWeight(weight.value());
                indicator.setScore(score.value());
                indicator.setActual(j >= 1 ? filled.get(j - 1) : null);
                indicator.setTarget(j >= 2 ? filled.get(j - 2) : null);
                return;
            }
        }
    }

    /** {@link #LEVEL_ONE}, whose every wording ends in 指标, tried only on texts that do. */
    private static boolean isLevelOne(String text) {
        return text.endsWith("指标") && LEVEL_ONE.matcher(text).matches();
    }

    /** {@link #LEVEL_TWO}, tried only on texts ending as one of its wordings does (指标, 指, 数量, 时效, 成本, 效益, 影响, 满意度). */
    private static boolean isLevelTwo(String text) {
        return !text.isEmpty() && LEVEL_TWO_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0 && LEVEL_TWO.matcher(text).matches();
    }

    private static boolean nextIsLevelTwo(GridLine g, int i) {
        for (int j = i + 1; j < g.size(); j++) {
            if (!g.text(j).isEmpty()) {
                return isLevelTwo(g.labelText(j));
            }
        }
        return false;
    }

    /** 总分 row: the last number is the total score, a number before it the total weight; 优/良/中/差 the grade. */
    private void readTotal(GridLine g) {
        List<AmountCells.Slot> slots = AmountCells.read(g.cells(), false);
        if (!slots.isEmpty()) {
            AmountCells.Slot last = slots.get(slots.size() - 1);
            values.add(AnnexLabels.TOTAL_SCORE, last.amount(), g.line(), last.column());
            if (slots.size() >= 2) {
                AmountCells.Slot before = slots.get(slots.size() - 2);
                values.add(AnnexLabels.WEIGHT_TOTAL, before.amount(), g.line(), before.column());
            }
        }
        for (GridLine.Cell c : g.cells()) {
            if (GRADE.matcher(c.text().strip()).matches()) {
                values.addText(AnnexLabels.GRADE, c.text().strip(), g.line(), c.column());
            }
        }
    }

    private static String firstText(GridLine g) {
        for (int i = 0; i < g.size(); i++) {
            if (!g.cell(i).isEmpty()) {
                return g.labelText(i);
            }
        }
        return "";
    }

    private static int find(GridLine g, String header) {
        for (int i = 0; i < g.size(); i++) {
            if (g.labelText(i).equals(header)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOf(GridLine g, String... headers) {
        for (String h : headers) {
            int at = find(g, h);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The text of the cell at a header offset from the name; null when the header has no such column. */
    private static String cellAt(GridLine g, int nameAt, int offset) {
        return offset == Integer.MIN_VALUE ? null : BLANKS.matcher(g.text(nameAt + offset)).replaceAll(" ");
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
