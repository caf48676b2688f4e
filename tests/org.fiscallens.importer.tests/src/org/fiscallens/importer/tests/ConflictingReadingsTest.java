package org.fiscallens.importer.tests;

import static org.fiscallens.importer.tests.GoldenTablesTest.assertValue;
import static org.fiscallens.importer.tests.Seeds.cell;
import static org.fiscallens.importer.tests.Seeds.row;
import static org.fiscallens.importer.tests.Seeds.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.CellState;
import org.fiscallens.model.disclosure.Diagnostic;
import org.fiscallens.model.disclosure.DiagnosticSeverity;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.junit.jupiter.api.Test;

/**
 * Rows printed twice with different readings (an OCR overlay over the text layer) are read when the table's own sums
 * accept exactly one combination of readings, and left unread otherwise.
 */
class ConflictingReadingsTest {

    private static final String ANCHOR = "公开 03 表";

    /**
     * Seed 004 公开03, lines 220-239: 210, 21011, 2101101, 2101102, 2101502 and 2101504 are printed twice with
     * different amounts. The sums decide every one of them:
     * 合计 11,729.54 = 208 3,225.7 + 210 + 221 124.82 gives 210 = 8,379.02 (not 6,379.02), and 基本支出 1,566.92;
     * 210 = 21011 + 21015 8,064.15 gives 21011 = 314.87 (not 214.97); 21011 = Σ 项 gives 2101102 = 13.39 and, in
     * 基本支出, 2101101 = 68.57 (not 60.57); 21015 = Σ 项 (8,064.16 printed as 8,064.15: a rounding tail) gives
     * 2101504 = 44.5 (not 4.7) and 2101502 = 74.34 (not <b>5404</b>; in 项目支出 not 7121).
     */
    @Test
    void seed004ConflictingReadingsAreDecidedByTheTableSums() {
        Table t = table(Seeds.imported("004"), "公开03");
        int line210 = Seeds.line("004", ANCHOR, "210     | 卫生健康");
        int line21011 = Seeds.line("004", ANCHOR, "21011   | 单位医疗");
        int line2101101 = Seeds.line("004", ANCHOR, "2101101 | 医疗");
        int line2101102 = Seeds.line("004", ANCHOR, "2101102 | 医疗");
        int line2101502 = Seeds.line("004", ANCHOR, "2101502 | 管理事务");
        int line2101504 = Seeds.line("004", ANCHOR, "2101504 | 设");
        assertEquals(List.of(220, 223, 225, 227, 237, 239), List.of(line210, line21011, line2101101, line2101102, line2101502, line2101504));

        assertValue(row(t, "210"), "本年支出合计", "8379.02", line210);
        assertValue(row(t, "210"), "基本支出", "1566.92", line210);
        assertValue(row(t, "210"), "项目支出", "6812.1", line210);
        assertValue(row(t, "21011"), "本年支出合计", "314.87", line21011);
        assertValue(row(t, "21011"), "基本支出", "314.87", line21011);
        assertValue(row(t, "2101101"), "本年支出合计", "68.57", line2101101);
        assertValue(row(t, "2101101"), "基本支出", "68.57", line2101101);
        assertValue(row(t, "2101102"), "本年支出合计", "13.39", line2101102);
        assertValue(row(t, "2101102"), "基本支出", "13.39", line2101102);
        assertValue(row(t, "2101502"), "本年支出合计", "74.34", line2101502);
        assertValue(row(t, "2101502"), "项目支出", "74.34", line2101502);
        assertValue(row(t, "2101504"), "本年支出合计", "44.5", line2101504);
        assertValue(row(t, "2101504"), "项目支出", "44.5", line2101504);
        assertEquals("44.5", cell(row(t, "2101504"), "本年支出合计").getRaw());
        assertEquals("74.34", cell(row(t, "2101502"), "本年支出合计").getRaw());
    }

