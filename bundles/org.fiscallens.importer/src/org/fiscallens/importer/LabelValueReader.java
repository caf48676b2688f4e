package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads rows printed as label / amount pairs: {@code 收入合计 | 4466.29 | | 支出合计 | 4466.29} (整体 tables),
 * {@code 项目预算金额 (万元) | 10 | 实际到位金额 (万元) | 0.1449 | …} and {@code 实施期资金总额 | 5,407,000 | | 年度资金总额: |
 * 5,407,000} (target tables). Only labels of the {@link AnnexLabels} vocabulary are taken. When a row repeats a label
 * ({@code 市财政 | 10 | 市财政 | 0.1449 | 市财政 | 0.1449}), the k-th pair belongs to the k-th column group of the last
 * row that had distinct labels, and is qualified by it ({@code 市财政.全年执行数}).
 */
final class LabelValueReader {

    private record Pair(String label, GridLine.Cell value) {
    }


    private final AnnexValues values;
    private List<String> groups = List.of();

    LabelValueReader(AnnexValues values) {
        this.values = values;
    }

    void read(GridLine g) {
        noteMoneyUnit(g);
        List<Pair> pairs = pairs(g);
        if (pairs.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        pairs.forEach(p -> counts.merge(p.label(), 1, Integer::sum));
        boolean repeated = counts.values().stream().anyMatch(c -> c > 1);
        for (int k = 0; k < pairs.size(); k++) {
            Pair p = pairs.get(k);
            String label = p.label();
            if (repeated && counts.get(label) > 1) {
                label = k < groups.size() ? label + "." + groups.get(k) : label + "." + (k + 1);
            }
            values.add(label, Amount.read(p.value().text()), g.line(), p.value().column());
        }
        if (!repeated && pairs.size() >= 2) {
            groups = pairs.stream().map(Pair::label).toList();
        }
    }

    /** A label cell followed (after blanks) by a number; a label followed by text has no amount. */
    private static List<Pair> pairs(GridLine g) {
        List<Pair> pairs = new ArrayList<>();
        List<GridLine.Cell> cells = g.cells().stream().filter(c -> !c.isEmpty()).toList();
        for (int i = 0; i + 1 < cells.size(); i++) {
            String label = AnnexLabels.any(cells.get(i).text());
            GridLine.Cell next = cells.get(i + 1);
            if (label != null && Amount.looksNumeric(next.text())) {
                pairs.add(new Pair(label, next));
                i++;
            }
        }
        return pairs;
    }

    /** Target tables print 项目资金(元): amounts in 元, not 万元. */
    private void noteMoneyUnit(GridLine g) {
        for (GridLine.Cell c : g.cells()) {
            if (c.text().indexOf('项') < 0) {
                continue; // not 项目资金: no need to normalize
            }
            String n = c.text().replace('（', '(').replace('）', ')');
            n = Blanks.removed(n);
            if (n.startsWith("项目资金(")) {
                values.addText(AnnexLabels.MONEY_UNIT, n.contains("(元)") ? "元" : "万元", g.line(), c.column());
            }
        }
    }
}
