package org.fiscallens.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Annex;
import org.fiscallens.model.disclosure.AnnexKind;
import org.fiscallens.model.disclosure.AnnexValue;
import org.fiscallens.model.disclosure.Diagnostic;
import org.fiscallens.model.disclosure.Indicator;
import org.fiscallens.model.disclosure.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The performance annexes (绩效自评表, 绩效目标表) of the seeds, checked against their printed lines. */
class AnnexesTest {

    @ParameterizedTest(name = "seed {0}: {1} project, {2} department, {3} target annexes")
    @CsvSource({"000, 18, 1, 0", "001, 3, 0, 0", "002, 15, 3, 0", "003, 0, 0, 11", "004, 7, 0, 0"})
    void everyAnnexOfEverySeedIsFound(String seed, int projects, int departments, int targets) {
        List<Annex> annexes = Seeds.imported(seed).getAnnexes();
        assertEquals(projects, count(annexes, AnnexKind.PROJECT_SELF_EVALUATION));
        assertEquals(departments, count(annexes, AnnexKind.DEPARTMENT_SELF_EVALUATION));
        assertEquals(targets, count(annexes, AnnexKind.PROJECT_TARGET));
        for (Annex a : annexes) {
            assertTrue(a.getFirstLine() > 0 && a.getLastLine() >= a.getFirstLine(), a.getTitle());
        }
    }

    @Test
    void seed000DrugProcurementFundsAsPrintedAndTheRateItsOwnTextGives() {
        Annex a = annex("000", "省药械集中采购工作经费");
        int title = Seeds.line("000", "第五部分 附件", "省药械集中招标采购工作经费项目支出绩效自评表");
        int total = Seeds.line("000", "省药械集中招标采购工作经费项目支出绩效自评表", "资金总额");
        assertEquals(title, a.getFirstLine());
        assertValue(a, "预算编制数", "23.89", total);
        assertValue(a, "年初预算数", "23.89", total);
        assertValue(a, "全年预算数", "23.89", total);
        assertValue(a, "全年执行数", "23.127", total);
        assertValue(a, "结余", "0.763", total);
        assertValue(a, "执行率", "96.81", total);
        assertValue(a, "得分", "9.68", total);
        assertValue(a, "省级财政资金.全年执行数", "23.127", total + 1);
        // the analysis row says 预算执行率94%: a contradiction of the table, kept for the rules
        assertValue(a, "说明.执行率", "94", Seeds.line("000", "省药械集中招标采购工作经费项目支出绩效自评表", "项目绩效分析"));
        assertValue(a, "总分", "97.68", Seeds.line("000", "省药械集中招标采购工作经费项目支出绩效自评表", "总 分"));
        assertEquals("优", value(a, "等级").getRaw());
    }

    @Test
    void seed000LegibleProjectTablesTotal3600Point16AtTheirInitialBudget() {
        List<Annex> legible = Seeds.imported("000").getAnnexes().stream()
                .filter(a -> a.getKind() == AnnexKind.PROJECT_SELF_EVALUATION && !a.getValues().isEmpty()).toList();
        assertEquals(17, legible.size());
        BigDecimal sum = legible.stream().map(a -> value(a, "预算编制数").getValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("3600.16").compareTo(sum), "the review oracle's Σ 年初预算编制数, more than the 3470.50 claimed");
        long poor = legible.stream().filter(a -> "差".equals(value(a, "等级").getRaw())).count();
        long fair = legible.stream().filter(a -> "中".equals(value(a, "等级").getRaw())).count();
        assertEquals(3, fair);
        assertEquals(1, poor, "the second 差 is in the illegible table");
    }

    @Test
    void seed000IllegibleAnnexesAreKeptEmptyAndReported() {
        Submission s = Seeds.imported("000");
        int department = Seeds.line("000", "第五部分 附件", "[illegible]");
        int project = Seeds.line("000", "医疗服务与保障能力提升补助资金（医疗保障服务能力提升部分）项目支出绩效自评表", "[illegible]");
        List<Integer> reported = s.getDiagnostics().stream().filter(d -> "ANNEX_ILLEGIBLE".equals(d.getCode()))
                .map(Diagnostic::getLine).toList();
        assertEquals(List.of(department, project), reported);
        List<Annex> empty = s.getAnnexes().stream().filter(a -> a.getValues().isEmpty()).toList();
        assertEquals(2, empty.size());
        assertEquals(AnnexKind.DEPARTMENT_SELF_EVALUATION, empty.get(0).getKind());
        assertEquals(AnnexKind.PROJECT_SELF_EVALUATION, empty.get(1).getKind());
        assertTrue(empty.stream().allMatch(a -> a.getIndicators().isEmpty()));
    }

    @Test
    void seed000HeaderThatLostItsScoreColumnStillReadsTheScore() {
        Annex a = annex("000", "医疗基金管理工作中经费");
        int total = Seeds.line("000", "医疗基金管理工作中经费项目支出绩效自评表", "资金总额");
        assertValue(a, "全年执行数", "130.462", total);
        assertValue(a, "执行率", "99.66", total);
        assertValue(a, "得分", "9.97", total);
    }

