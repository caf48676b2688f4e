package org.fiscallens.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.fiscallens.model.catalogue.TextMemo;

/**
 * The label vocabulary of {@code AnnexValue}s: every printed header variant of a self-evaluation or target table maps
 * to one stable label, so a rule reads {@code a.value("全年执行数")} whatever the province printed.
 *
 * <p>Budget execution (项目资金 block of a 项目支出绩效自评表, one value per column of the 资金总额 row):
 * <ul>
 * <li>{@code 年初预算数} — 年初预算数 / 年初预算; when the column is split into 目标申报数 and 预算编制数 it is the
 * 预算编制数 (the note under the table says 全年预算数 is taken from it), and {@code 目标申报数} / {@code 预算编制数}
 * are also given;</li>
 * <li>{@code 全年预算数} — 全年预算数, 项目预算金额;</li>
 * <li>{@code 到位数} — 实际到位金额 (funds received);</li>
 * <li>{@code 全年执行数} — 全年执行数, 执行数, 实际执行金额;</li>
 * <li>{@code 结余} — 资金结（转）余, 结余（转）, 结余 (as printed, not computed);</li>
 * <li>{@code 执行率} — 执行率, 执行率(%) (in percent, as printed);</li>
 * <li>{@code 分值} and {@code 得分} — weight and score of budget execution (usually 10).</li>
 * </ul>
 * Rows below the total split it by source: {@code 财政拨款} (当年安排, 其中:财政拨款), {@code 上年结转}, {@code 其他资金},
 * {@code 中央财政资金}, {@code 省级财政资金}, {@code 市财政}, {@code 县区财政}, {@code 单位自筹}. Such a row gives
 * {@code <source>.<column>} (e.g. {@code 上年结转.全年执行数}) and, first, the bare source label for its
 * 全年预算数 (or 年初预算数 when that is the only amount): {@code a.value("上年结转")}.
 *
 * <p>Scores: {@code 总分} (总分 row, 总得分, 自评得分 in the text), {@code 分值合计} (the weight total printed next to
 * it), {@code 等级} (优/良/中/差: raw text, no number).
 *
 * <p>部门整体支出绩效自评表: {@code 收入合计}, {@code 上年结转}, {@code 公共财政拨款}, {@code 政府基金拨款},
 * {@code 其他收入}, {@code 支出合计}, {@code 基本支出}, {@code 项目支出}, {@code 结余}, and 到位数 / 全年执行数 / 执行率 /
 * 得分 from the 执行情况 sentence.
 *
 * <p>项目支出绩效目标表 (budget): {@code 实施期资金总额}, {@code 资金总额} (年度资金总额), and per source
 * {@code <source>.实施期资金总额} / {@code <source>.资金总额}; {@code 金额单位} (raw 元 or 万元) says how the amounts are
 * printed.
 *
 * <p>Figures the annex states in words ("预算执行率94%", "总得分 99.89 分，属于"优"") take the plain label when no
 * column gave it, and are always also given as {@code 说明.<label>} ({@code 说明.执行率}, {@code 说明.总分}).
 *
 * <p>When the same label appears twice in one printed row (three columns of 市财政 under 预算 / 到位 / 执行), each is
 * qualified by the column group of the row above: {@code 市财政.全年执行数}. Rules match labels with a regular
 * expression ({@code find}); anchor it ({@code "^执行率$"}) to avoid a qualified label.
 */
final class AnnexLabels {

    static final String INITIAL_BUDGET = "年初预算数";
    static final String DECLARED = "目标申报数";
    static final String COMPILED = "预算编制数";
    static final String BUDGET = "全年预算数";
    static final String RECEIVED = "到位数";
    static final String EXECUTED = "全年执行数";
    static final String BALANCE = "结余";
    static final String RATE = "执行率";
    static final String WEIGHT = "分值";
    static final String SCORE = "得分";
    static final String TOTAL_SCORE = "总分";
    static final String WEIGHT_TOTAL = "分值合计";
    static final String GRADE = "等级";
    static final String FUND_TOTAL = "资金总额";
    static final String PERIOD_TOTAL = "实施期资金总额";
    static final String MONEY_UNIT = "金额单位";

    private static final Map<Pattern, String> COLUMNS = new LinkedHashMap<>();
    private static final Map<Pattern, String> SOURCES = new LinkedHashMap<>();
    private static final Map<Pattern, String> OVERALL = new LinkedHashMap<>();

