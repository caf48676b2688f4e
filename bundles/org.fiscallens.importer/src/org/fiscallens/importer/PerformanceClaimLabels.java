package org.fiscallens.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels for what a 绩效评价 paragraph says about the evaluated projects, whose wording leaves the plain label empty
 * or vague: "涉及二级项目18个，资金3470.50万元" (资金 → 项目资金), "整体支出绩效自评，涉及资金91.6万元" (→ 整体支出资金),
 * "对 2024 年度 7 项部门项目支出开展了绩效自评" (the count is of 部门项目), "当年安排 280 万元" (安排 → 当年安排, the
 * 当年 being dropped as noise elsewhere), "项目自评得分95分" (→ 自评得分).
 */
final class PerformanceClaimLabels {

    private static final Pattern BARE_FUNDS = Pattern.compile("(涉及|共计|计|共)?(项目)?(资金|金额)");
    private static final Pattern COUNTED_NOUN = Pattern.compile("^\\s*([\\p{IsHan}]{0,6}项目)");
    private static final Pattern SCORE = Pattern.compile(".*(自评|总|绩效|评价)?得分");

    private PerformanceClaimLabels() {
    }

    /**
     * @param label the label found before the number
     * @param before the sentence up to the number (a view: it is rarely read)
     * @param after the text right after the number and its unit (the same)
     * @param unit the unit of the number (万元, 个, 项, 分 …)
     */
    static String refine(String label, CharSequence before, CharSequence after, String unit) {
        if ((label.endsWith("资金") || label.endsWith("金额")) && BARE_FUNDS.matcher(label).matches()) {
            String sentence = before.toString();
            if (sentence.contains("整体")) {
                return "整体支出资金";
            }
            if (sentence.contains("项目")) {
                return "项目资金";
            }
        }
        if ("安排".equals(label)) {
            return "当年安排";
        }
        if (("项".equals(unit) || "个".equals(unit)) && !label.contains("项目")) {
            Matcher m = COUNTED_NOUN.matcher(after);
            if (m.find()) {
                return m.group(1);
            }
        }
        if ("分".equals(unit) && SCORE.matcher(label).matches() && !label.contains("执行") && !label.contains("指标")) {
            return "自评得分";
        }
        return label.startsWith("涉及") && label.length() > 2 ? label.substring(2) : label;
    }
}
