package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the 项目资金 block of a project self-evaluation table: a header row naming the columns (年初预算数, 全年预算数,
 * 全年执行数, 结余, 执行率, 得分 …, sometimes with 目标申报数 / 预算编制数 on a second header row) and one row per
 * funding source (资金总额, then 财政拨款, 上年结转 …). Merged header cells make printed column positions useless, so
 * the amounts of a row are matched to the header columns in order:
 * <ul>
 * <li>as many amounts as columns: one each;</li>
 * <li>more amounts (a figure printed twice by OCR): the first column takes the first amount, the others are matched
 * from the right, where 执行率 and 得分 are;</li>
 * <li>fewer amounts (cells lost by OCR): only the leading money columns are read, left to right, since a lost cell
 * makes the position of 执行率 or 得分 unknowable; a warning says which were not read.</li>
 * </ul>
 */
final class FundGridReader {

    private static final Set<String> MONEY_COLUMNS = Set.of(AnnexLabels.DECLARED, AnnexLabels.COMPILED,
            AnnexLabels.INITIAL_BUDGET, AnnexLabels.BUDGET, AnnexLabels.EXECUTED, AnnexLabels.RECEIVED);
    private static final Set<String> HEADER_COLUMNS = Set.of(AnnexLabels.INITIAL_BUDGET, AnnexLabels.BUDGET,
            AnnexLabels.EXECUTED, AnnexLabels.RATE, AnnexLabels.SCORE, AnnexLabels.WEIGHT, AnnexLabels.BALANCE);

    private final AnnexValues values;
    private final Diagnostics diagnostics;
    private final boolean joinSplits;
    private List<String> columns;

    FundGridReader(AnnexValues values, Diagnostics diagnostics, boolean joinSplits) {
        this.values = values;
        this.diagnostics = diagnostics;
        this.joinSplits = joinSplits;
    }

    /** Reads the line if it belongs to the 项目资金 block; false when it does not (the caller reads it otherwise). */
    boolean read(GridLine g) {
        List<String> header = headerColumns(g);
        // a row that also prints amounts ("项目预算金额 | 10 | 实际执行金额 | 4.65") is label / value pairs, not a header
        if (header.size() >= 2 && header.stream().filter(HEADER_COLUMNS::contains).count() >= 2
                && g.cells().stream().noneMatch(c -> Amount.read(c.text()).isValue())) {
            columns = header;
            // amounts are in 万元 unless the header says 元 (seed 001: 全年预算数 (元))
            if (g.cells().stream().anyMatch(c -> saysYuan(c.text()))) {
                values.addText(AnnexLabels.MONEY_UNIT, "元", g.line(), g.cells().get(0).column());
            }
            return true;
        }
        if (columns == null) {
            return false;
        }
        if (header.contains(AnnexLabels.DECLARED) || header.contains(AnnexLabels.COMPILED)) {
            splitInitialBudget(header);
            return true;
        }
        int labelIndex = -1;
        String source = null;
        for (int i = 0; i < g.size() && source == null; i++) {
            String text = g.text(i);
            String label = AnnexLabels.FUND_TOTAL.equals(AnnexLabels.column(text)) ? AnnexLabels.FUND_TOTAL : AnnexLabels.source(text);
            if (label != null) {
                source = label;
                labelIndex = i;
            }
        }
        if (source == null) {
            return false;
        }
        List<AmountCells.Slot> slots = AmountCells.read(g.cells().subList(labelIndex + 1, g.size()), joinSplits);
        for (AmountCells.Slot s : slots) {
            if (s.joined()) {
                diagnostics.info(Diagnostics.SPLIT_AMOUNT, g.line(), "Amount split across cells by OCR read as "
                        + (s.amount().isValue() ? s.amount().value().toPlainString() : "unreadable"), s.amount().raw());
            }
        }
        assign(g.line(), source, slots);
        return true;
    }

    /** Whether the text has "(元" once blanks ({@code \s}) are removed and （ is read as (: a unit such as （ 元）. */
    private static boolean saysYuan(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                int j = i + 1;
                while (j < text.length() && Blanks.isBlank(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '元') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Leaves the block (at 年度目标, 绩效指标 …): later rows are not funding rows. */
    void end() {
        columns = null;
    }

    private static List<String> headerColumns(GridLine g) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            String label = AnnexLabels.column(g.text(i));
            if (label == null && g.labelText(i).startsWith("全年") && i + 1 < g.size()) {
                // OCR cut "全年预算数" into "全年預 | 页算数": read the two cells together
                label = AnnexLabels.brokenColumn(g.text(i) + g.text(i + 1));
                if (label != null) {
                    i++;
                }
            }
            if (label != null && !label.equals(AnnexLabels.FUND_TOTAL) && !label.equals(AnnexLabels.PERIOD_TOTAL)
                    && (header.isEmpty() || !header.get(header.size() - 1).equals(label))) {
                header.add(label);
            }
        }
        return header;
    }

