package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.CellState;

/**
 * Turns the printed lines of one table (or one side, or one block of it) into logical rows: joins wrapped names,
 * merges a row printed twice by an OCR overlay, and sets aside ghost rows (an out-of-order or unreadable subject code,
 * such as {@code 20000 1.064.05}) with a diagnostic instead of turning them into values.
 */
final class RowAssembler {

    private static final Pattern TOTAL_LABEL = Pattern.compile(".*(合计|总计|小计)$|^合计.*");
    private static final Pattern PURE_NAME = Pattern.compile("[\\p{IsHan}()（）]+");

    /** Which grid cell holds what, for one table, side or block. */
    record View(int codeColumn, int nameColumn, int rowNumberColumn, List<ColumnLayout.Spec> amountColumns) {
    }

    /** One printed amount, where it was. */
    record PrintedAmount(Amount amount, int line, int column) {
    }

    /**
     * A cell of a row printed twice whose readings disagree. It stays unread (reported at {@code line}, the printing
     * that disagreed) unless a {@link ReadingResolver} finds that the table's arithmetic accepts exactly one reading.
     */
    static final class ConflictingCell {
        final int column;
        final int line;
        final String text;
        final List<PrintedAmount> readings = new ArrayList<>();

        ConflictingCell(int column, int line, String text) {
            this.column = column;
            this.line = line;
            this.text = text;
        }

        /** What the cell shows while undecided: unread, with every reading in its raw text. */
        PrintedAmount unread() {
            PrintedAmount first = readings.get(0);
            String raw = String.join(" / ", readings.stream().map(r -> r.amount().raw()).toList());
            return new PrintedAmount(new Amount(CellState.GARBLED, null, raw), first.line(), first.column());
        }

        String describeReadings() {
            return String.join(" vs ", readings.stream().map(r -> r.amount().raw() + " (line " + r.line() + ")").toList());
        }
    }

    static final class AssembledRow {
        String code;
        /** The whole name: its own line's text, and wrapped pieces joined to it (rare, so a string, not a builder). */
        private String name = "";
        String ownName = "";
        String rowNumber;
        int line;
        int lastLine;
        int sourceColumn;
        /**
         * The printed amounts by grid column (null for other columns): every row of a view has the same amount columns,
         * so an array does what a map per row did, in the same order (the views list their columns left to right).
         */
        private final PrintedAmount[] amounts;
        /** Cells left unread because the row's printings disagree, by amount column. */
        private Map<Integer, ConflictingCell> conflicts; // made for the few rows printed twice with different amounts
        boolean ghost;
        String ghostReason;
        GridLine printed;

        AssembledRow(int columns) {
            amounts = new PrintedAmount[columns];
        }

        /** The amount printed in a grid column, null when the column holds no amount. */
        PrintedAmount amount(int column) {
            return column >= 0 && column < amounts.length ? amounts[column] : null;
        }

        void setAmount(int column, PrintedAmount amount) {
            amounts[column] = amount;
        }

        /** The cells left unread so far, by amount column. */
        Map<Integer, ConflictingCell> conflicts() {
            return conflicts == null ? Map.of() : conflicts;
        }

        ConflictingCell conflict(int column) {
            return conflicts == null ? null : conflicts.get(column);
        }

        void addConflict(int column, ConflictingCell conflict) {
            if (conflicts == null) {
                conflicts = new LinkedHashMap<>();
            }
            conflicts.put(column, conflict);
        }

        void removeConflict(int column) {
            if (conflicts != null) {
                conflicts.remove(column);
            }
        }

        /** The printed line, for diagnostics: its non-empty cells joined by " | " (built only when a message needs it). */
        String text() {
            return String.join(" | ", printed.cells().stream().map(GridLine.Cell::text).filter(t -> !t.isEmpty()).toList());
        }

        boolean hasValues() {
            for (PrintedAmount a : amounts) {
                if (a != null && !a.amount().isBlank()) {
                    return true;
                }
            }
            return false;
        }

        String name() {
            return name;
        }

        void appendName(String more) {
            name = name.concat(more);
        }
    }

    private final View view;
    private final boolean subjectRows;
    private final boolean wrappedLines;
    private final Diagnostics diagnostics;
    private final String tableLabel;
    private final ReadingResolver resolver;
    /** The size of a row's amount array: one more than the last amount column. */
    private final int amountSlots;

    RowAssembler(View view, boolean subjectRows, boolean wrappedLines, Diagnostics diagnostics, String tableLabel) {
        this(view, subjectRows, wrappedLines, diagnostics, tableLabel, null);
    }

    /**
     * @param subjectRows rows keyed by subject code (ghost detection by code order)
     * @param wrappedLines the extraction prints wrapped names as separate lines (markdown from PDF), so name-only lines
     *        continue a row rather than start one
     * @param resolver decides conflicting readings by the table's arithmetic, or null to leave them all unread
     */
    RowAssembler(View view, boolean subjectRows, boolean wrappedLines, Diagnostics diagnostics, String tableLabel,
            ReadingResolver resolver) {
        this.view = view;
        this.subjectRows = subjectRows;
        this.wrappedLines = wrappedLines;
        this.diagnostics = diagnostics;
        this.tableLabel = tableLabel;
        this.resolver = resolver;
        int slots = 0;
        for (ColumnLayout.Spec s : view.amountColumns()) {
            slots = Math.max(slots, s.index() + 1);
        }
        this.amountSlots = slots;
    }

