package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.InternalEList;
import org.fiscallens.model.catalogue.TitleText;
import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.CellState;
import org.fiscallens.model.disclosure.Column;
import org.fiscallens.model.disclosure.ColumnRole;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.MoneyUnit;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Side;
import org.fiscallens.model.disclosure.SubjectLevel;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.model.disclosure.TableNote;
import org.fiscallens.model.disclosure.TableShape;

/**
 * Reads one table region into a {@link Table}: money unit, header lines and 栏次, columns (named by the catalogue when it
 * knows them), rows by shape (subject rows, two sides, economic blocks, item rows), cells and notes.
 */
final class TableReader {

    private static final DisclosureFactory F = DisclosureFactory.eINSTANCE;
    private static final Pattern UNIT = Pattern.compile("单位\\s*[:：]\\s*(万\\s*元|万|元)");
    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注|附注)\\s*\\d?\\s*[:：]");
    private static final List<String> HEADER_WORDS = List.of("项目", "科目", "收入", "支出", "行次", "金额", "栏次", "合计", "小计",
            "本年", "上年", "年初", "年末", "预算", "决算", "\\d{4}年", "基本支出", "项目支出", "人员经费", "公用经费", "统计数", "单位名称",
            "部门预算", "政府预算", "经济分类", "功能分类", "一般公共预算", "政府性基金", "国有资本", "财政", "事业收入", "经营", "附属", "其他收入",
            "上缴", "对附属", "单位资金");
    private static final Pattern HEADER_WORD = Pattern.compile("^(" + String.join("|", HEADER_WORDS) + ").*");
    /** The first characters of {@link #HEADER_WORDS} (digits for the year): a text starting otherwise is no header word. */
    private static final String HEADER_STARTS = "0123456789"
            + HEADER_WORDS.stream().filter(w -> !w.startsWith("\\")).map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
    private static final Pattern ORDINAL_ITEM = Pattern.compile("^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\\d+[.、．])");

    private final SourceText source;
    private final Diagnostics diagnostics;
    private final boolean pipeFormat;

    TableReader(SourceText source, Diagnostics diagnostics, boolean pipeFormat) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.pipeFormat = pipeFormat;
    }

    Table read(TableRegion region) {
        Table table = F.createTable();
        table.setCatalogueCode(region.entry() == null ? null : region.entry().getCode());
        table.setPrintedCode(region.printedCode());
        table.setTitle(region.title());
        table.setFirstLine(region.from());
        String label = region.entry() != null ? region.entry().getCode() : "table '" + region.title() + "'";

        int firstGrid = TableLocator.firstGridLine(source, region.from(), region.to());
        table.setMoneyUnit(readUnit(region.from(), firstGrid < 0 ? region.to() : firstGrid + 1));

        List<GridLine> grid = new ArrayList<>();
        boolean notesStarted = false;
        int unreadGridLines = 0;
        int unreadFrom = 0;
        int lastLine = region.from();
        for (int i = Math.max(firstGrid, region.from()); firstGrid > 0 && i < region.to(); i++) {
            String raw = source.line(i);
            GridLine g = source.grid(i);
            if (g != null) {
                if (g.isEmpty()) {
                    continue;
                }
                if (notesStarted) {
                    if (unreadGridLines++ == 0) {
                        unreadFrom = i;
                    }
                    continue;
                }
                grid.add(g);
                lastLine = i;
            } else if (hasColon(raw) && NOTE.matcher(TitleText.normalize(raw)).lookingAt()) {
                TableNote note = F.createTableNote();
                note.setText(raw.strip());
                note.setLine(i);
                note.setSourceColumn(1);
                table.getNotes().add(note);
                notesStarted = true;
                lastLine = i;
            }
        }
        table.setLastLine(lastLine);
        if (unreadGridLines > 0) {
            diagnostics.info(Diagnostics.UNREAD_GRID, unreadFrom, label + ": " + unreadGridLines
                    + " table lines after the table notes were not read", source.line(unreadFrom).strip());
        }
        if (!grid.isEmpty()) {
            readGrid(table, region, grid, label);
        }
        return table;
    }

    /** A note says 注： / 说明: …: a line without a colon is not normalized to find out. */
    private static boolean hasColon(String line) {
        return line.indexOf(':') >= 0 || line.indexOf('：') >= 0;
    }

    private MoneyUnit readUnit(int from, int to) {
        for (int i = from; i < to; i++) {
            String line = source.line(i);
            // searched only on lines that say 单位 and have a colon
            Matcher m = line.contains("单位") && hasColon(line) ? UNIT.matcher(line) : null;
            if (m != null && m.find()) {
                String unit = m.group(1).replaceAll("\\s", "");
                if (unit.equals("万")) {
                    // "金额单位：万" with "元" wrapped onto the next line
                    return MoneyUnit.WAN_YUAN;
                }
                return unit.equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
            }
        }
        return MoneyUnit.WAN_YUAN;
    }

    private void readGrid(Table table, TableRegion region, List<GridLine> grid, String label) {
        List<GridLine> header = new ArrayList<>();
        List<GridLine> data = new ArrayList<>();
        GridLine numberLine = null;
        Set<String> headerTexts = new HashSet<>();
        // their lengths: a data line is joined into a text only when a header text is as long
        BitSet headerLengths = new BitSet();
        for (GridLine g : grid) {
            boolean dataStarted = !data.isEmpty();
            if (isColumnNumberLine(g)) {
                if (numberLine == null) {
                    numberLine = g;
                }
                continue;
            }
            int joinedLength = joinedLength(g);
            if (dataStarted && headerLengths.get(joinedLength) && headerTexts.contains(joinedText(g))) {
                continue; // header repeated after a page break
            }
            if (!dataStarted && !looksLikeData(g, !header.isEmpty()) || dataStarted && isHeaderOnly(g)) {
                if (!dataStarted || header.isEmpty()) {
                    header.add(g);
                }
                headerTexts.add(joinedText(g));
                headerLengths.set(joinedLength);
                continue;
            }
            data.add(g);
        }
        int width = 0;
        for (GridLine g : grid) {
            width = Math.max(width, g.size());
        }
        TableShape shape = region.entry() != null ? region.entry().getShape() : null;
        ColumnLayout layout = ColumnLayout.build(header, numberLine, width);
        List<Integer> blocks = economicBlocks(header);
        int boundary = sideBoundary(header, numberLine);
        if (blocks.size() >= 2) {
            shape = TableShape.ECONOMIC_BLOCKS;
        } else if (shape == TableShape.ECONOMIC_BLOCKS) {
            shape = TableShape.SUBJECT_ROWS;
        }
        if (shape == TableShape.TWO_SIDED && boundary <= 0) {
            shape = TableShape.ITEM_ROWS;
        }
        if (shape == null) {
            shape = boundary > 0 ? TableShape.TWO_SIDED
                    : layout.specs.stream().anyMatch(s -> s.role() == ColumnRole.SUBJECT_CODE) ? TableShape.SUBJECT_ROWS : TableShape.ITEM_ROWS;
        }
        ColumnMatcher matcher = new ColumnMatcher(region.entry());
        switch (shape) {
            case TWO_SIDED -> readTwoSided(table, layout.withSides(boundary), data, label, matcher);
            case ECONOMIC_BLOCKS -> readBlocks(table, layout, blocks, data, label, matcher);
            case SUBJECT_ROWS -> readSingle(table, layout.withDefaults(true), data, label, matcher, true);
            default -> readSingle(table, layout.withDefaults(false), data, label, matcher, false);
        }
    }

    private void readSingle(Table table, ColumnLayout layout, List<GridLine> data, String label, ColumnMatcher matcher, boolean subjects) {
        List<Column> columns = createColumns(table, layout.specs, matcher);
        RowAssembler.View view = view(layout.specs);
        boolean subjectRows = subjects && view.codeColumn() >= 0;
        // only subject rows have the code tree whose sums can decide between two readings of a cell
        ReadingResolver resolver = subjectRows ? new ReadingResolver(amountColumns(layout.specs, columns), diagnostics, label) : null;
        List<RowAssembler.AssembledRow> rows = new RowAssembler(view, subjectRows, pipeFormat, diagnostics, label, resolver).assemble(data);
        for (RowAssembler.AssembledRow r : rows) {
            table.getRows().add(toRow(r, layout.specs, columns, Side.NONE, label));
        }
    }

    private void readTwoSided(Table table, ColumnLayout layout, List<GridLine> data, String label, ColumnMatcher matcher) {
        List<Column> columns = createColumns(table, layout.specs, matcher);
        for (Side side : List.of(Side.INCOME, Side.EXPENDITURE)) {
            List<ColumnLayout.Spec> specs = layout.ofSide(side);
            RowAssembler.View view = view(specs);
            List<RowAssembler.AssembledRow> rows = new RowAssembler(view, false, pipeFormat, diagnostics, label + " " + side.getLiteral()).assemble(data);
            for (RowAssembler.AssembledRow r : rows) {
                if (r.name().isEmpty() && !r.hasValues()) {
                    continue; // an unused 行次 on one side of the form
                }
                table.getRows().add(toRow(r, layout.specs, columns, side, label));
            }
        }
    }

    /**
     * 公开06 / 表六: three or four side-by-side blocks of (code, name, amount). Every block is read as its own list and
     * mapped onto the columns of the first block, giving one list of economic-code rows; the totals line
     * (人员经费合计 … 公用经费合计 …) becomes total rows.
     */
    private void readBlocks(Table table, ColumnLayout layout, List<Integer> blocks, List<GridLine> data, String label, ColumnMatcher matcher) {
        int width = layout.specs.size();
        List<ColumnLayout.Spec> first = layout.specs.subList(blocks.get(0), blocks.get(1));
        List<Column> columns = createColumns(table, first, matcher);
        List<GridLine> totals = new ArrayList<>();
        List<GridLine> body = new ArrayList<>();
        for (GridLine g : data) {
            (isBlockTotals(g, blocks) ? totals : body).add(g);
        }
        for (int b = 0; b < blocks.size(); b++) {
            int start = blocks.get(b);
            int end = b + 1 < blocks.size() ? blocks.get(b + 1) : width;
            List<ColumnLayout.Spec> blockSpecs = new ArrayList<>();
            for (int i = start; i < end; i++) {
                ColumnLayout.Spec s = layout.specs.get(i);
                ColumnLayout.Spec logical = first.get(Math.min(i - start, first.size() - 1));
                blockSpecs.add(new ColumnLayout.Spec(i, s.headerPath(), s.number(), logical.role(), Side.NONE));
            }
            RowAssembler.View view = view(blockSpecs);
            List<RowAssembler.AssembledRow> rows = new RowAssembler(view, true, pipeFormat, diagnostics, label).assemble(body);
            for (RowAssembler.AssembledRow r : rows) {
                table.getRows().add(toBlockRow(r, start, first, columns, label));
            }
        }
        int amountIndex = firstAmount(first);
        for (GridLine g : totals) {
            readBlockTotals(table, g, columns, amountIndex, label);
        }
    }

    private void readBlockTotals(Table table, GridLine g, List<Column> columns, int amountIndex, String label) {
        for (int i = 0; i < g.size(); i++) {
            String text = RowAssembler.joinWrapped(g.text(i));
            if (!text.contains("合计")) {
                continue;
            }
            // OCR may split the label over two cells: 人员 | 经费合计
            String before = i > 0 ? RowAssembler.joinWrapped(g.text(i - 1)) : "";
            if (!before.isEmpty() && !before.contains("合计") && !before.matches(".*\\d.*")) {
                text = before + text;
            }
            Row row = F.createRow();
            row.setName(text);
            row.setLine(g.line());
            row.setLastLine(g.line());
            row.setSourceColumn(g.cell(i).column());
            GridLine.Cell amountCell = null;
            for (int j = i + 1; j < g.size() && !g.text(j).contains("合计"); j++) {
                if (!g.text(j).isEmpty()) {
                    amountCell = g.cell(j);
                    break;
                }
            }
            if (amountIndex >= 0) {
                Amount amount = Amount.read(amountCell == null ? "" : amountCell.text());
                row.getCells().add(cell(amount, columns.get(amountIndex), g.line(), amountCell == null ? 0 : amountCell.column(), row, label));
            }
            table.getRows().add(row);
        }
    }

    /** The line of 人员经费合计 / 公用经费合计: 合计 may stand in any block, or in the name cell of a block. */
    private static boolean isBlockTotals(GridLine g, List<Integer> blocks) {
        for (int i = 0; i < g.size(); i++) {
            if (g.normalized(i).contains("经费合计")) {
                return true;
            }
        }
        for (int start : blocks) {
            if (g.normalized(start).contains("合计")) {
                return true;
            }
        }
        return false;
    }

    private static int firstAmount(List<ColumnLayout.Spec> specs) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).role() == ColumnRole.AMOUNT) {
                return i;
            }
        }
        return -1;
    }

    private Row toBlockRow(RowAssembler.AssembledRow r, int blockStart, List<ColumnLayout.Spec> first, List<Column> columns, String label) {
        Row row = newRow(r, Side.NONE);
        for (int k = 0; k < first.size(); k++) {
            if (first.get(k).role() != ColumnRole.AMOUNT) {
                continue;
            }
            RowAssembler.PrintedAmount p = r.amount(blockStart + k);
            if (p != null) {
                row.getCells().add(cell(p.amount(), columns.get(k), p.line(), p.column(), row, label));
            }
        }
        return row;
    }

    private Row toRow(RowAssembler.AssembledRow r, List<ColumnLayout.Spec> specs, List<Column> columns, Side side, String label) {
        Row row = newRow(r, side);
        for (int k = 0; k < specs.size(); k++) {
            ColumnLayout.Spec spec = specs.get(k);
            if (spec.role() != ColumnRole.AMOUNT || spec.side() != Side.NONE && spec.side() != side) {
                continue;
            }
            RowAssembler.PrintedAmount p = r.amount(spec.index());
            if (p != null) {
                row.getCells().add(cell(p.amount(), columns.get(k), p.line(), p.column(), row, label));
            }
        }
        return row;
    }

    private static Row newRow(RowAssembler.AssembledRow r, Side side) {
        Row row = F.createRow();
        row.setSubjectCode(r.code);
        row.setName(r.name());
        row.setNumber(r.rowNumber);
        row.setLine(r.line);
        row.setLastLine(r.lastLine);
        row.setSourceColumn(r.sourceColumn);
        row.setSide(side);
        row.setLevel(level(r.code));
        return row;
    }

    private Cell cell(Amount amount, Column column, int line, int sourceColumn, Row row, String label) {
        Cell c = F.createCell();
        c.setColumn(column);
        c.setState(amount.state());
        c.setValue(amount.value());
        c.setRaw(amount.raw());
        c.setLine(line);
        c.setSourceColumn(sourceColumn);
        if (amount.state() == CellState.GARBLED && !amount.raw().contains(" / ")) {
            diagnostics.warning(Diagnostics.GARBLED_CELL, line, label + ": unreadable amount '" + amount.raw() + "' in row "
                    + describe(row) + ", column " + column.getName() + "; left unread", amount.raw());
        }
        return c;
    }

    private static String describe(Row row) {
        return row.getSubjectCode() != null ? row.getSubjectCode() + " " + row.getName() : row.getName();
    }

    private static SubjectLevel level(String code) {
        if (code == null) {
            return SubjectLevel.NONE;
        }
        return switch (code.length()) {
            case 3 -> SubjectLevel.CLASS;
            case 5 -> SubjectLevel.SECTION;
            case 7 -> SubjectLevel.ITEM;
            default -> SubjectLevel.NONE;
        };
    }

    private static List<Column> createColumns(Table table, List<ColumnLayout.Spec> specs, ColumnMatcher matcher) {
        List<Column> columns = new ArrayList<>();
        List<String> keys = matcher.keys(specs);
        for (int k = 0; k < specs.size(); k++) {
            ColumnLayout.Spec s = specs.get(k);
            Column c = F.createColumn();
            c.setIndex(k);
            c.setNumber(s.number());
            addPath(c, s.headerPath());
            c.setRole(s.role());
            c.setSide(s.side());
            c.setKey(keys.get(k));
            c.setName(keys.get(k) != null ? keys.get(k) : s.name());
            table.getColumns().add(c);
            columns.add(c);
        }
        return columns;
    }

    /** A header path is a unique list: without repeated words (the common case) it skips the duplicate check's copy. */
    private static void addPath(Column c, List<String> path) {
        if (!hasRepeats(path)) {
            ((InternalEList<String>) c.getHeaderPath()).addAllUnique(path);
        } else {
            c.getHeaderPath().addAll(path);
        }
    }

    private static boolean hasRepeats(List<String> path) {
        for (int i = 1; i < path.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (path.get(i).equals(path.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<ReadingResolver.AmountColumn> amountColumns(List<ColumnLayout.Spec> specs, List<Column> columns) {
        List<ReadingResolver.AmountColumn> amounts = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            if (specs.get(k).role() == ColumnRole.AMOUNT) {
                amounts.add(new ReadingResolver.AmountColumn(specs.get(k).index(), columns.get(k).getName(), columns.get(k).getKey()));
            }
        }
        return amounts;
    }

    private static RowAssembler.View view(List<ColumnLayout.Spec> specs) {
        int code = -1;
        int name = -1;
        int number = -1;
        List<ColumnLayout.Spec> amounts = new ArrayList<>();
        for (ColumnLayout.Spec s : specs) {
            switch (s.role()) {
                case SUBJECT_CODE -> code = code < 0 ? s.index() : code;
                case NAME -> name = name < 0 ? s.index() : name;
                case ROW_NUMBER -> number = number < 0 ? s.index() : number;
                case AMOUNT -> amounts.add(s);
                default -> {
                }
            }
        }
        return new RowAssembler.View(code, name, number, amounts);
    }

    /** 栏次 1 2 3 …, or a line of consecutive small integers only. */
    private static boolean isColumnNumberLine(GridLine g) {
        // the non-empty cells looked at in place: this is asked of every table line
        String first = null;
        String second = null;
        int texts = 0;
        boolean counting = true;
        for (int i = 0; i < g.size(); i++) {
            String t = g.normalized(i);
            if (t.isEmpty()) {
                continue;
            }
            texts++;
            if (first == null) {
                first = t;
            } else if (second == null) {
                second = t;
            }
            counting = counting && isNumeral(t, texts);
        }
        if (first == null) {
            return false;
        }
        if (first.startsWith("栏次") || second != null && first.startsWith("栏") && (first + second).startsWith("栏次")) {
            return true; // 栏 | 次 …: the word may be cut into two cells
        }
        return texts >= 3 && counting;
    }

    /** Whether the text is the decimal numeral of {@code n} (n >= 1), as {@code String.valueOf(n)} prints it. */
    private static boolean isNumeral(String t, int n) {
        if (t.isEmpty() || t.charAt(0) == '0') {
            return false;
        }
        for (int i = t.length() - 1; i >= 0; i--, n /= 10) {
            if (n == 0 || t.charAt(i) != '0' + n % 10) {
                return false;
            }
        }
        return n == 0;
    }

    /**
     * Before the first data line, everything else is header. Data is a line with an amount, a subject code, an ordinal
     * item (一、…) or a total label, or a lone item name under an existing header (因公出国（境）费 with no amounts).
     */
    private static boolean looksLikeData(GridLine g, boolean headerSeen) {
        int firstIndex = -1;
        int textCells = 0;
        for (int i = 0; i < g.size(); i++) {
            String t = g.normalized(i);
            if (t.isEmpty()) {
                continue;
            }
            if (firstIndex < 0) {
                firstIndex = i;
            }
            if ((t.contains(".") || t.contains(",")) && Amount.read(g.text(i)).isValue()) {
                return true;
            }
            if (!Amount.looksNumeric(t)) {
                textCells++;
            }
        }
        if (firstIndex < 0) {
            return false;
        }
        String first = g.normalized(firstIndex);
        if (Digits.isSubjectCode(first) || ORDINAL_ITEM.matcher(first).lookingAt()) {
            return true;
        }
        return textCells == 1 && firstIndex <= 1 && (first.contains("合计") || headerSeen && !isHeaderWord(first));
    }

    /** A line made only of header words (项目 行次 统计数 …); a lone word (支出) is more likely a wrapped name. */
    private static boolean isHeaderOnly(GridLine g) {
        int words = 0;
        for (int i = 0; i < g.size(); i++) {
            String t = g.normalized(i);
            if (t.isEmpty()) {
                continue;
            }
            // a number (no letter, so no 年 of 2024年) is never a header word: data lines end the loop here, without the expression
            if (t.length() > 30 || Amount.looksNumeric(t) || !isHeaderWord(t)) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    /** The length of {@link #joinedText}, without joining. */
    private static int joinedLength(GridLine g) {
        int length = 0;
        for (int i = 0; i < g.size(); i++) {
            length += g.normalized(i).length() + 1;
        }
        return length;
    }

    /** {@link #HEADER_WORD}, tried only on texts that start like one (most names do not). */
    private static boolean isHeaderWord(String t) {
        return !t.isEmpty() && HEADER_STARTS.indexOf(t.charAt(0)) >= 0 && HEADER_WORD.matcher(t).matches();
    }

    private static String joinedText(GridLine g) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < g.size(); i++) {
            sb.append(g.normalized(i)).append('|');
        }
        return sb.toString();
    }

    private static List<Integer> economicBlocks(List<GridLine> header) {
        for (GridLine h : header) {
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < h.size(); i++) {
                String t = h.normalized(i);
                if (t.equals("科目代码") || t.equals("科目编码") || t.equals("经济分类编码")) {
                    starts.add(i);
                }
            }
            if (starts.size() >= 2) {
                return starts;
            }
        }
        return List.of();
    }

    /** The first column of the expenditure side: the second 项目 (or 栏次) of the header. */
    private static int sideBoundary(List<GridLine> header, GridLine numberLine) {
        List<GridLine> lines = new ArrayList<>(header);
        if (numberLine != null) {
            lines.add(numberLine);
        }
        for (GridLine h : lines) {
            int count = 0;
            for (int i = 0; i < h.size(); i++) {
                String t = h.normalized(i);
                if (t.equals("项目") || t.equals("栏次")) {
                    if (++count == 2) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }
}