    private void splitInitialBudget(List<String> subHeader) {
        int at = columns.indexOf(AnnexLabels.INITIAL_BUDGET);
        if (at < 0) {
            return;
        }
        List<String> parts = subHeader.stream().filter(l -> l.equals(AnnexLabels.DECLARED) || l.equals(AnnexLabels.COMPILED)).toList();
        columns = new ArrayList<>(columns);
        columns.remove(at);
        columns.addAll(at, parts);
    }

    private void assign(int line, String source, List<AmountCells.Slot> slots) {
        List<String> columns = this.columns;
        if (slots.size() == columns.size() + 1) {
            columns = withLostColumn(columns);
            this.columns = columns;
        } else if (slots.size() < columns.size() && !AnnexLabels.FUND_TOTAL.equals(source)) {
            columns = withoutScoresIfTheyFit(columns, slots.size());
        }
        int n = columns.size();
        String[] labels = new String[slots.size()];
        if (slots.size() == n) {
            for (int i = 0; i < n; i++) {
                labels[i] = columns.get(i);
            }
        } else if (slots.size() > n) {
            labels[0] = columns.get(0);
            for (int k = 1; k < n; k++) {
                labels[slots.size() - n + k] = columns.get(k);
            }
            diagnostics.info(Diagnostics.ANNEX_ROW_MISMATCH, line, slots.size() + " amounts for " + n
                    + " columns: the first and the last " + (n - 1) + " were read, the others ignored", null);
        } else {
            int read = 0;
            while (read < slots.size() && MONEY_COLUMNS.contains(columns.get(read))) {
                labels[read] = columns.get(read);
                read++;
            }
            if (!slots.isEmpty()) {
                diagnostics.warning(Diagnostics.ANNEX_ROW_MISMATCH, line, slots.size() + " amounts for " + n
                        + " columns " + columns + ": only the first " + read + " were read", null);
            }
        }
        boolean total = AnnexLabels.FUND_TOTAL.equals(source);
        if (!total) {
            addSourceShortcut(source, labels, slots, line);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                continue;
            }
            AmountCells.Slot s = slots.get(i);
            String label = total ? labels[i] : source + "." + labels[i];
            values.add(label, s.amount(), line, s.column());
            if (AnnexLabels.COMPILED.equals(labels[i])) {
                values.add(total ? AnnexLabels.INITIAL_BUDGET : source + "." + AnnexLabels.INITIAL_BUDGET, s.amount(), line, s.column());
            }
        }
    }

    /**
     * A header that lost one of 全年预算数, 全年执行数, 得分 to OCR (seed 000 line 1124, seed 004 line 652) while the
     * amounts are all there: the column is put back where the template has it.
     */
    private static List<String> withLostColumn(List<String> columns) {
        List<String> template = List.of(AnnexLabels.INITIAL_BUDGET, AnnexLabels.COMPILED, AnnexLabels.BUDGET,
                AnnexLabels.EXECUTED, AnnexLabels.BALANCE, AnnexLabels.WEIGHT, AnnexLabels.RATE, AnnexLabels.SCORE);
        List<String> lost = List.of(AnnexLabels.BUDGET, AnnexLabels.EXECUTED, AnnexLabels.SCORE).stream()
                .filter(c -> !columns.contains(c)).toList();
        if (lost.size() != 1) {
            return columns;
        }
        String missing = lost.get(0);
        List<String> repaired = new ArrayList<>(columns);
        for (int t = template.indexOf(missing) - 1; t >= 0; t--) {
            int at = repaired.indexOf(template.get(t));
            if (at >= 0) {
                repaired.add(at + 1, missing);
                return repaired;
            }
        }
        return columns;
    }

    /**
     * 分值 and 得分 are often printed once, on the 资金总额 row: a source row without them still reads 1:1. Not for the
     * 资金总额 row itself, which does print them (seed 004 line 839: 7.00 is the 得分, not the 执行率).
     */
    private static List<String> withoutScoresIfTheyFit(List<String> columns, int amounts) {
        List<String> withoutScores = columns.stream()
                .filter(c -> !c.equals(AnnexLabels.WEIGHT) && !c.equals(AnnexLabels.SCORE)).toList();
        return withoutScores.size() == amounts ? withoutScores : columns;
    }

    /** {@code 上年结转} alone is the source's 全年预算数, or its 年初预算数 when no 全年预算数 was read. */
    private void addSourceShortcut(String source, String[] labels, List<AmountCells.Slot> slots, int line) {
        for (String wanted : List.of(AnnexLabels.BUDGET, AnnexLabels.COMPILED, AnnexLabels.INITIAL_BUDGET)) {
            for (int i = 0; i < labels.length; i++) {
                if (wanted.equals(labels[i]) && slots.get(i).amount().isValue()) {
                    values.add(source, slots.get(i).amount(), line, slots.get(i).column());
                    return;
                }
            }
        }
    }
}
