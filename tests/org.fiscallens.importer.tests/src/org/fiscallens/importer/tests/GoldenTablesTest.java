package org.fiscallens.importer.tests;

import static org.fiscallens.importer.tests.Seeds.cell;
import static org.fiscallens.importer.tests.Seeds.row;
import static org.fiscallens.importer.tests.Seeds.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.CellState;
import org.fiscallens.model.disclosure.MoneyUnit;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Side;
import org.fiscallens.model.disclosure.SubjectLevel;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.junit.jupiter.api.Test;

/** Expectations written from the source lines of the seeds (line numbers are those of the seed files). */
class GoldenTablesTest {

    @Test
    void seed000IncomeTableRowsAndCells() {
        Table t = table(Seeds.imported("000"), "公开02");
        assertEquals(27, t.getRows().size(), "合计 and the 26 subject rows of lines 156-181");
        assertEquals(MoneyUnit.WAN_YUAN, t.getMoneyUnit());
        assertValue(row(t, "2101501"), "本年收入合计", "1956.92", 177);
        assertValue(row(t, "2101501"), "财政拨款收入", "1956.92", 177);
        assertValue(row(t, "合计"), "本年收入合计", "8273.48", Seeds.line("000", "公开02表", "合计"));
        assertValue(row(t, "合计"), "其他收入", "0.05", Seeds.line("000", "公开02表", "合计"));
        assertValue(row(t, "210"), "本年收入合计", "7820.84", Seeds.line("000", "公开02表", "210\t"));
        assertEquals("卫生健康支出", row(t, "210").getName());
        assertEquals(SubjectLevel.CLASS, row(t, "210").getLevel());
        assertEquals(SubjectLevel.SECTION, row(t, "21015").getLevel());
        assertEquals(SubjectLevel.ITEM, row(t, "2101501").getLevel());
        assertEquals(CellState.BLANK, cell(row(t, "2101501"), "上级补助收入").getState());
        assertEquals(List.of("本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"),
                t.getColumns().stream().filter(c -> c.getKey() != null).map(c -> c.getKey()).toList());
        assertEquals("1", t.getColumns().get(2).getNumber(), "栏次 of 本年收入合计");
    }

    @Test
    void seed000ExpenditureHeaderSplitBySpacesIsOneColumn() {
        Table t = table(Seeds.imported("000"), "公开03");
        assertTrue(t.getColumns().stream().anyMatch(c -> "上缴上级支出".equals(c.getKey())));
        assertTrue(t.getColumns().stream().anyMatch(c -> "对附属单位补助支出".equals(c.getKey())));
        assertValue(row(t, "21015"), "基本支出", "1927.57", Seeds.line("000", "公开03表", "21015\t"));
        assertValue(row(t, "21015"), "项目支出", "3572.03", Seeds.line("000", "公开03表", "21015\t"));
        assertValue(row(t, "合计"), "本年支出合计", "7140.06", Seeds.line("000", "公开03表", "合计"));
        assertEquals(26, t.getRows().size());
    }

    @Test
    void seed000TwoSidedSummaryIsSplitIntoIncomeAndExpenditureRows() {
        Table t = table(Seeds.imported("000"), "公开01");
        List<Row> income = t.getRows().stream().filter(r -> r.getSide() == Side.INCOME).toList();
        List<Row> expenditure = t.getRows().stream().filter(r -> r.getSide() == Side.EXPENDITURE).toList();
        assertEquals(12, income.size(), "rows 1-8, 27, 28, 29, 31");
        assertEquals(30, expenditure.size(), "rows 32-60 and 62");
        Row general = income.get(0);
        assertEquals("1", general.getNumber());
        assertEquals("一、一般公共预算财政拨款收入", general.getName());
        assertValue(general, "收入金额", "8273.42", 108);
        Row health = expenditure.stream().filter(r -> "40".equals(r.getNumber())).findFirst().orElseThrow();
        assertEquals("九、卫生健康支出", health.getName());
        assertValue(health, "支出金额", "6687.42", 116);
        Row totalIn = income.stream().filter(r -> "31".equals(r.getNumber())).findFirst().orElseThrow();
        Row totalOut = expenditure.stream().filter(r -> "62".equals(r.getNumber())).findFirst().orElseThrow();
        assertValue(totalIn, "收入金额", "9353.52", 139);
        assertValue(totalOut, "支出金额", "9353.52", 139);
        assertTrue(income.stream().allMatch(r -> r.getCells().stream().allMatch(c -> c.getColumn().getSide() == Side.INCOME)));
    }

