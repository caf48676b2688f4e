package org.fiscallens.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.fiscallens.importer.RowAssembler.AssembledRow;
import org.fiscallens.importer.RowAssembler.ConflictingCell;
import org.fiscallens.importer.RowAssembler.PrintedAmount;
import org.fiscallens.model.catalogue.TitleText;
import org.fiscallens.model.disclosure.CellState;

/**
 * Decides the cells of a row printed twice with different readings by the table's own arithmetic. Functional subjects
 * form a tree, in every amount column: 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类; and where the first amount column is the row
 * total (本年支出合计, 小计 …), it is the sum of the other columns of the row. Conflicting cells linked by these sums
 * are tried together in every combination of their readings. When exactly one combination makes every sum that
 * involves them hold within rounding (0.005 per non-blank term), those readings are taken and an INFO says why;
 * when none or several do, the cells stay unread. A sum with an unreadable term decides nothing.
 */
final class ReadingResolver {

    /** An amount column of the table: its grid index, its name, its catalogue key (null when unknown). */
    record AmountColumn(int index, String name, String key) {
    }

    /** One cell of the table taking part in a sum. */
    private record Term(AssembledRow row, AmountColumn column) {
    }

    /** parent = Σ children, as the table should print it. */
    private record Sum(Term parent, List<Term> children, String description) {

        boolean involves(Term t) {
            return parent.equals(t) || children.contains(t);
        }
    }

    /** Beyond this many combinations of readings a group of conflicting cells is left unread. */
    private static final int MAX_COMBINATIONS = 1 << 12;
    private static final BigDecimal ROUNDING_PER_TERM = new BigDecimal("0.005");
    private static final Pattern TOTAL_ROW = Pattern.compile("合计|总计");
    private static final Pattern TOTAL_KEY = Pattern.compile(".*(合计|小计)");

    private final List<AmountColumn> columns;
    private final List<AmountColumn> rowParts;
    private final Diagnostics diagnostics;
    private final String tableLabel;

    ReadingResolver(List<AmountColumn> columns, Diagnostics diagnostics, String tableLabel) {
        this.columns = List.copyOf(columns);
        this.diagnostics = diagnostics;
        this.tableLabel = tableLabel;
        this.rowParts = rowParts(this.columns);
    }

    /**
     * The columns that add up to the first one, or none: only when the first is a known total and every other column
     * is a known, non-total column (a nested subtotal would make the row sum wrong, not just undecided).
     */
    private static List<AmountColumn> rowParts(List<AmountColumn> columns) {
        if (columns.size() < 2 || columns.get(0).key() == null || !TOTAL_KEY.matcher(columns.get(0).key()).matches()) {
            return List.of();
        }
        List<AmountColumn> rest = columns.subList(1, columns.size());
        boolean allParts = rest.stream().allMatch(c -> c.key() != null && !TOTAL_KEY.matcher(c.key()).matches());
        return allParts ? rest : List.of();
    }

    /** Takes the readings the arithmetic decides: sets those cells and removes their conflicts from the rows. */
    void resolve(List<AssembledRow> rows) {
        Map<Term, ConflictingCell> conflicts = new LinkedHashMap<>();
        for (AssembledRow r : rows) {
            for (AmountColumn c : columns) {
                ConflictingCell conflict = r.conflict(c.index());
                if (conflict != null) {
                    conflicts.put(new Term(r, c), conflict);
                }
            }
        }
        if (conflicts.isEmpty()) {
            return;
        }
        List<Sum> sums = sums(rows).stream()
                .filter(s -> conflicts.keySet().stream().anyMatch(s::involves))
                .filter(s -> readable(s, conflicts))
                .toList();
        for (List<Term> group : linkedGroups(conflicts, sums)) {
            List<Sum> groupSums = sums.stream().filter(s -> group.stream().anyMatch(s::involves)).toList();
            decide(group, groupSums, conflicts);
        }
    }

