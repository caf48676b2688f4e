package org.fiscallens.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fiscallens.model.catalogue.TableCatalogue;
import org.fiscallens.model.catalogue.TitleText;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.TableShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableCatalogueTest {

    private final TableCatalogue catalogue = TableCatalogue.standard();

    @Test
    void standardCatalogueHasEveryFinalAndBudgetTable() {
        List<String> finals = catalogue.entries(DisclosureKind.FINAL).stream().map(CatalogueEntry::getCode).toList();
        List<String> budgets = catalogue.entries(DisclosureKind.BUDGET).stream().map(CatalogueEntry::getCode).toList();
        assertEquals(List.of("公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09", "公开10",
                "公开10a", "公开11"), finals);
        assertEquals(List.of("表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十", "表十一", "表十二",
                "表十三"), budgets);
    }

    @Test
    void entriesCarryShapeRequiredFlagAndColumns() {
        CatalogueEntry expenditure = catalogue.byCode("公开03").orElseThrow();
        assertEquals(TableShape.SUBJECT_ROWS, expenditure.getShape());
        assertTrue(expenditure.isRequired());
        assertEquals(List.of("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"),
                expenditure.getColumns().stream().map(c -> c.getKey()).toList());
        assertEquals(TableShape.TWO_SIDED, catalogue.byCode("公开01").orElseThrow().getShape());
        assertEquals(TableShape.ECONOMIC_BLOCKS, catalogue.byCode("公开06").orElseThrow().getShape());
        assertFalse(catalogue.byCode("公开11").orElseThrow().isRequired());
    }

    @Test
    void printedCodesAreResolvedWhateverTheSpacing() {
        assertEquals("公开01", code(catalogue.byPrintedCode("公开 01 表", DisclosureKind.FINAL)));
        assertEquals("公开02", code(catalogue.byPrintedCode("公开02", DisclosureKind.FINAL)));
        assertEquals("公开03", code(catalogue.byPrintedCode("公开 03 表 单位:万元", DisclosureKind.FINAL)));
        assertEquals("表一", code(catalogue.byPrintedCode("预算公开表1", DisclosureKind.BUDGET)));
        assertEquals("表九", code(catalogue.byPrintedCode("部门公开表9", DisclosureKind.BUDGET)));
        assertEquals("表十", code(catalogue.byPrintedCode("预算公开表10", null)));
        assertEquals("表十三", code(catalogue.byPrintedCode("表十三", null)));
        assertEquals("表三", code(catalogue.byPrintedCode("表3", null)));
    }

    @Test
    void titlesAreMatchedWithTraditionalCharactersYearsAndOrdinals() {
        assertEquals("公开02", code(catalogue.byTitle("收入決算表")));
        assertEquals("公开03", code(catalogue.byTitle("## 支出决算表")));
        assertEquals("公开09", code(catalogue.byTitle("财政拨款\"三公\"经费支出决算表")));
        assertEquals("表五", code(catalogue.byTitle("2024年一般公共预算支出预算表（不含上年结转）")));
        assertEquals("表十二", code(catalogue.byTitle("2024年项目支出预算表（本年预算）")));
        assertEquals("表十三", code(catalogue.byTitle("2024年项目支出预算表（上年结转）")));
        assertEquals("公开10a", code(catalogue.byTitle("机关运行经费支出情况表")));
        assertTrue(catalogue.byTitle("一、收入支出决算总体情况说明").isEmpty(), "a narrative heading is not a table title");
    }

    @Test
    void lookupAcceptsCodesAliasesAndTitles() {
        assertEquals("公开04", code(catalogue.lookup("公开04")));
        assertEquals("公开04", code(catalogue.lookup("公开04表")));
        assertEquals("公开04", code(catalogue.lookup("财政拨款收入支出决算总表")));
        assertEquals("表六", code(catalogue.lookup("表六")));
    }

    @Test
    void normalizationRemovesSpacesQuotesAndOrdinals() {
        assertEquals("上缴上级支出", TitleText.normalize("上缴 上级 支出"));
        assertEquals("决算表", TitleText.normalize("決算表"));
        assertEquals("收入支出决算总表", TitleText.normalizeTitle("一、收入支出决算总表"));
        assertEquals("预算收支总表", TitleText.normalizeTitle("2024年预算收支总表"));
    }

    @Test
    void aUsersEditedCopyIsLoadedFromAFile(@TempDir Path dir) throws Exception {
        String xmi = """
                <?xml version="1.0" encoding="UTF-8"?>
                <disclosure:Catalogue xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:disclosure="http://fiscallens.org/model/disclosure/1.0">
                  <entries code="公开12" kind="final" title="政府购买服务支出情况表" shape="ITEM_ROWS" required="false">
                    <titlePatterns>政府购买服务支出(情况)?表</titlePatterns>
                    <columns key="金额"><headerPatterns>金额</headerPatterns></columns>
                  </entries>
                </disclosure:Catalogue>
                """;
        Path file = dir.resolve("tables.xmi");
        Files.writeString(file, xmi);
        TableCatalogue mine = TableCatalogue.load(file);
        assertEquals(1, mine.entries().size());
        assertEquals("公开12", code(mine.byTitle("政府购买服务支出表")));
    }

    private static String code(java.util.Optional<CatalogueEntry> entry) {
        return entry.map(CatalogueEntry::getCode).orElse(null);
    }
}