    @Test
    void seed000FiscalSummaryHasColumnsPerFundOnTheExpenditureSide() {
        Table t = table(Seeds.imported("000"), "公开04");
        Row total = t.getRows().stream().filter(r -> "59".equals(r.getNumber())).findFirst().orElseThrow();
        assertEquals("本年支出合计", total.getName());
        assertValue(total, "支出合计", "7135.90", Seeds.line("000", "公开04表", "本年收入合计"));
        assertValue(total, "一般公共预算财政拨款", "7135.90", Seeds.line("000", "公开04表", "本年收入合计"));
        assertEquals(CellState.BLANK, cell(total, "政府性基金预算财政拨款").getState());
        Row carried = t.getRows().stream().filter(r -> "28".equals(r.getNumber())).findFirst().orElseThrow();
        assertValue(carried, "收入金额", "1073.76", Seeds.line("000", "公开04表", "年初财政拨款结转和结余"));
    }

    @Test
    void seed000EconomicBlocksBecomeOneListOfEconomicRows() {
        Table t = table(Seeds.imported("000"), "公开06");
        List<String> codes = t.getRows().stream().map(Row::getSubjectCode).filter(c -> c != null).toList();
        assertEquals(Set.copyOf(codes).size(), codes.size(), "every economic code once");
        assertEquals("301", codes.get(0));
        assertTrue(codes.indexOf("30399") < codes.indexOf("302"), "block 1 (人员经费) before block 2");
        assertTrue(codes.containsAll(List.of("30217", "30231", "309", "31013", "399", "39999")));
        assertEquals(110, codes.size(), "every code printed in the four blocks of lines 333-361");
        assertValue(row(t, "30217"), "决算数", "0.95", Seeds.line("000", "公开06表", "30302\t"));
        assertValue(row(t, "30231"), "决算数", "5.20", Seeds.line("000", "公开06表", "30310\t"));
        assertValue(row(t, "30101"), "决算数", "560.55", Seeds.line("000", "公开06表", "30101\t"));
        assertEquals(CellState.PLACEHOLDER, cell(row(t, "30901"), "决算数").getState());
        assertEquals("———", cell(row(t, "30901"), "决算数").getRaw());
        assertValue(row(t, "人员经费合计"), "决算数", "2241.97", Seeds.line("000", "公开06表", "人员经费合计"));
        assertValue(row(t, "公用经费合计"), "决算数", "358.06", Seeds.line("000", "公开06表", "人员经费合计"));
        assertEquals(1, t.getColumns().stream().filter(c -> "决算数".equals(c.getKey())).count(), "one logical amount column");
    }

    @Test
    void seed000ThreePublicExpensesAndStatistics() {
        Table t = table(Seeds.imported("000"), "公开09");
        Row r = t.getRows().get(0);
        assertValue(r, "预算合计", "6.15", Seeds.line("000", "公开09表", "6.15"));
        assertValue(r, "预算公务用车运行维护费", "5.20", Seeds.line("000", "公开09表", "6.15"));
        assertValue(r, "决算公务接待费", "0.95", Seeds.line("000", "公开09表", "6.15"));
        assertEquals(CellState.BLANK, cell(r, "决算因公出国(境)费").getState());

        Table stats = table(Seeds.imported("000"), "公开10");
        assertValue(row(stats, "合计"), "统计数", "85.17", Seeds.line("000", "公开10表", "合计\t1"));
        Row vehicles = stats.getRows().stream().filter(x -> "7".equals(x.getNumber())).findFirst().orElseThrow();
        assertEquals("（一）车辆数合计（辆）", vehicles.getName());
        assertValue(vehicles, "统计数", "2", Seeds.line("000", "公开10表", "（一）车辆数合计"));
    }

