package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.review.WriteStepListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deterministic crash injection: the same change (a new document, a new version of another, an edited third) is
 * applied from the same saved state once per write step, and the process "dies" right after that step. Every
 * resulting folder must open as exactly the old state (crash before the index rename) or exactly the new one.
 */
class CrashInjectionTest {
    /** Thrown from the step listener: an Error, so that no catch block in the store can carry on writing. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash");
        }
    }

    record Step(String name, Path file) {
    }

    @TempDir
    Path tmp;
    Path base;
    Path changes;

    @BeforeEach
    void baseState() throws IOException {
        base = tmp.resolve("base");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(base)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), 3)), ImportListener.NONE);
            ws.save();
        }
        changes = tmp.resolve("changes");
        Fixtures.write(changes, "new.txt", SyntheticDocuments.text("新单位", 2024, DisclosureKind.FINAL, Scope.UNIT, 1, 2));
        Fixtures.write(changes, "v2.txt", SyntheticDocuments.text("测试单位1", 2024, DisclosureKind.FINAL, Scope.UNIT, 4, 2));
    }

    private static void change(ReviewWorkspace ws) throws IOException {
        ws.importPaths(List.of(ws.directory().resolveSibling("changes")), ImportListener.NONE);
        ws.load(ws.entries().get(0).id()).setTitle("已修改");
        ws.save();
    }

    @Test
    void everyIntermediateStateOpensAsOldOrNew() throws IOException {
        State old = State.read(base);
        Path counted = tmp.resolve("counted");
        Fixtures.copyFolder(base, counted);
        List<Step> steps = new ArrayList<>();
        try (ReviewWorkspace ws = ReviewWorkspace.open(counted, Fixtures.synthetic((s, f) -> steps.add(new Step(s, f))))) {
            change(ws);
        }
        State changed = State.read(counted);
        assertTrue(!old.equals(changed), "the change must change something");
        int commit = steps.indexOf(new Step("renamed", counted.resolve("index.bin")));
        assertTrue(commit > 0, "the index rename is a step: " + steps);
        assertTrue(steps.size() >= 10, "temp writes, syncs, renames of 3 files, directory syncs, cleanup: " + steps);

        for (int crashAt = 0; crashAt < steps.size(); crashAt++) {
            Path dir = tmp.resolve("crash-" + crashAt);
            Fixtures.copyFolder(base, dir);
            int[] seen = {0};
            int at = crashAt;
            WriteStepListener crash = (s, f) -> {
                if (seen[0]++ == at) {
                    throw new SimulatedCrash();
                }
            };
            ReviewWorkspace ws = ReviewWorkspace.open(dir, Fixtures.synthetic(crash));
            try {
                change(ws);
                fail("no crash at step " + crashAt + " " + steps.get(crashAt));
            } catch (SimulatedCrash expected) {
                // the process is dead from here on: nothing more is written
            } finally {
                ws.close();
            }
            State after = State.read(dir);
            State expected = crashAt < commit ? old : changed;
            assertEquals(expected, after, "crash after step " + crashAt + " " + steps.get(crashAt));
        }
    }

    @Test
    void aFailedSaveCanBeRetriedInTheSameProcess() throws IOException {
        Path dir = tmp.resolve("retry");
        Fixtures.copyFolder(base, dir);
        boolean[] failOnce = {true};
        WriteStepListener flaky = (s, f) -> {
            if (failOnce[0] && s.equals("temp-synced") && f.getFileName().toString().equals("index.bin.tmp")) {
                failOnce[0] = false;
                throw new IOException("disk full");
            }
        };
        try (ReviewWorkspace ws = ReviewWorkspace.open(dir, Fixtures.synthetic(flaky))) {
            assertThrows(IOException.class, () -> change(ws));
            ws.save();
        }
        Path reference = tmp.resolve("reference");
        Fixtures.copyFolder(base, reference);
        try (ReviewWorkspace ws = Fixtures.openSynthetic(reference)) {
            change(ws);
        }
        assertEquals(State.read(reference), State.read(dir));
    }

    /** What a reopened workspace shows: its entries and every document's title (all must load). */
    record State(List<SubmissionEntry> entries, List<String> titles) {
        static State read(Path dir) throws IOException {
            try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
                List<String> titles = new ArrayList<>();
                for (SubmissionEntry e : ws.entries()) {
                    titles.add(ws.load(e.id()).getTitle());
                }
                return new State(ws.entries().stream().map(State::portable).toList(), titles);
            }
        }

        /** Entries without the folder-specific source path (the copies live in different folders). */
        private static SubmissionEntry portable(SubmissionEntry e) {
            return new SubmissionEntry(e.id(), e.unitName(), e.regionPath(), e.year(), e.kind(), e.scope(),
                    Path.of(e.sourcePath()).getFileName().toString(), e.sha256(), e.tableCount(), e.diagnosticCount());
        }
    }
}
