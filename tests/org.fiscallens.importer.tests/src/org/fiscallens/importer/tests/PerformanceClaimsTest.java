package org.fiscallens.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.ClaimKind;
import org.fiscallens.model.disclosure.Submission;
import org.junit.jupiter.api.Test;

/** Claims the narrative makes about evaluated projects and other labels that need the sentence around them. */
class PerformanceClaimsTest {

    @Test
    void seed000EvaluatedProjectsAndTheirFunds() {
        int line = Seeds.line("000", "第三部分 情况说明", "根据预算绩效管理要求");
        assertClaim(claims("000", line), "二级项目", ClaimKind.COUNT, "18");
        assertClaim(claims("000", line), "项目资金", ClaimKind.AMOUNT, "3470.50");
    }

    @Test
    void seed001DepartmentWideEvaluationFunds() {
        int line = Seeds.line("001", "第三部分", "组织开展了2024年度");
        assertClaim(claims("001", line), "整体支出资金", ClaimKind.AMOUNT, "91.6");
    }

    @Test
    void seed004ProjectSummaryCountFundsAndScores() {
        int summary = Seeds.line("004", "(一)绩效评价工作开展情况", "根据预算绩效管理要求");
        assertClaim(claims("004", summary), "部门项目", ClaimKind.COUNT, "7");
        assertClaim(claims("004", summary), "项目资金", ClaimKind.AMOUNT, "7478.11");
        assertClaim(claims("004", summary), "当年安排", ClaimKind.AMOUNT, "5746");
        assertClaim(claims("004", summary), "上年结转", ClaimKind.AMOUNT, "1732.11");
        int insurance = Seeds.line("004", "商保公司经办服务项目绩效自评情况", "根据年初设定的绩效目标");
        assertClaim(claims("004", insurance), "自评得分", ClaimKind.COUNT, "95");
        assertClaim(claims("004", insurance), "当年安排", ClaimKind.AMOUNT, "3971");
        assertClaim(claims("004", insurance), "预算执行率", ClaimKind.PERCENT, "99.18");
    }

    @Test
    void seed004SubjectOfTheSentenceBeforeAndSharedTotals() {
        int item = Seeds.line("004", "第三部分", "- (10)卫生健康支出(类)医疗保障管理事务(款)信息化建设(项)");
        assertClaim(claims("004", item), "信息化建设(项)年初预算", ClaimKind.AMOUNT, "450");
        assertClaim(claims("004", item), "信息化建设(项)支出决算", ClaimKind.AMOUNT, "44.5");
        int totals = Seeds.line("004", "第三部分", "2024年度收入、支出总计");
        assertClaim(claims("004", totals), "收入、支出总计", ClaimKind.AMOUNT, "12313.41");
    }

    private static List<Claim> claims(String seed, int line) {
        Submission s = Seeds.imported(seed);
        return s.getNarrative().getSections().stream().flatMap(sec -> sec.getClaims().stream())
                .filter(c -> c.getLine() == line).toList();
    }

    private static void assertClaim(List<Claim> claims, String label, ClaimKind kind, String value) {
        Claim c = claims.stream().filter(x -> label.equals(x.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("No claim " + label + " in " + claims.stream().map(Claim::getLabel).toList()));
        assertEquals(kind, c.getKind(), label);
        assertEquals(0, new BigDecimal(value).compareTo(c.getValue()), label);
    }
}