    List<AssembledRow> assemble(List<GridLine> lines) {
        List<AssembledRow> items = new ArrayList<>();
        String lastCode = null;
        AssembledRow lastAccepted = null;
        for (GridLine g : lines) {
            AssembledRow r = read(g);
            if (r == null) {
                continue;
            }
            if (r.code != null && subjectRows) {
                if (lastCode != null && r.code.compareTo(lastCode) < 0) {
                    markGhost(r, "subject code " + r.code + " is out of order after " + lastCode);
                } else if (r.code.equals(lastCode) && lastAccepted != null) {
                    mergeDuplicate(lastAccepted, r);
                    continue;
                } else {
                    lastCode = r.code;
                    lastAccepted = r;
                }
            } else if (r.ghost) {
                // unreadable code: already marked
            } else if (r.code == null && subjectRows && r.hasValues() && r.ownName.isEmpty() && r.rowNumber == null) {
                markGhost(r, "amounts without a subject code or name");
            }
            items.add(r);
        }
        List<AssembledRow> rows = attachFragments(items);
        if (resolver != null) {
            resolver.resolve(rows);
        }
        reportConflicts(rows);
        return rows;
    }

    private AssembledRow read(GridLine g) {
        AssembledRow r = new AssembledRow(amountSlots);
        r.line = g.line();
        r.lastLine = g.line();
        String codeText = view.codeColumn() >= 0 ? g.normalized(view.codeColumn()) : "";
        String nameText = view.nameColumn() >= 0 ? joinWrapped(g.text(view.nameColumn())) : "";
        if (!NameFragments.hasChineseText(nameText)) {
            nameText = ""; // stray marks (•, a lone digit, OCR letters): names are Chinese
        }
        if (!codeText.isEmpty()) {
            if (Digits.isSubjectCode(codeText)) {
                r.code = codeText;
                r.sourceColumn = columnOf(g, view.codeColumn());
            } else if (NameFragments.hasChineseText(codeText)) {
                // a label printed in the code column: 合计, 人员经费合计, 一、…
                nameText = NameFragments.hasChineseText(nameText) ? codeText + nameText : codeText;
            } else if (codeText.chars().anyMatch(Character::isDigit)) {
                r.ghost = true;
                r.ghostReason = "unreadable subject code '" + codeText + "'";
            }
        }
        r.ownName = nameText;
        r.name = nameText;
        if (r.sourceColumn == 0) {
            r.sourceColumn = columnOf(g, view.nameColumn());
        }
        if (view.rowNumberColumn() >= 0) {
            String number = g.normalized(view.rowNumberColumn());
            if (Digits.only(number, 1, 3)) {
                r.rowNumber = number;
            }
        }
        for (ColumnLayout.Spec spec : view.amountColumns()) {
            GridLine.Cell cell = g.cell(spec.index());
            String text = cell == null ? "" : cell.text();
            r.setAmount(spec.index(), new PrintedAmount(Amount.read(text), g.line(), cell == null ? 0 : cell.column()));
        }
        r.printed = g;
        if (r.ghost) {
            return r;
        }
        if (r.code == null && r.rowNumber == null && !r.hasValues() && nameText.isEmpty()) {
            return null; // nothing readable on this line
        }
        return r;
    }

    private static int columnOf(GridLine g, int index) {
        GridLine.Cell c = g.cell(index);
        return c == null ? 0 : c.column();
    }