    private List<Sum> sums(List<AssembledRow> rows) {
        List<Sum> sums = new ArrayList<>();
        AssembledRow total = totalRow(rows);
        for (AmountColumn c : columns) {
            if (total != null) {
                addTreeSum(sums, total, subjects(rows, 3, ""), c);
            }
            for (AssembledRow r : rows) {
                if (r.code != null && r.code.length() < 7) {
                    addTreeSum(sums, r, subjects(rows, r.code.length() + 2, r.code), c);
                }
            }
        }
        if (!rowParts.isEmpty()) {
            AmountColumn first = columns.get(0);
            String description = first.name() + " = " + String.join(" + ", rowParts.stream().map(AmountColumn::name).toList());
            for (AssembledRow r : rows) {
                List<Term> parts = rowParts.stream().map(c -> new Term(r, c)).toList();
                sums.add(new Sum(new Term(r, first), parts, description + " in row " + label(r)));
            }
        }
        return sums;
    }

    private static void addTreeSum(List<Sum> sums, AssembledRow parent, List<AssembledRow> children, AmountColumn c) {
        if (children.isEmpty()) {
            return;
        }
        String description = label(parent) + " = " + String.join(" + ", children.stream().map(ReadingResolver::label).toList())
                + " in " + c.name();
        sums.add(new Sum(new Term(parent, c), children.stream().map(r -> new Term(r, c)).toList(), description));
    }

    /** The one 合计 row of the table (the sum of the 类), or null. */
    private static AssembledRow totalRow(List<AssembledRow> rows) {
        List<AssembledRow> totals = rows.stream()
                .filter(r -> r.code == null && TOTAL_ROW.matcher(TitleText.normalize(r.name())).matches()).toList();
        return totals.size() == 1 ? totals.get(0) : null;
    }

    private static List<AssembledRow> subjects(List<AssembledRow> rows, int length, String prefix) {
        return rows.stream().filter(r -> r.code != null && r.code.length() == length && r.code.startsWith(prefix)).toList();
    }

    private static String label(AssembledRow r) {
        return r.code != null ? r.code : r.name();
    }

    /** A sum with an unreadable term other than a conflicting cell can neither confirm nor reject a reading. */
    private static boolean readable(Sum s, Map<Term, ConflictingCell> conflicts) {
        List<Term> terms = new ArrayList<>(s.children());
        terms.add(s.parent());
        return terms.stream().allMatch(t -> conflicts.containsKey(t) || printed(t).state() != CellState.GARBLED);
    }

    private static Amount printed(Term t) {
        PrintedAmount p = t.row().amount(t.column().index());
        return p == null ? Amount.read("") : p.amount();
    }

    /** Conflicting cells that share a sum must be decided together; unlinked ones are decided on their own. */
    private static List<List<Term>> linkedGroups(Map<Term, ConflictingCell> conflicts, List<Sum> sums) {
        Map<Term, List<Term>> groupOf = new LinkedHashMap<>();
        for (Term t : conflicts.keySet()) {
            groupOf.put(t, new ArrayList<>(List.of(t)));
        }
        for (Sum s : sums) {
            List<Term> involved = conflicts.keySet().stream().filter(s::involves).toList();
            for (Term t : involved.subList(1, involved.size())) {
                List<Term> into = groupOf.get(involved.get(0));
                List<Term> from = groupOf.get(t);
                if (into != from) {
                    into.addAll(from);
                    from.forEach(m -> groupOf.put(m, into));
                }
            }
        }
        List<List<Term>> groups = new ArrayList<>();
        groupOf.values().stream().distinct().forEach(groups::add);
        return groups;
    }

    private void decide(List<Term> group, List<Sum> sums, Map<Term, ConflictingCell> conflicts) {
        long combinations = 1;
        for (Term t : group) {
            combinations *= conflicts.get(t).readings.size();
            if (combinations > MAX_COMBINATIONS) {
                return;
            }
        }
        int[] pick = new int[group.size()];
        Map<Term, PrintedAmount> fit = null;
        do {
            Map<Term, PrintedAmount> choice = choice(group, pick, conflicts);
            if (sums.stream().allMatch(s -> holds(s, choice))) {
                if (fit != null) {
                    return; // several combinations fit: the arithmetic does not decide
                }
                fit = choice;
            }
        } while (advance(pick, group, conflicts));
        if (fit != null) {
            take(fit, sums, conflicts);
        }
    }