    @Test
    void seed001WrappedNamesInsideCellsAndBoldTotals() {
        Submission s = Seeds.imported("001");
        Table income = table(s, "公开02");
        assertEquals("社会保障和就业支出", row(income, "208").getName());
        assertEquals("其他医疗保障管理事务支出", row(income, "2101599").getName());
        assertValue(row(income, "合计"), "本年收入合计", "194.91", Seeds.line("001", "公开02", "合计"));
        Table summary = table(s, "公开01");
        Row total = summary.getRows().stream().filter(r -> "27".equals(r.getNumber())).findFirst().orElseThrow();
        assertValue(total, "收入金额", "194.91", Seeds.line("001", "公开01表", "<b>本年收入合计"));
    }

    @Test
    void seed002ThousandsSeparators() {
        Table t = table(Seeds.imported("002"), "公开05");
        assertValue(row(t, "208"), "小计", "2451.12", Seeds.line("002", "公开05表", "208\t"));
        assertEquals("2,451.12", cell(row(t, "208"), "小计").getRaw());
        assertEquals("人力资源和社会保障管理事务", row(table(Seeds.imported("002"), "公开02"), "20801").getName());
    }

    @Test
    void seed003BudgetTables() {
        Submission s = Seeds.imported("003");
        Table summary = table(s, "表一");
        Row generalBudget = summary.getRows().stream().filter(r -> r.getSide() == Side.INCOME).findFirst().orElseThrow();
        assertEquals("一、一般公共预算", generalBudget.getName());
        assertValue(generalBudget, "收入金额", "1867.77", Seeds.line("003", "预算公开表1", "一、一般公共预算"));
        Row health = summary.getRows().stream().filter(r -> "十、卫生健康支出".equals(r.getName())).findFirst().orElseThrow();
        assertEquals(Side.EXPENDITURE, health.getSide());
        assertValue(health, "支出合计", "1852.71", Seeds.line("003", "预算公开表1", "十、卫生健康支出"));
        assertValue(health, "当年预算安排", "1852.71", Seeds.line("003", "预算公开表1", "十、卫生健康支出"));

        Table expenditure = table(s, "表三");
        assertEquals(18, expenditure.getRows().size());
        assertValue(row(expenditure, "21013"), "项目支出", "1406.96", Seeds.line("003", "2024年预算支出总表", "21013\t"));

        Table economic = table(s, "表六");
        assertValue(row(economic, "公务用车运行维护费"), "公用经费", "7.50", Seeds.line("003", "基本支出分经济科目表", "公务用车运行维护费"));
        assertValue(row(economic, "合计"), "人员经费", "60.42", Seeds.line("003", "基本支出分经济科目表", "合计\t\t74.55"));

        Table projects = table(s, "表十二");
        assertEquals(12, projects.getRows().size());
        assertValue(row(projects, "2024年省级财政医疗救助补助资金"), "一般公共预算", "744.32", Seeds.line("003", "项目支出预算表（本年预算）", "2024年省级财政医疗救助补助资金"));

        assertTrue(table(s, "表七").getNotes().stream().anyMatch(n -> n.getText().contains("本表无数据")));
        assertEquals("部门公开表9", table(s, "表九").getPrintedCode());
    }

