package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.UnitKind;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ImportSummary;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.SubmissionEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five real disclosures through the real importer: stored and loaded back identical, placed in their regions. */
class SeedsTest {
    @TempDir
    Path tmp;

    static Path seeds() {
        String property = System.getProperty("fiscallens.seeds");
        Path dir = property == null ? Path.of("../../samples/seeds") : Path.of(property);
        assertTrue(Files.isDirectory(dir), "seeds not found at " + dir.toAbsolutePath());
        return dir;
    }

    @Test
    void seedsRoundTripThroughTheWorkspace() throws IOException {
        Path dir = tmp.resolve("ws");
        List<SubmissionEntry> entries;
        try (ReviewWorkspace ws = ReviewWorkspace.open(dir)) {
            ImportSummary summary = ws.importPaths(List.of(seeds()), ImportListener.NONE);
            assertEquals(5, summary.imported(), summary::toString);
            assertEquals(0, summary.failed(), summary::toString);
            ws.save();
            entries = ws.entries();
        }
        DisclosureImporter importer = new DisclosureImporter();
        try (ReviewWorkspace ws = ReviewWorkspace.open(dir)) {
            assertEquals(entries, ws.entries());
            for (SubmissionEntry e : ws.entries()) {
                Submission fresh = importer.importFile(Path.of(e.sourcePath()));
                Submission loaded = ws.load(e.id());
                assertTrue(EcoreUtil.equals(fresh, loaded), "stored seed differs from a fresh import: " + e.sourcePath());
                assertEquals(fresh.getSource().getSha256(), e.sha256());
                assertEquals(fresh.getTables().size(), e.tableCount());
                assertEquals(fresh.getDiagnostics().size(), e.diagnosticCount());
                assertTrue(e.tableCount() > 0, e::toString);
            }
        }
    }

    @Test
    void seedsArePlacedInTheirRegionsWithTheirDepartments() throws IOException {
        try (ReviewWorkspace ws = ReviewWorkspace.open(tmp.resolve("ws"))) {
            ws.importPaths(List.of(seeds()), ImportListener.NONE);
            Map<String, String> region = ws.entries().stream()
                    .collect(Collectors.toMap(e -> Path.of(e.sourcePath()).getFileName().toString().substring(0, 3),
                            SubmissionEntry::regionPath));
            assertEquals(Map.of("000", "山西省", "001", "山西省/吕梁市/离石区", "002", "山西省/阳泉市",
                    "003", "山西省/吕梁市/汾阳市", "004", "青海省"), region);
            assertEquals(UnitKind.DEPARTMENT, WorkspaceStoreTest.findUnit(ws, "阳泉市医疗保障局").getKind());
            assertSame(WorkspaceStoreTest.findUnit(ws, "阳泉市医疗保障局"),
                    WorkspaceStoreTest.findUnit(ws, "阳泉市医疗保险管理服务中心").getDepartment());
            assertSame(WorkspaceStoreTest.findUnit(ws, "山西省医疗保障局"),
                    WorkspaceStoreTest.findUnit(ws, "山西省药械集中招标采购中心").getDepartment());
        }
    }

    @Test
    void brokenFilesAmongTheSeedsAreReportedByName() throws IOException {
        Path in = tmp.resolve("in");
        try (Stream<Path> files = Files.list(seeds())) {
            for (Path f : files.toList()) {
                Fixtures.write(in, f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Fixtures.write(in, "garbage.txt", garbage);
        Fixtures.write(in, "empty.txt", new byte[0]);
        try (ReviewWorkspace ws = ReviewWorkspace.open(tmp.resolve("ws"))) {
            ImportSummary summary = ws.importPaths(List.of(in), ImportListener.NONE);
            assertEquals(5, summary.imported(), summary::toString);
            assertEquals(2, summary.failed(), summary::toString);
            for (String broken : List.of("garbage.txt", "empty.txt")) {
                assertTrue(summary.messages().stream().anyMatch(m -> m.startsWith(in.resolve(broken) + ":")),
                        broken + " not reported: " + summary.messages());
            }
            ws.save();
            assertEquals(5, ws.entries().size());
        }
    }
}
