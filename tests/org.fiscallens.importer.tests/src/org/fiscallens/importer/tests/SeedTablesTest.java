package org.fiscallens.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.CellState;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.SourceFormat;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which tables are found in each seed, and that every amount read is the text printed on its source line. */
class SeedTablesTest {

    private static final List<String> FINAL_TABLES = List.of("公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07",
            "公开08", "公开09", "公开10");

    @Test
    void seed000HasTheTenNationalTables() {
        assertEquals(FINAL_TABLES, codes(Seeds.imported("000")));
    }

    @Test
    void seed001HasTheTenNationalTables() {
        assertEquals(FINAL_TABLES, codes(Seeds.imported("001")));
    }

    @Test
    void seed002HasTheTenNationalTables() {
        assertEquals(FINAL_TABLES, codes(Seeds.imported("002")));
    }

    @Test
    void seed003HasTheThirteenBudgetTables() {
        assertEquals(List.of("表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十", "表十一", "表十二", "表十三"),
                codes(Seeds.imported("003")));
    }

    @Test
    void seed004HasTheProvincialVariantWithElevenTables() {
        assertEquals(List.of("公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09", "公开10a",
                "公开11"), codes(Seeds.imported("004")));
        assertEquals("公开 10 表 单位:万元", Seeds.table(Seeds.imported("004"), "公开10a").getPrintedCode());
    }

    @Test
    void metadataOfEverySeed() {
        Submission s0 = Seeds.imported("000");
        assertEquals("山西省医疗保障局", s0.getUnitName());
        assertEquals(2024, s0.getYear());
        assertEquals(DisclosureKind.FINAL, s0.getKind());
        assertEquals(Scope.DEPARTMENT, s0.getScope());
        assertEquals(SourceFormat.TAB_SEPARATED, s0.getSource().getFormat());
        assertEquals("UTF-8", s0.getSource().getEncoding());
        assertEquals(64, s0.getSource().getSha256().length());

        Submission s1 = Seeds.imported("001");
        assertEquals("吕梁市离石区医疗保障局", s1.getUnitName());
        assertEquals(Scope.UNIT, s1.getScope());
        Submission s2 = Seeds.imported("002");
        assertEquals("阳泉市医疗保障局", s2.getUnitName());
        assertEquals(2023, s2.getYear());
        Submission s3 = Seeds.imported("003");
        assertEquals("汾阳市医疗保障局", s3.getUnitName());
        assertEquals(DisclosureKind.BUDGET, s3.getKind());
        assertEquals(Scope.UNIT, s3.getScope());
        Submission s4 = Seeds.imported("004");
        assertEquals("青海省医疗保障局", s4.getUnitName());
        assertEquals(SourceFormat.MARKDOWN_PIPE, s4.getSource().getFormat());
    }

    /**
     * Every cell read as a value must be printed on its source line, and the printed text must mean that value: no
     * amount is invented, shifted to another line or taken from a ghost row.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyValueIsThePrintedTextOfItsSourceLine(String seed) {
        Submission s = Seeds.imported(seed);
        List<String> lines = Seeds.lines(seed);
        int checked = 0;
        for (Table t : s.getTables()) {
            for (Row r : t.getRows()) {
                for (Cell c : r.getCells()) {
                    if (c.getState() != CellState.VALUE) {
                        continue;
                    }
                    String line = lines.get(c.getLine() - 1);
                    assertTrue(line.contains(c.getRaw()), () -> t.getCatalogueCode() + " " + r.getName() + ": '" + c.getRaw()
                            + "' not on line " + c.getLine());
                    assertEquals(c.getRaw(), line.substring(c.getSourceColumn() - 1, c.getSourceColumn() - 1 + c.getRaw().length()),
                            "source column of " + c.getRaw());
                    BigDecimal printed = new BigDecimal(c.getRaw().replace(",", "").replaceAll("\\s", ""));
                    assertEquals(0, printed.compareTo(c.getValue()), c.getRaw());
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " values read from seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void rowsNeverCarryGarbageNames(String seed) {
        Pattern plausible = Pattern.compile("[\\p{IsHan}（）()“”\"、.，:：0-9\\-·/①②③④⑤⑥⑦⑧⑨⑩]*");
        for (Table t : Seeds.imported(seed).getTables()) {
            for (Row r : t.getRows()) {
                assertNotNull(r.getName());
                assertTrue(plausible.matcher(r.getName()).matches(), t.getCatalogueCode() + " row name '" + r.getName() + "'");
            }
        }
    }

    @Test
    void emptyTablesKeepTheirNoDataNote() {
        Table t = Seeds.table(Seeds.imported("000"), "公开07");
        assertTrue(t.getNotes().stream().anyMatch(n -> n.getText().contains("本表无数据") && n.getLine() == 379));
        Row total = Seeds.row(t, "合计");
        assertTrue(total.getCells().stream().allMatch(c -> c.getState() == CellState.BLANK));
        assertNull(total.getSubjectCode());
    }

    static List<String> codes(Submission s) {
        return s.getTables().stream().map(Table::getCatalogueCode).toList();
    }
}