    @Test
    void seed000ProjectNamePrintedAboveABareTitle() {
        Annex a = annex("000", "原公费医疗人员及厅级离休干部基本医保费和公务员医疗补助经费");
        assertEquals(Seeds.line("000", "医疗基金管理工作中经费项目支出绩效自评表", "原公费医疗人员"), a.getFirstLine());
        assertTrue(a.getTitle().endsWith("项目支出绩效自评表"), a.getTitle());
        assertValue(a, "全年预算数", "1768.75", Seeds.line("000", "原公费医疗人员", "资金总额"));
    }

    @Test
    void seed000IndicatorsWithTheirLines() {
        Annex rent = annex("000", "办公用房租费");
        Indicator first = rent.getIndicators().get(0);
        assertEquals("产出指标/数量指标", first.getCategory());
        assertEquals("租赁办公用房保障人数", first.getName());
        assertEquals("≥32人", first.getTarget());
        assertEquals("≥37人", first.getActual());
        assertEquals(0, BigDecimal.TEN.compareTo(first.getWeight()));
        assertEquals(Seeds.line("000", "办公用房租费项目支出绩效自评表", "产出指标"), first.getLine());
        assertEquals(8, rent.getIndicators().size());
        BigDecimal scores = rent.getIndicators().stream().map(Indicator::getScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("90").compareTo(scores), "indicators 90 + 执行 10 = 总分 100");
        assertValue(rent, "总分", "100", Seeds.line("000", "办公用房租费项目支出绩效自评表", "总 分"));

        // a row shifted by merged cells: 分值 10, 得分 5 found after the values, not at the header's positions
        Indicator shifted = annex("000", "建档印刷工作经费").getIndicators().stream()
                .filter(i -> "档案整理时效".equals(i.getName())).findFirst().orElseThrow();
        assertEquals("及时", shifted.getTarget());
        assertEquals(0, BigDecimal.TEN.compareTo(shifted.getWeight()));
        assertEquals(0, new BigDecimal("5").compareTo(shifted.getScore()));
    }

    @Test
    void seed004CommercialInsuranceServiceScoresAndSplitAmounts() {
        Annex a = annex("004", "经办服务");
        int total = Seeds.line("004", "商保公司经办服务项目绩效自评情况", "总分");
        assertValue(a, "总分", "94.11", total);
        int funds = Seeds.line("004", "商保公司经办服务项目绩效自评情况", "年度资金 总额");
        assertValue(a, "年初预算数", "3802.93", funds);
        assertValue(a, "全年预算数", "3802.93", funds); // printed "3802 | 2. 93"
        assertValue(a, "全年执行数", "3771.75", funds); // printed "377 | 1. 75"
        assertValue(a, "财政拨款", "3791.00", funds + 1);
        assertValue(a, "上年结转", "11.93", funds + 2);
        assertTrue(a.getValues().stream().noneMatch(v -> "执行率".equals(v.getLabel())), "7.00 on the total row is not a rate");
        AnnexValue unreadable = value(a, "财政拨款.全年预算数");
        assertNull(unreadable.getValue(), "3793 | 1. 00 fits neither reading of a split");
        assertEquals("3793 | 1. 00", unreadable.getRaw());
        assertTrue(Seeds.imported("004").getDiagnostics().stream()
                .anyMatch(d -> "ANNEX_ROW_MISMATCH".equals(d.getCode()) && d.getLine() == funds));
    }

    @Test
    void seed004SevenProjectsAddUpAsTheReviewerComputedThem() {
        List<Annex> projects = Seeds.imported("004").getAnnexes();
        assertEquals(0, new BigDecimal("7468.10").compareTo(sum(projects, "全年预算数")), "Σ 全年预算数 (narrative says 7478.11)");
        assertEquals(0, new BigDecimal("1722.10").compareTo(sum(projects, "上年结转")), "Σ 上年结转 (narrative says 1732.11)");
        assertEquals(0, new BigDecimal("6811.16").compareTo(sum(projects, "全年执行数")), "Σ 执行 (narrative says 6812.1)");
        Annex reform = annex("004", "医保制度改革及政策调研");
        int funds = Seeds.line("004", "医保制度改革及政策调研项目绩效自评情况", "(万元)");
        assertValue(reform, "全年预算数", "69.73", funds);
        assertValue(reform, "执行率", "56.72", funds);
        assertValue(reform, "上年结转.全年预算数", "4.73", Seeds.line("004", "医保制度改革及政策调研项目绩效自评情况", "上年结转"));
    }