    /**
     * Wrapped text keeps stray spaces between Chinese characters ("社会保障和就业支 出"); they are not part of the name: the
     * blanks ({@code \s}) between two other characters are removed.
     */
    static String joinWrapped(String text) {
        String s = text.strip();
        if (!NameFragments.hasChineseText(s) || !Blanks.in(s)) {
            return s;
        }
        // s is stripped, so every run of blanks lies between two other characters, where (?<=\S)\s+(?=\S) removed it
        StringBuilder joined = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Blanks.isBlank(s.charAt(i))) {
                joined.append(s.charAt(i));
            }
        }
        return joined.toString();
    }

    private void markGhost(AssembledRow r, String reason) {
        r.ghost = true;
        r.ghostReason = reason;
    }

    /**
     * The same subject code on two adjacent lines: one printed row read twice (text layer and OCR overlay). Readings
     * that agree, or where one side is blank or unreadable, are merged; cells whose readings disagree are left unread
     * and kept as {@link ConflictingCell}s for the resolver and {@link #reportConflicts}.
     */
    private void mergeDuplicate(AssembledRow kept, AssembledRow second) {
        kept.appendName(second.ownName);
        kept.lastLine = Math.max(kept.lastLine, second.line);
        boolean disagrees = false;
        for (int column = 0; column < second.amounts.length; column++) {
            PrintedAmount theirs = second.amounts[column];
            if (theirs == null) {
                continue;
            }
            PrintedAmount mine = kept.amount(column);
            ConflictingCell conflict = kept.conflict(column);
            if (conflict != null) {
                // a third printing: one more candidate, never a silent replacement of the unread cell
                if (theirs.amount().isValue() && conflict.readings.stream().noneMatch(r -> sameValue(r, theirs))) {
                    conflict.readings.add(theirs);
                    kept.setAmount(column, conflict.unread());
                    disagrees = true;
                }
            } else if (mine == null || mine.amount().isBlank() && !theirs.amount().isBlank()
                    || mine.amount().state() == CellState.GARBLED && theirs.amount().isValue()) {
                kept.setAmount(column, theirs);
            } else if (mine.amount().isValue() && theirs.amount().isValue() && !sameValue(mine, theirs)) {
                conflict = new ConflictingCell(column, second.line, second.text());
                conflict.readings.add(mine);
                conflict.readings.add(theirs);
                kept.addConflict(column, conflict);
                kept.setAmount(column, conflict.unread());
                disagrees = true;
            }
        }
        if (!disagrees) {
            diagnostics.info(Diagnostics.GHOST_ROW, second.line, tableLabel + ": row " + kept.code
                    + " printed twice (lines " + kept.line + " and " + second.line + "); the readings were merged", second.text());
        }
    }

    private static boolean sameValue(PrintedAmount a, PrintedAmount b) {
        return a.amount().value().compareTo(b.amount().value()) == 0;
    }

    /** The conflicts no resolver decided: one warning per disagreeing printing of a row, as they stay unread. */
    private void reportConflicts(List<AssembledRow> rows) {
        for (AssembledRow r : rows) {
            if (r.conflicts().isEmpty()) {
                continue;
            }
            Map<Integer, List<ConflictingCell>> byLine = new LinkedHashMap<>();
            r.conflicts().values().forEach(c -> byLine.computeIfAbsent(c.line, l -> new ArrayList<>()).add(c));
            byLine.forEach((line, cells) -> diagnostics.warning(Diagnostics.CONFLICTING_READINGS, line, tableLabel + ": row " + r.code
                    + " printed twice with different amounts: "
                    + String.join("; ", cells.stream().map(ConflictingCell::describeReadings).toList())
                    + "; these cells are left unread", cells.get(0).text));
        }
    }

    private List<AssembledRow> attachFragments(List<AssembledRow> items) {
        List<AssembledRow> rows = new ArrayList<>();
        List<AssembledRow> pending = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AssembledRow r = items.get(i);
            if (r.ghost) {
                diagnostics.warning(Diagnostics.GHOST_ROW, r.line, tableLabel + ": ghost row not read (" + r.ghostReason + ")", r.text());
            }
            // a ghost's name text is real wrapped text of a neighbouring row; its numbers are not
            boolean fragment = r.ghost ? PURE_NAME.matcher(r.ownName).matches() : isFragment(r);
            if (!fragment) {
                if (!r.ghost) {
                    if (!pending.isEmpty()) {
                        String before = joinNames(pending);
                        if (!r.ownName.startsWith(before)) {
                            r.name = before.concat(r.name);
                        }
                        pending.clear();
                    }
                    rows.add(r);
                }
                continue;
            }
            AssembledRow previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            String next = nextOwnName(items, i + 1);
            if (pending.isEmpty() && previous != null
                    && NameFragments.continuesPrevious(previous.name(), r.ownName, next)) {
                previous.appendName(r.ownName);
                previous.lastLine = Math.max(previous.lastLine, r.line);
            } else {
                pending.add(r);
            }
        }
        if (!pending.isEmpty()) {
            AssembledRow previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (previous != null) {
                previous.appendName(joinNames(pending));
                previous.lastLine = Math.max(previous.lastLine, pending.get(pending.size() - 1).line);
            } else {
                diagnostics.info(Diagnostics.UNATTACHED_TEXT, pending.get(0).line,
                        tableLabel + ": text not attached to any row", joinNames(pending));
            }
        }
        return rows;
    }

    private boolean isFragment(AssembledRow r) {
        if (r.code != null || r.rowNumber != null || r.hasValues() || r.ownName.isEmpty()) {
            return false;
        }
        if (NameFragments.startsWithOrdinal(r.ownName) || TOTAL_LABEL.matcher(r.ownName).matches()) {
            return false;
        }
        if (subjectRows) {
            return true;
        }
        return NameFragments.startsLikeTail(r.ownName) || wrappedLines && !NameFragments.looksComplete(r.ownName);
    }

    private String nextOwnName(List<AssembledRow> items, int from) {
        for (int j = from; j < items.size(); j++) {
            AssembledRow r = items.get(j);
            if (!r.ghost && !isFragment(r)) {
                return r.ownName;
            }
        }
        return null;
    }

    private static String joinNames(List<AssembledRow> pieces) {
        StringBuilder sb = new StringBuilder();
        pieces.forEach(p -> sb.append(p.ownName));
        return sb.toString();
    }
}
