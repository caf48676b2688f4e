package org.fiscallens.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.ClaimKind;
import org.fiscallens.model.disclosure.Direction;
import org.fiscallens.model.disclosure.Section;
import org.fiscallens.model.disclosure.Submission;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Claims of 第三部分 情况说明, checked against the sentences of the seeds. */
class NarrativeClaimsTest {

    @Test
    void seed000OverallSectionWithTheContradictoryDecrease() {
        Section overall = section(Seeds.imported("000"), "收入支出决算总体情况说明");
        int line = Seeds.line("000", "第三部分 情况说明", "2024年度收入总计");
        assertEquals(14, overall.getClaims().size(), "every number of the paragraph at line " + line);
        assertClaim(overall.getClaims().get(0), ClaimKind.AMOUNT, "收入总计", "9353.52", Direction.NONE, line);
        assertClaim(overall.getClaims().get(2), ClaimKind.CHANGE, "收入总计", "1060.98", Direction.DECREASE, line);
        assertClaim(overall.getClaims().get(3), ClaimKind.RATE, "收入总计", "10.19", Direction.DECREASE, line);
        Claim contradictory = overall.getClaims().get(13);
        assertEquals("-1095.12万元", contradictory.getRaw());
        assertClaim(contradictory, ClaimKind.CHANGE, contradictory.getLabel(), "-1095.12", Direction.DECREASE, line);
        assertTrue(contradictory.getSentence().contains("减少-1095.12万元"));
    }

    @Test
    void seed000SharesKeepTheLabelOfTheirAmount() {
        Section structure = section(Seeds.imported("000"), "一般公共预算财政拨款支出决算结构情况");
        int line = Seeds.line("000", "第三部分 情况说明", "社会保障和就业支出(类)");
        assertClaim(structure.getClaims().get(1), ClaimKind.AMOUNT, "社会保障和就业支出(类)", "452.64", Direction.NONE, line);
        assertClaim(structure.getClaims().get(2), ClaimKind.PERCENT, "社会保障和就业支出(类)", "6.34", Direction.NONE, line);
        assertEquals(5, structure.getClaims().size());
    }

    @Test
    void seed000BasicSpendingItemsAndThreePublicCounts() {
        Submission s = Seeds.imported("000");
        Section basic = section(s, "一般公共预算财政拨款基本支出决算情况说明");
        assertEquals(37, basic.getClaims().size(), "基本支出, 人员经费 + 17 items, 公用经费 + 17 items");
        Claim reception = basic.getClaims().stream().filter(c -> "公务接待费".equals(c.getLabel())).findFirst().orElseThrow();
        assertClaim(reception, ClaimKind.AMOUNT, "公务接待费", "0.95", Direction.NONE, Seeds.line("000", "六、一般公共预算财政拨款基本支出决算情况说明", "公用经费358.06万元"));
        assertTrue(basic.getClaims().stream().anyMatch(c -> "维修（护）费".equals(c.getLabel())));

        Section details = section(s, "“三公”经费财政拨款支出决算具体情况说明");
        int line = Seeds.line("000", "（二）“三公”经费财政拨款支出决算具体情况说明", "4、公务接待费支出");
        List<Claim> counts = details.getClaims().stream().filter(c -> c.getKind() == ClaimKind.COUNT && c.getLine() == line).toList();
        assertEquals("批次", counts.get(0).getUnit());
        assertEquals(0, new BigDecimal("12").compareTo(counts.get(0).getValue()));
        assertEquals("人次", counts.get(1).getUnit());
        assertEquals(0, new BigDecimal("77").compareTo(counts.get(1).getValue()));
        Claim vehicles = details.getClaims().stream().filter(c -> "辆".equals(c.getUnit()) && c.getValue().intValue() == 2).findFirst().orElseThrow();
        assertTrue(vehicles.getLabel().contains("公务用车保有量"));
    }

    @Test
    void seed000UnchangedItemsAreFlatChanges() {
        Section overall = section(Seeds.imported("000"), "“三公”经费财政拨款支出决算总体情况说明");
        Claim flat = overall.getClaims().stream().filter(c -> c.getDirection() == Direction.FLAT).findFirst().orElseThrow();
        assertEquals("与上年相同", flat.getRaw());
        assertEquals("因公出国（境）费支出", flat.getLabel());
        Claim increase = overall.getClaims().stream().filter(c -> c.getKind() == ClaimKind.CHANGE && c.getDirection() == Direction.INCREASE
                && c.getValue().compareTo(new BigDecimal("0.33")) == 0).findFirst().orElseThrow();
        assertEquals("公务用车运行维护费支出", increase.getLabel());
    }

    @Test
    void seed004NumbersWithStraySpaces() {
        Section basic = section(Seeds.imported("004"), "一般公共预算财政拨款基本支出决算情况说明");
        Claim total = basic.getClaims().get(0);
        assertEquals("4917. 44 万元", total.getRaw());
        assertEquals(0, new BigDecimal("4917.44").compareTo(total.getValue()));
        assertEquals("一般公共预算财政拨款基本支出", total.getLabel());
        assertEquals(Seeds.line("004", "六、一般公共预算财政拨款基本支出决算情况说明", "2024 年度一般公共预算财政拨款基本支出"), total.getLine());
    }

    @Test
    void seed003BudgetNarrative() {
        Section income = section(Seeds.imported("003"), "收入预算情况说明");
        assertClaim(income.getClaims().get(0), ClaimKind.AMOUNT, "汾阳市医疗保障局预算收入", "1867.77", Direction.NONE,
                Seeds.line("003", "二、收入预算情况说明", "2024年度汾阳市医疗保障局预算收入"));
    }

    /** Every claim's raw text is printed at its line and column. */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyClaimIsPrintedWhereItSaysAndEverySectionHasItsClaims(String seed) {
        Submission s = Seeds.imported(seed);
        List<String> lines = Seeds.lines(seed);
        int claims = 0;
        for (Section section : s.getNarrative().getSections()) {
            assertFalse(section.getTitlePath().isEmpty());
            for (Claim c : section.getClaims()) {
                String line = lines.get(c.getLine() - 1);
                String printedStart = c.getRaw().substring(0, Math.min(3, c.getRaw().length()));
                assertEquals(printedStart, line.substring(c.getSourceColumn() - 1, c.getSourceColumn() - 1 + printedStart.length()),
                        "claim " + c.getRaw() + " at " + c.getLine() + ":" + c.getSourceColumn());
                assertTrue(c.getLine() >= section.getFirstLine() && c.getLine() <= section.getLastLine() + 1);
                claims++;
            }
        }
        assertTrue(claims > 80, "only " + claims + " claims in seed " + seed);
    }

    private static void assertClaim(Claim c, ClaimKind kind, String label, String value, Direction direction, int line) {
        assertEquals(kind, c.getKind(), c.getRaw());
        assertEquals(label, c.getLabel(), c.getRaw());
        assertEquals(0, new BigDecimal(value).compareTo(c.getValue()), c.getRaw());
        assertEquals(direction, c.getDirection(), c.getRaw());
        assertEquals(line, c.getLine(), c.getRaw());
    }

    private static Section section(Submission s, String title) {
        return s.getNarrative().getSections().stream().filter(x -> title.equals(x.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("No section " + title));
    }
}