    @Test
    void seed004ResolutionsAreReportedWithTheRejectedReadingAndTheSumThatRejectsIt() {
        Submission s = Seeds.imported("004");
        List<Diagnostic> table03 = s.getDiagnostics().stream().filter(d -> d.getMessage().startsWith("公开03:")).toList();
        assertFalse(table03.stream().anyMatch(d -> "CONFLICTING_READINGS".equals(d.getCode())),
                "every conflict of 公开03 is decided by its sums");
        List<Diagnostic> resolved = table03.stream().filter(d -> "RESOLVED_READING".equals(d.getCode())).toList();
        assertEquals(10, resolved.size(), "210 ×2, 21011 ×2, 2101101 基本, 2101102 ×2, 2101502 ×2, 2101504 合计");
        assertTrue(resolved.stream().allMatch(d -> d.getSeverity() == DiagnosticSeverity.INFO));
        Diagnostic d21011 = resolved.stream()
                .filter(d -> d.getLine() == 223 && d.getMessage().contains("row 21011, column 本年支出合计")).findFirst().orElseThrow();
        assertTrue(d21011.getMessage().contains("read as 314.87 (line 223)"), d21011.getMessage());
        assertTrue(d21011.getMessage().contains("with 214.97 (line 222)"), d21011.getMessage());
        Diagnostic d2101504 = resolved.stream()
                .filter(d -> d.getMessage().contains("row 2101504, column 本年支出合计")).findFirst().orElseThrow();
        assertTrue(d2101504.getMessage().contains("read as 44.5 (line 239)") && d2101504.getMessage().contains("with 4.7 (line 238)")
                && d2101504.getMessage().contains("21015 = 2101501 + 2101502"), d2101504.getMessage());
    }

    /** The reviewer's record (seed-review.csv): with the chosen readings 21015 = Σ 项 holds as a rounding tail of 0.01. */
    @Test
    void seed004ChosenReadingsLeave21015AsAReviewerRoundingTail() {
        Table t = table(Seeds.imported("004"), "公开03");
        for (String column : List.of("本年支出合计", "项目支出")) {
            BigDecimal children = t.getRows().stream()
                    .filter(r -> r.getSubjectCode() != null && r.getSubjectCode().length() == 7 && r.getSubjectCode().startsWith("21015"))
                    .map(r -> cell(r, column)).filter(c -> c.getState() == CellState.VALUE).map(Cell::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, new BigDecimal("-0.01").compareTo(cell(row(t, "21015"), column).getValue().subtract(children)), column);
        }
    }

    /**
     * Two children of 21011 swap their readings (30/70 and 70/30): both combinations add up, so both rows stay unread.
     * In the same table 2101502 is printed as 40 and 46; 21015 = 10 + 40 decides it.
     */
    @Test
    void aConflictTheSumsCannotDecideStaysUnread() {
        String text = String.join("\n",
                "## 支出决算表",
                "",
                "公开 03 表 单位:万元",
                "",
                "| 科目代码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |",
                "|---------|---------|---------|---------|---------|",
                "| 栏次 | | 1 | 2 | 3 |",
                "| 合计 | | 150.00 | 110.00 | 40.00 |",
                "| 210 | 卫生健康支出 | 150.00 | 110.00 | 40.00 |",
                "| 21011 | 行政事业单位医疗 | 100.00 | 100.00 | |",
                "| 2101101 | 行政单位 | 30.00 | 30.00 | |",
                "| 2101101 | 医疗 | 70.00 | 70.00 | |",
                "| 2101102 | 事业单位 | 70.00 | 70.00 | |",
                "| 2101102 | 医疗 | 30.00 | 30.00 | |",
                "| 21015 | 医疗保障管理事务 | 50.00 | 10.00 | 40.00 |",
                "| 2101501 | 行政运行 | 10.00 | 10.00 | |",
                "| 2101502 | 一般行政 | 40.00 | | 40.00 |",
                "| 2101502 | 管理事务 | 46.00 | | 46.00 |",
                "");
        Submission s = new DisclosureImporter().importBytes("swapped.txt", text.getBytes(StandardCharsets.UTF_8));
        Table t = table(s, "公开03");
        for (String code : List.of("2101101", "2101102")) {
            for (String column : List.of("本年支出合计", "基本支出")) {
                Cell c = cell(row(t, code), column);
                assertEquals(CellState.GARBLED, c.getState(), code + " / " + column);
                assertNull(c.getValue());
            }
        }
        assertEquals("30.00 / 70.00", cell(row(t, "2101101"), "本年支出合计").getRaw());
        assertTrue(s.getDiagnostics().stream().anyMatch(d -> "CONFLICTING_READINGS".equals(d.getCode()) && d.getLine() == 12
                && d.getMessage().contains("row 2101101") && d.getMessage().contains("30.00 (line 11) vs 70.00 (line 12)")));
        assertTrue(s.getDiagnostics().stream().anyMatch(d -> "CONFLICTING_READINGS".equals(d.getCode()) && d.getLine() == 14));

        Row decided = row(t, "2101502");
        assertValue(decided, "本年支出合计", "40.00", 17);
        assertValue(decided, "项目支出", "40.00", 17);
        assertTrue(s.getDiagnostics().stream().anyMatch(d -> "RESOLVED_READING".equals(d.getCode()) && d.getLine() == 18
                && d.getMessage().contains("with 46.00 (line 18)")));
    }
}
