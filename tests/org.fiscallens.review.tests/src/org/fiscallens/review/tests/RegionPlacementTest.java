package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.RegionLevel;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.disclosure.UnitKind;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.SubmissionEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Region tree from unit names and regions.csv; departments and the member units their text lists. */
class RegionPlacementTest {
    @TempDir
    Path tmp;

    @Test
    void unitsArePlacedFromTheirNamesOrTheManifest() throws IOException {
        Path in = tmp.resolve("in");
        String[] units = {"山西省医疗保障局", "吕梁市离石区医疗保障局", "阳泉市医疗保障局", "汾阳市医疗保障局", "青海省医疗保障局",
            "平遥县卫生健康和体育局", "城区医疗保障局", "某某乡卫生院", "无名单位"};
        for (int i = 0; i < units.length; i++) {
            Fixtures.write(in, i + ".txt", SyntheticDocuments.text(units[i], 2024, DisclosureKind.FINAL, Scope.UNIT, 1, 1));
        }
        Fixtures.write(in, "regions.csv", "单位名称,市,县\n某某乡卫生院,晋中市,平遥县\n".getBytes(StandardCharsets.UTF_8));
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(in), ImportListener.NONE);
            ws.save();
        }
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            Map<String, String> region = ws.entries().stream()
                    .collect(Collectors.toMap(SubmissionEntry::unitName, SubmissionEntry::regionPath));
            assertEquals("山西省", region.get("山西省医疗保障局"));
            assertEquals("山西省/吕梁市/离石区", region.get("吕梁市离石区医疗保障局"));
            assertEquals("山西省/阳泉市", region.get("阳泉市医疗保障局"));
            assertEquals("山西省/吕梁市/汾阳市", region.get("汾阳市医疗保障局"));
            assertEquals("青海省", region.get("青海省医疗保障局"));
            assertEquals("山西省/晋中市/平遥县", region.get("平遥县卫生健康和体育局"));
            assertEquals("未识别地区", region.get("城区医疗保障局"), "城区 exists in two cities: not guessed");
            assertEquals("山西省/晋中市/平遥县", region.get("某某乡卫生院"));
            assertEquals("未识别地区", region.get("无名单位"));

            Unit fenyang = WorkspaceStoreTest.findUnit(ws, "汾阳市医疗保障局");
            assertEquals(RegionLevel.COUNTY, fenyang.getRegion().getLevel());
            assertEquals(RegionLevel.CITY, fenyang.getRegion().getParent().getLevel());
            assertEquals(RegionLevel.PROVINCE, fenyang.getRegion().getParent().getParent().getLevel());
            assertSame(WorkspaceStoreTest.findUnit(ws, "吕梁市离石区医疗保障局").getRegion().getParent(),
                    fenyang.getRegion().getParent(), "one 吕梁市 region for both");
            assertEquals(3, ws.province().getRegions().size(), "山西省, 青海省 and 未识别地区 at the top");
        }
    }

    @Test
    void citiesTheGazetteerDoesNotKnowSitUnderTheManifestsProvince() throws IOException {
        Path in = tmp.resolve("in");
        String[] units = {"嘉禾省医疗保障局", "青阳市教育局", "青阳市安宁县财政局"};
        for (int i = 0; i < units.length; i++) {
            Fixtures.write(in, i + ".txt", SyntheticDocuments.text(units[i], 2024, DisclosureKind.FINAL, Scope.UNIT, 1, 1));
        }
        Fixtures.write(in, "regions.csv", ("unit,city,county\n嘉禾省医疗保障局,,\n青阳市教育局,青阳市,\n"
                + "青阳市安宁县财政局,青阳市,安宁县\n").getBytes(StandardCharsets.UTF_8));
        try (ReviewWorkspace ws = Fixtures.openSynthetic(tmp.resolve("ws"))) {
            ws.importPaths(List.of(in), ImportListener.NONE);
            Map<String, String> region = ws.entries().stream()
                    .collect(Collectors.toMap(SubmissionEntry::unitName, SubmissionEntry::regionPath));
            assertEquals("嘉禾省", region.get("嘉禾省医疗保障局"));
            assertEquals("嘉禾省/青阳市", region.get("青阳市教育局"));
            assertEquals("嘉禾省/青阳市/安宁县", region.get("青阳市安宁县财政局"));
            assertEquals(1, ws.province().getRegions().size(), "only 嘉禾省 at the top, no 未识别地区");
        }
    }

    @Test
    void departmentsAndTheirListedMemberUnits() throws IOException {
        Path in = tmp.resolve("in");
        Fixtures.write(in, "sx.txt", SyntheticDocuments.text("山西省医疗保障局", 2024, DisclosureKind.FINAL, Scope.DEPARTMENT, 1, 1,
                "省医疗保障局设下列内设机构：\n直属事业单位2个，分别是省医疗保险管理服务中心（参公单位）和省药械集中招标采购中心（全额事业单位），均为正处级编制。\n"));
        Fixtures.write(in, "yq.txt", SyntheticDocuments.text("阳泉市医疗保障局", 2023, DisclosureKind.FINAL, Scope.DEPARTMENT, 1, 1,
                "2023年决算医保部门公开单位组成为：一是阳泉市医疗保障局（市局机关本级），二是阳泉市医疗保险管理服务中心；三是阳泉市药械集中招标采购中心（阳泉市医保网络中心）。\n"));
        Fixtures.write(in, "member.txt", SyntheticDocuments.text("阳泉市医疗保险管理服务中心", 2023, DisclosureKind.FINAL, Scope.UNIT, 1, 1));
        Fixtures.write(in, "lone.txt", SyntheticDocuments.text("汾阳市医疗保障局", 2024, DisclosureKind.BUDGET, Scope.UNIT, 1, 1));
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(in), ImportListener.NONE);
            ws.save();
        }
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            Unit sx = WorkspaceStoreTest.findUnit(ws, "山西省医疗保障局");
            assertEquals(UnitKind.DEPARTMENT, sx.getKind());
            for (String member : List.of("山西省医疗保险管理服务中心", "山西省药械集中招标采购中心")) {
                Unit m = WorkspaceStoreTest.findUnit(ws, member);
                assertSame(sx, m.getDepartment());
                assertEquals(UnitKind.UNIT, m.getKind());
                assertEquals("山西省", m.getRegion().getName());
            }
            Unit yq = WorkspaceStoreTest.findUnit(ws, "阳泉市医疗保障局");
            assertEquals(UnitKind.DEPARTMENT, yq.getKind());
            assertNull(yq.getDepartment(), "本级 is the department itself");
            Unit center = WorkspaceStoreTest.findUnit(ws, "阳泉市医疗保险管理服务中心");
            assertSame(yq, center.getDepartment());
            assertEquals(1, center.getSubmissions().size(), "the member's own disclosure is linked to the same unit");
            assertSame(yq, WorkspaceStoreTest.findUnit(ws, "阳泉市药械集中招标采购中心").getDepartment());
            assertEquals(UnitKind.UNIT, WorkspaceStoreTest.findUnit(ws, "汾阳市医疗保障局").getKind());
            assertEquals(java.util.Set.of("山西省医疗保障局", "山西省医疗保险管理服务中心", "山西省药械集中招标采购中心", "阳泉市医疗保障局",
                    "阳泉市医疗保险管理服务中心", "阳泉市药械集中招标采购中心", "汾阳市医疗保障局"),
                    WorkspaceStoreTest.allUnits(ws).stream().map(Unit::getName).collect(Collectors.toSet()),
                    "no other text may be taken for a unit");
        }
    }
}