    private static Map<Term, PrintedAmount> choice(List<Term> group, int[] pick, Map<Term, ConflictingCell> conflicts) {
        Map<Term, PrintedAmount> choice = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            choice.put(group.get(i), conflicts.get(group.get(i)).readings.get(pick[i]));
        }
        return choice;
    }

    /** The next combination, counting in mixed radix; false after the last. */
    private static boolean advance(int[] pick, List<Term> group, Map<Term, ConflictingCell> conflicts) {
        for (int i = 0; i < pick.length; i++) {
            if (++pick[i] < conflicts.get(group.get(i)).readings.size()) {
                return true;
            }
            pick[i] = 0;
        }
        return false;
    }

    private static boolean holds(Sum s, Map<Term, PrintedAmount> choice) {
        long terms = s.children().stream().filter(t -> !amount(t, choice).isBlank()).count();
        return gap(s, choice).abs().compareTo(ROUNDING_PER_TERM.multiply(BigDecimal.valueOf(terms))) <= 0;
    }

    /** parent − Σ children; blank cells and placeholders (——) count as zero. */
    private static BigDecimal gap(Sum s, Map<Term, PrintedAmount> choice) {
        BigDecimal gap = valueOf(amount(s.parent(), choice));
        for (Term t : s.children()) {
            gap = gap.subtract(valueOf(amount(t, choice)));
        }
        return gap;
    }

    private static Amount amount(Term t, Map<Term, PrintedAmount> choice) {
        PrintedAmount chosen = choice.get(t);
        return chosen != null ? chosen.amount() : printed(t);
    }

    private static BigDecimal valueOf(Amount a) {
        return a.isValue() ? a.value() : BigDecimal.ZERO;
    }

    private void take(Map<Term, PrintedAmount> fit, List<Sum> sums, Map<Term, ConflictingCell> conflicts) {
        for (var e : fit.entrySet()) {
            Term t = e.getKey();
            PrintedAmount chosen = e.getValue();
            ConflictingCell conflict = conflicts.get(t);
            List<String> rejections = new ArrayList<>();
            for (PrintedAmount other : conflict.readings) {
                if (other != chosen) {
                    rejections.add(whyNot(t, other, fit, sums));
                }
            }
            t.row().setAmount(t.column().index(), chosen);
            t.row().removeConflict(t.column().index());
            diagnostics.info(Diagnostics.RESOLVED_READING, conflict.line, tableLabel + ": row " + t.row().code + ", column "
                    + t.column().name() + " printed as " + conflict.describeReadings() + "; read as " + chosen.amount().raw()
                    + " (line " + chosen.line() + "), the only reading under which the table adds up: "
                    + String.join("; ", rejections), conflict.text);
        }
    }

    /**
     * Since the fit is the only one, swapping in any other reading of one cell breaks some sum involving that cell:
     * the first such sum is the reason the reading was rejected.
     */
    private static String whyNot(Term t, PrintedAmount rejected, Map<Term, PrintedAmount> fit, List<Sum> sums) {
        Map<Term, PrintedAmount> swapped = new HashMap<>(fit);
        swapped.put(t, rejected);
        String reading = "with " + rejected.amount().raw() + " (line " + rejected.line() + ")";
        for (Sum s : sums) {
            if (s.involves(t) && !holds(s, swapped)) {
                return reading + ", " + s.description() + " is off by " + gap(s, swapped).toPlainString() + " (lines "
                        + lines(s, swapped) + ")";
            }
        }
        return reading; // not reached: a swap that broke no sum would be a second fit
    }

    private static String lines(Sum s, Map<Term, PrintedAmount> choice) {
        TreeSet<Integer> lines = new TreeSet<>();
        List<Term> terms = new ArrayList<>(s.children());
        terms.add(0, s.parent());
        for (Term t : terms) {
            PrintedAmount p = choice.containsKey(t) ? choice.get(t) : t.row().amount(t.column().index());
            if (p != null && !p.amount().isBlank()) {
                lines.add(p.line());
            }
        }
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }
}