    @Test
    void seed002DepartmentTablesSplitTheirIncome() {
        Annex bureau = Seeds.imported("002").getAnnexes().get(0);
        assertEquals(AnnexKind.DEPARTMENT_SELF_EVALUATION, bureau.getKind());
        int income = Seeds.line("002", "阳泉市部门（单位）整体支出绩效自评表", "收入合计");
        assertValue(bureau, "收入合计", "4466.29", income);
        assertValue(bureau, "上年结转", "297.74", income + 1);
        assertValue(bureau, "公共财政拨款", "4168.55", income + 2);
        assertValue(bureau, "执行率", "100", Seeds.line("002", "阳泉市部门（单位）整体支出绩效自评表", "执行情况"));
        Annex procurement = Seeds.imported("002").getAnnexes().stream()
                .filter(a -> a.getKind() == AnnexKind.DEPARTMENT_SELF_EVALUATION && a.getFirstLine() > 1400).findFirst().orElseThrow();
        assertValue(procurement, "上年结转", "50.46", Seeds.line("002", "负责全市医药机构药械集中带量采购", "其中:上年结转"));
    }

    @Test
    void seed002ProjectBudgetReceivedAndSpent() {
        Annex a = annex("002", "城乡居民医疗保险工作经费");
        int amounts = Seeds.line("002", "项目名称\t\t城乡居民医疗保险工作经费", "项目预算金额");
        assertValue(a, "全年预算数", "10", amounts);
        assertValue(a, "到位数", "0.1449", amounts);
        assertValue(a, "全年执行数", "0.1449", amounts);
        assertValue(a, "市财政.全年执行数", "0.1449", Seeds.line("002", "项目名称\t\t城乡居民医疗保险工作经费", "市财政"));
        assertValue(a, "得分", "10", Seeds.line("002", "项目名称\t\t城乡居民医疗保险工作经费", "项目执行情况"));
        assertValue(a, "总分", "98", Seeds.line("002", "项目名称\t\t城乡居民医疗保险工作经费", "总 分"));
    }

    @Test
    void seed003TargetTablesKeepBothFundingSplitsInYuan() {
        Annex a = Seeds.imported("003").getAnnexes().get(0);
        assertEquals("2024年中央财政医疗救助补助资金", a.getProject());
        assertEquals("元", value(a, "金额单位").getRaw());
        int central = Seeds.line("003", "项目支出绩效目标表", "其中:中央财政资金");
        assertValue(a, "中央财政资金.实施期资金总额", "5407000", central);
        assertValue(a, "中央财政资金.资金总额", "0", central);
        assertValue(a, "省级财政资金.资金总额", "5407000", central + 1);
        assertEquals("≥99%", a.getIndicators().get(0).getTarget());
    }

    @Test
    void seed001AnalysisReportsGiveTheirTableAndTheirVerdict() {
        Annex a = annex("001", "业务工资经费");
        int total = Seeds.line("001", "项目名称：业务工资经费", "合计");
        assertEquals("元", value(a, "金额单位").getRaw());
        assertValue(a, "全年执行数", "179859", total);
        assertValue(a, "执行率", "99.92", total);
        assertValue(a, "总分", "99.89", Seeds.line("001", "项目名称：业务工资经费", "综合考虑预算执行情况得分"));
        assertEquals("优", value(a, "等级").getRaw());
        assertEquals(8, a.getIndicators().size());
    }

    @Test
    void anIllegibleAnnexBodyIsADiagnosticNotACrash() {
        String text = "第三部分 情况说明\n\n说明。\n\n第五部分 附件\n\n某某项目支出绩效自评表\n(2024年度)\n\n[illegible][illegible]\n";
        Submission s = new DisclosureImporter().importBytes("illegible.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, s.getAnnexes().size());
        Annex a = s.getAnnexes().get(0);
        assertEquals("某某项目支出绩效自评表", a.getTitle());
        assertTrue(a.getValues().isEmpty());
        assertTrue(s.getDiagnostics().stream().anyMatch(d -> "ANNEX_ILLEGIBLE".equals(d.getCode()) && d.getLine() == 10));
    }

    @Test
    void aTitleQuotedInASentenceIsNotAnAnnex() {
        String text = "第三部分 情况说明\n\n附件：二级项目绩效自评表\n\n2、其他需要说明的事项\n\n本部门无其他需要说明的事项。\n";
        Submission s = new DisclosureImporter().importBytes("quoted.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(s.getAnnexes().isEmpty());
    }

    private static long count(List<Annex> annexes, AnnexKind kind) {
        return annexes.stream().filter(a -> a.getKind() == kind).count();
    }

    private static Annex annex(String seed, String project) {
        return Seeds.imported(seed).getAnnexes().stream().filter(a -> a.getProject() != null && a.getProject().contains(project))
                .findFirst().orElseThrow(() -> new AssertionError("No annex for " + project + " in seed " + seed));
    }

    private static AnnexValue value(Annex a, String label) {
        return a.getValues().stream().filter(v -> label.equals(v.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("No value " + label + " in annex " + a.getProject()));
    }

    private static void assertValue(Annex a, String label, String expected, int line) {
        AnnexValue v = value(a, label);
        assertNotNull(v.getValue(), label + " unreadable: " + v.getRaw());
        assertEquals(0, new BigDecimal(expected).compareTo(v.getValue()), label + " = " + v.getValue());
        assertEquals(line, v.getLine(), label + " line");
    }

    private static BigDecimal sum(List<Annex> annexes, String label) {
        return annexes.stream().map(a -> value(a, label).getValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
