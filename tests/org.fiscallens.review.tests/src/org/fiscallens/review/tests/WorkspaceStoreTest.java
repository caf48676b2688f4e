package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.InternalEList;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.review.CorruptFileException;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ImportSummary;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.SubmissionEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import, index, lazy loading, replacement and damage handling, on hand-built documents. */
class WorkspaceStoreTest {
    @TempDir
    Path tmp;

    @Test
    void importSaveReopenGivesIdenticalIndexAndDocuments() throws IOException {
        Path sources = Fixtures.syntheticFolder(tmp.resolve("in"), 6);
        Path dir = tmp.resolve("ws");
        List<SubmissionEntry> before;
        List<int[]> progress = new ArrayList<>();
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ImportSummary summary = ws.importPaths(List.of(sources), (done, total, f) -> progress.add(new int[] {done, total}));
            assertEquals(new ImportSummary(6, 0, 0, List.of()), summary);
            assertEquals(6, progress.size());
            assertEquals(6, progress.get(5)[0]);
            assertEquals(6, progress.get(5)[1]);
            ws.save();
            before = ws.entries();
        }
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            Fixtures.assertSameEntries(before, ws.entries());
            Fixtures.assertAllLoadAsParsed(ws);
            SubmissionEntry first = ws.entries().get(0);
            assertEquals("测试单位0", first.unitName());
            assertEquals(2, first.tableCount());
            assertEquals(1, first.diagnosticCount());
            assertEquals(64, first.sha256().length());
            assertTrue(first.sha256().startsWith(first.id()));
        }
    }

    @Test
    void unsavedImportIsNotPartOfTheWorkspace() throws IOException {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 3)), ImportListener.NONE);
            assertEquals(3, ws.entries().size());
        }
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            assertEquals(List.of(), ws.entries());
        }
        assertEquals(0, submissionFiles(dir).size(), "uncommitted files must not survive");
    }

    @Test
    void reimportingTheSameFileIsANoOp() throws IOException {
        Path sources = Fixtures.syntheticFolder(tmp.resolve("in"), 3);
        try (ReviewWorkspace ws = Fixtures.openSynthetic(tmp.resolve("ws"))) {
            ws.importPaths(List.of(sources), ImportListener.NONE);
            ws.save();
            List<SubmissionEntry> entries = ws.entries();
            List<Path> files = submissionFiles(ws.directory());
            // also a copy under another name: same content, same document
            Files.copy(sources.resolve("doc-0000.txt"), tmp.resolve("copy.txt"));
            ImportSummary again = ws.importPaths(List.of(sources, tmp.resolve("copy.txt")), ImportListener.NONE);
            assertEquals(new ImportSummary(0, 0, 0, List.of()), again);
            assertEquals(entries, ws.entries());
            ws.save();
            assertEquals(files, submissionFiles(ws.directory()));
        }
    }

    @Test
    void newVersionReplacesOldOneWhichStaysLoadable() throws IOException {
        Path dir = tmp.resolve("ws");
        Path v1 = Fixtures.write(tmp.resolve("v1"), "a.txt",
                SyntheticDocuments.text("阳泉市医疗保障局", 2023, DisclosureKind.FINAL, Scope.DEPARTMENT, 2, 3));
        Path v2 = Fixtures.write(tmp.resolve("v2"), "a.txt",
                SyntheticDocuments.text("阳泉市医疗保障局", 2023, DisclosureKind.FINAL, Scope.DEPARTMENT, 3, 3, "更正版\n"));
        Path budget = Fixtures.write(tmp.resolve("v2"), "b.txt",
                SyntheticDocuments.text("阳泉市医疗保障局", 2023, DisclosureKind.BUDGET, Scope.DEPARTMENT, 1, 3));
        String oldId;
        String newId;
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(v1), ImportListener.NONE);
            ws.save();
            oldId = ws.entries().get(0).id();
            ImportSummary summary = ws.importPaths(List.of(v2, budget), ImportListener.NONE);
            assertEquals(new ImportSummary(1, 1, 0, List.of()), summary);
            assertEquals(2, ws.entries().size());
            newId = ws.entries().stream().filter(e -> e.kind() == DisclosureKind.FINAL).findFirst().orElseThrow().id();
            assertNotEquals(oldId, newId);
            assertEquals(3, ws.load(newId).getTables().size());
            ws.save();
        }
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            assertEquals(2, ws.entries().size());
            assertTrue(ws.entries().stream().noneMatch(e -> e.id().equals(oldId)));
            assertEquals(2, ws.load(oldId).getTables().size(), "the replaced version is kept for history");
            assertEquals(3, submissionFiles(dir).size());
            Unit unit = findUnit(ws, "阳泉市医疗保障局");
            assertEquals(2, unit.getSubmissions().size(), "the unit links only its current submissions");

            // the old version imported again becomes current again
            ImportSummary back = ws.importPaths(List.of(v1), ImportListener.NONE);
            assertEquals(new ImportSummary(0, 1, 0, List.of()), back);
            assertTrue(ws.entries().stream().anyMatch(e -> e.id().equals(oldId)));
            assertTrue(ws.entries().stream().noneMatch(e -> e.id().equals(newId)));
        }
    }

    @Test
    void openLoadsNoDocumentUntilAskedFor() throws IOException {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 5)), ImportListener.NONE);
            ws.save();
        }
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            List<SubmissionEntry> entries = ws.entries();
            assertEquals(5, entries.size());
            List<Unit> units = allUnits(ws);
            assertEquals(5, units.size());
            for (Unit unit : units) {
                List<Submission> raw = ((InternalEList<Submission>) unit.getSubmissions()).basicList();
                assertEquals(1, raw.size());
                assertTrue(raw.get(0).eIsProxy(), "province() must hand out proxies, not documents");
            }
            entries.forEach(e -> assertFalse(ws.isLoaded(e.id()), "nothing may be loaded after open"));

            String id = entries.get(2).id();
            Submission loaded = ws.load(id);
            assertTrue(ws.isLoaded(id));
            assertEquals(1, entries.stream().filter(e -> ws.isLoaded(e.id())).count(), "only the asked document");
            assertSame(loaded, ws.load(id), "cached");
            Unit unit = findUnit(ws, entries.get(2).unitName());
            assertSame(loaded, unit.getSubmissions().get(0), "the unit's proxy resolves to the loaded document");

            ws.unload(id);
            assertFalse(ws.isLoaded(id));
            assertEquals(entries.get(2).unitName(), ws.load(id).getUnitName());
        }
    }

    @Test
    void changedDocumentIsSavedToANewFileVersion() throws IOException {
        Path dir = tmp.resolve("ws");
        String id;
        List<Path> filesBefore;
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 2)), ImportListener.NONE);
            ws.save();
            filesBefore = submissionFiles(dir);
            id = ws.entries().get(0).id();
            ws.load(id).setTitle("已审阅");
            ws.load(id).getTables().remove(0);
            ws.save();
            assertEquals(1, ws.entries().get(0).tableCount());
        }
        List<Path> filesAfter = submissionFiles(dir);
        assertEquals(2, filesAfter.size(), "the superseded file version is deleted after the commit");
        assertNotEquals(filesBefore, filesAfter);
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            assertEquals("已审阅", ws.load(id).getTitle());
            assertEquals(1, ws.entries().get(0).tableCount());
        }
    }

    @Test
    void changesSurviveUnloadBeforeSave() throws IOException {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 1)), ImportListener.NONE);
            String id = ws.entries().get(0).id();
            ws.load(id).setTitle("改过");
            ws.unload(id);
            assertEquals("改过", ws.load(id).getTitle());
            ws.save();
        }
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            assertEquals("改过", ws.load(ws.entries().get(0).id()).getTitle());
        }
    }

    @Test
    void brokenDocumentsAreReportedAndNeverStopTheOthers() throws IOException {
        Path in = Fixtures.syntheticFolder(tmp.resolve("in"), 3);
        Fixtures.write(in, "garbage.txt", new byte[] {0, (byte) 0xff, 0x13, (byte) 0x88, 0, 0, 7, 'x'});
        Fixtures.write(in, "empty.md", new byte[0]);
        Fixtures.write(in, "ignored.pdf", new byte[] {1, 2, 3});
        try (ReviewWorkspace ws = Fixtures.openSynthetic(tmp.resolve("ws"))) {
            ImportSummary summary = ws.importPaths(List.of(in, tmp.resolve("missing.txt")), ImportListener.NONE);
            assertEquals(3, summary.imported());
            assertEquals(3, summary.failed());
            assertTrue(summary.messages().stream().anyMatch(m -> m.startsWith(in.resolve("garbage.txt") + ":1: ")),
                    summary.messages()::toString);
            assertTrue(summary.messages().stream().anyMatch(m -> m.startsWith(in.resolve("empty.md") + ":")));
            assertTrue(summary.messages().stream().anyMatch(m -> m.startsWith(tmp.resolve("missing.txt") + ":0: ")));
            assertTrue(summary.messages().stream().noneMatch(m -> m.contains("ignored.pdf")));
            assertEquals(3, ws.entries().size());
        }
    }

    @Test
    void parserCrashIsReportedWithTheFileName() throws IOException {
        Path in = Fixtures.syntheticFolder(tmp.resolve("in"), 2);
        Fixtures.write(in, "boom.txt", "单位: 爆炸\n".getBytes());
        try (ReviewWorkspace ws = ReviewWorkspace.open(tmp.resolve("ws"), Fixtures.synthetic().withParser((p, c) -> {
            if (p.endsWith("boom.txt")) {
                throw new IllegalStateException("parser bug");
            }
            return SyntheticDocuments.parse(p, c);
        }))) {
            ImportSummary summary = ws.importPaths(List.of(in), ImportListener.NONE);
            assertEquals(2, summary.imported());
            assertEquals(1, summary.failed());
            assertEquals(List.of(in.resolve("boom.txt") + ":0: IllegalStateException: parser bug"), summary.messages());
        }
    }

    @Test
    void damagedDocumentFileIsReportedByName() throws IOException {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 3)), ImportListener.NONE);
            ws.save();
        }
        Path victim = submissionFiles(dir).get(1);
        byte[] bytes = Files.readAllBytes(victim);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(victim, bytes);
        Path truncated = submissionFiles(dir).get(2);
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(truncated), 40));
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            int corrupt = 0;
            for (SubmissionEntry e : ws.entries()) {
                try {
                    ws.load(e.id());
                } catch (UncheckedIOException ex) {
                    CorruptFileException cause = (CorruptFileException) ex.getCause();
                    assertTrue(cause.file().equals(victim) || cause.file().equals(truncated), cause.file()::toString);
                    assertTrue(ex.getMessage().contains(cause.file().getFileName().toString()));
                    assertFalse(ws.isLoaded(e.id()));
                    corrupt++;
                }
            }
            assertEquals(2, corrupt);
        }
    }

    @Test
    void damagedIndexIsReportedByNameAndNothingIsDeleted() throws IOException {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 3)), ImportListener.NONE);
            ws.save();
        }
        List<Path> files = submissionFiles(dir);
        Path index = dir.resolve("index.bin");
        Files.write(index, java.util.Arrays.copyOf(Files.readAllBytes(index), 100));
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> Fixtures.openSynthetic(dir));
        assertEquals(index, e.file());
        assertEquals(files, submissionFiles(dir), "a workspace whose index cannot be read must not be cleaned");
        Files.write(index, new byte[] {1, 2, 3});
        assertThrows(CorruptFileException.class, () -> Fixtures.openSynthetic(dir));
    }

    @Test
    void aSingleFlippedBitInTheIndexIsDetected() throws IOException {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 3)), ImportListener.NONE);
            ws.save();
        }
        Path index = dir.resolve("index.bin");
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length / 3] ^= 0x04;
        Files.write(index, bytes);
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> Fixtures.openSynthetic(dir));
        assertTrue(e.getMessage().contains("index.bin"), e::getMessage);
    }

    @Test
    void lostIndexIsReportedAndTheDocumentsAreKept() throws IOException {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 2)), ImportListener.NONE);
            ws.save();
        }
        List<Path> files = submissionFiles(dir);
        Files.delete(dir.resolve("index.bin"));
        CorruptFileException e = assertThrows(CorruptFileException.class, () -> Fixtures.openSynthetic(dir));
        assertEquals(dir.resolve("index.bin"), e.file());
        assertEquals(files, submissionFiles(dir));
    }

    @Test
    void leftoversOfACrashedSaveAreRemovedOnOpen() throws IOException {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 2)), ImportListener.NONE);
            ws.save();
        }
        List<Path> files = submissionFiles(dir);
        Fixtures.write(dir.resolve("submissions"), "0123456789abcdef.g99.bin", new byte[] {1});
        Fixtures.write(dir.resolve("submissions"), "0123456789abcdef.g99.bin.tmp", new byte[] {1});
        Fixtures.write(dir, "index.bin.tmp", new byte[] {1});
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            assertEquals(files, submissionFiles(dir));
            assertFalse(Files.exists(dir.resolve("index.bin.tmp")));
            assertEquals(2, ws.entries().size());
        }
    }

    @Test
    void aWorkspaceIsOpenOnlyOnceAndCanBeMoved() throws IOException {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 2)), ImportListener.NONE);
            ws.save();
            assertThrows(IOException.class, () -> Fixtures.openSynthetic(dir));
        }
        Path moved = tmp.resolve("elsewhere/ws2");
        Files.createDirectories(moved.getParent());
        Files.move(dir, moved);
        try (ReviewWorkspace ws = Fixtures.openSynthetic(moved)) {
            assertEquals(moved, ws.directory());
            Fixtures.assertAllLoadAsParsed(ws);
            Unit unit = findUnit(ws, "测试单位1");
            assertEquals("测试单位1", unit.getSubmissions().get(0).getUnitName(), "proxies are relative to the folder");
        }
    }

    @Test
    void emptyWorkspaceIsCreatedAndReopened() throws IOException {
        Path dir = tmp.resolve("new/ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            assertEquals(List.of(), ws.entries());
            assertEquals("ws", ws.province().getName());
        }
        assertTrue(Files.exists(dir.resolve("index.bin")));
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            assertEquals(List.of(), ws.entries());
            assertThrows(IllegalArgumentException.class, () -> ws.load("nope"));
        }
    }

    static List<Path> submissionFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("submissions"))) {
            return files.sorted().toList();
        }
    }

    static List<Unit> allUnits(ReviewWorkspace ws) {
        List<Unit> units = new ArrayList<>();
        collect(ws.province().getRegions(), units);
        return units;
    }

    private static void collect(List<Region> regions, List<Unit> units) {
        for (Region r : regions) {
            units.addAll(r.getUnits());
            collect(r.getChildren(), units);
        }
    }

    static Unit findUnit(ReviewWorkspace ws, String name) {
        return allUnits(ws).stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no unit " + name));
    }
}