    @Test
    void seed004WrappedNamesAcrossLinesAndPages() {
        Submission s = Seeds.imported("004");
        Table income = table(s, "公开02");
        assertEquals("机关事业单位基本养老保险缴费支出", row(income, "2080505").getName());
        assertEquals("机关事业单位职业年金缴费支出", row(income, "2080506").getName());
        assertEquals("军队移交政府的离退休人员安置", row(income, "2080902").getName());
        assertEquals("军队转业干部安置", row(income, "2080905").getName());
        assertEquals("医疗保障管理事务", row(income, "21015").getName());
        assertValue(row(income, "21015"), "本年收入合计", "6987.78", Seeds.line("004", "公开 02 表", "21015 "));
        assertValue(row(income, "2080506"), "本年收入合计", "67.81", Seeds.line("004", "公开 02 表", "2080506 "));

        Table summary = table(s, "公开01");
        Row grain = summary.getRows().stream().filter(r -> "51".equals(r.getNumber())).findFirst().orElseThrow();
        assertEquals("二十、粮油物资储备支出", grain.getName());
        Row incomeTotal = summary.getRows().stream().filter(r -> "27".equals(r.getNumber())).findFirst().orElseThrow();
        assertValue(incomeTotal, "收入金额", "10656.73", Seeds.line("004", "公开 01 表", "本年收入合计"));
        assertEquals(Side.INCOME, incomeTotal.getSide());
    }

    @Test
    void seed004GhostRowsAreDiagnosticsNotValues() {
        Submission s = Seeds.imported("004");
        // lines printed by the OCR overlay with an impossible subject code (out of order or unreadable)
        Set<Integer> ghostLines = Set.of(149, 155, 171, 176, 209, 216, 219);
        for (int line : ghostLines) {
            assertTrue(s.getDiagnostics().stream().anyMatch(d -> "GHOST_ROW".equals(d.getCode()) && d.getLine() == line),
                    "ghost row at line " + line + " reported");
        }
        for (Table t : s.getTables()) {
            for (Row r : t.getRows()) {
                assertFalse(r.getSubjectCode() != null
                        && Set.of("20000", "2000703", "21013", "2101307", "20800").contains(r.getSubjectCode()),
                        t.getCatalogueCode() + " has ghost row " + r.getSubjectCode());
                for (Cell c : r.getCells()) {
                    if (c.getState() == CellState.VALUE) {
                        assertFalse(ghostLines.contains(c.getLine()), t.getCatalogueCode() + " value from ghost line " + c.getLine());
                    }
                }
            }
        }
        // 1.064.05 and 7.202.65 are never values
        Table income = table(s, "公开02");
        assertValue(row(income, "210"), "本年收入合计", "7302.65", 157);
        assertEquals("卫生健康支出", row(income, "210").getName());
    }

    @Test
    void seed004GarbledReadingOfARowPrintedTwiceStaysUnread() {
        // 20806 is printed twice (lines 208/209) but the second printing's code is misread (20800): a ghost, not a
        // second reading, so its 1,036.07 does not replace the garbled 基本支出 "1 026 07" (conflicts: ConflictingReadingsTest)
        Table t = table(Seeds.imported("004"), "公开03");
        Cell garbled = cell(row(t, "20806"), "基本支出");
        assertEquals(CellState.GARBLED, garbled.getState());
        assertEquals("1 026 07", garbled.getRaw());
        assertValue(row(t, "20806"), "本年支出合计", "1036.07", 208);
    }

    @Test
    void seed004ProvincialVariantTables() {
        Submission s = Seeds.imported("004");
        Table running = table(s, "公开10a");
        assertValue(row(running, "合计"), "机关运行经费支出决算数", "161.08", Seeds.line("004", "公开 10 表", "合计"));
        assertValue(row(running, "30217"), "机关运行经费支出决算数", "0.6", Seeds.line("004", "公开 10 表", "30217"));
        Table procurement = table(s, "公开11");
        assertEquals(6, procurement.getRows().size());
        Row total = procurement.getRows().get(0);
        assertEquals("1", total.getNumber());
        assertValue(total, "金额", "109.8", Seeds.line("004", "公开 11 表", "(一) 政府采购支出合计"));
    }

    static void assertValue(Row row, String column, String expected, int line) {
        Cell c = cell(row, column);
        assertEquals(CellState.VALUE, c.getState(), row.getName() + " / " + column + " raw '" + c.getRaw() + "'");
        assertEquals(0, new BigDecimal(expected).compareTo(c.getValue()), row.getName() + " / " + column);
        assertEquals(line, c.getLine(), row.getName() + " / " + column + " line");
    }
}