    static {
        column("年初预算数?", INITIAL_BUDGET);
        column("目标申报数?", DECLARED);
        column("预算编制数?", COMPILED);
        column("全年预算数?|项目预算金额|调整后预算数", BUDGET);
        column("实际到位金额|到位金额|到位数", RECEIVED);
        column("全年执行数|执行数|实际执行金额", EXECUTED);
        // OCR keeps only part of 资金结（转）余: 资金（转）, 结余（转）
        column("资金结?\\(?转\\)?余?|结余\\(?转\\)?|结\\(?转\\)?余|结余", BALANCE);
        column("(预算)?执行率(\\(%\\))?", RATE);
        column("分值", WEIGHT);
        column("得分", SCORE);
        column("(年度)?资金总额|合计", FUND_TOTAL);
        column("实施期资金总额", PERIOD_TOTAL);

        source("当年财政拨款|财政拨款|当年安排", "财政拨款");
        source("上年结转(资金)?", "上年结转");
        source("其[他它](资金)?", "其他资金");
        source("中央财政(资金|拨款)?", "中央财政资金");
        source("省级?财政(资金|拨款)?", "省级财政资金");
        source("中央、?省财政", "中央省财政");
        source("市(级)?财政(资金)?", "市财政");
        source("市、?县(\\(区\\)|区)?(级)?财政(资金)?", "市县财政");
        source("县(\\(区\\))?(级)?财政(资金)?", "县区财政");
        source("单位自筹(资金)?", "单位自筹");

        overall("收入合计", "收入合计");
        overall("支出合计", "支出合计");
        overall("公共财政拨款", "公共财政拨款");
        overall("政府基金拨款", "政府基金拨款");
        overall("其他收入", "其他收入");
        overall("基本支出", "基本支出");
        overall("项目支出", "项目支出");
    }

    private static final Pattern LEADING_OF_WHICH = Pattern.compile("^其中:?");
    private static final Pattern TRAILING_COLON = Pattern.compile(":$");
    private static final Pattern PRINTED_MONEY_UNIT = Pattern.compile("\\((万元|元)\\)");
    // every cell of every annex line is looked up, mostly in the same few hundred texts: remember the label per
    // printed text ("" for none, as the memo keeps no null)
    private static final TextMemo<String> COLUMN_LABELS = new TextMemo<>(p -> orEmpty(match(COLUMNS, normalize(p))));
    private static final TextMemo<String> SOURCE_LABELS = new TextMemo<>(p -> orEmpty(match(SOURCES, normalize(p))));
    private static final TextMemo<String> ANY_LABELS = new TextMemo<>(p -> orEmpty(anyOf(normalize(p))));

    private AnnexLabels() {
    }

    private static void column(String regex, String label) {
        COLUMNS.put(Pattern.compile(regex), label);
    }

    private static void source(String regex, String label) {
        SOURCES.put(Pattern.compile(regex), label);
    }

    private static void overall(String regex, String label) {
        OVERALL.put(Pattern.compile(regex), label);
    }

    /**
     * Printed cell text without blanks, line-break tags, 其中: and (万元) decorations; full-width brackets made ASCII.
     * Computed afresh (each expression only runs on a text that has what it removes, and {@link GridLine} keeps the
     * result for its cells): cheaper than a lookup in a memo of every annex cell of a province.
     */
    static String normalize(String printed) {
        return compute(printed);
    }

    private static String compute(String printed) {
        // each expression only when the text has what it removes
        String s = GridLine.clean(printed);
        s = Blanks.removed(s);
        s = s.replace('（', '(').replace('）', ')').replace('：', ':');
        if (s.startsWith("其中")) {
            s = LEADING_OF_WHICH.matcher(s).replaceFirst("");
        }
        if (s.indexOf(':') >= 0) {
            s = TRAILING_COLON.matcher(s).replaceFirst("");
        }
        return s.contains("元)") ? PRINTED_MONEY_UNIT.matcher(s).replaceAll("") : s;
    }

    /** The label of a column header (全年预算数, 执行率 …), or null. */
    static String column(String printed) {
        return orNull(COLUMN_LABELS.apply(printed));
    }

    /** The label of a funding-source row (财政拨款, 上年结转 …), or null. */
    static String source(String printed) {
        return orNull(SOURCE_LABELS.apply(printed));
    }

    /** The label of any amount a reviewer checks (column, source or 整体 table line), or null. */
    static String any(String printed) {
        return orNull(ANY_LABELS.apply(printed));
    }

    private static String anyOf(String n) {
        String label = match(COLUMNS, n);
        if (label == null) {
            label = match(OVERALL, n);
        }
        // 上年结转 in a 整体 table is an income line, not a split of the project total: same label either way
        return label != null ? label : match(SOURCES, n);
    }

    /** A header cut in two by OCR and read together ("全年預页算数", "全年打丸行数"), or null. */
    static String brokenColumn(String printed) {
        String n = normalize(printed);
        if (n.matches("全年.{0,3}算数?")) {
            return BUDGET;
        }
        return n.matches("全年.{0,3}行数") ? EXECUTED : null;
    }

    private static String orEmpty(String label) {
        return label == null ? "" : label;
    }

    private static String orNull(String label) {
        return label.isEmpty() ? null : label;
    }

    private static String match(Map<Pattern, String> vocabulary, String normalized) {
        if (normalized.isEmpty()) {
            return null;
        }
        for (Map.Entry<Pattern, String> e : vocabulary.entrySet()) {
            if (e.getKey().matcher(normalized).matches()) {
                return e.getValue();
            }
        }
        return null;
    }
}
