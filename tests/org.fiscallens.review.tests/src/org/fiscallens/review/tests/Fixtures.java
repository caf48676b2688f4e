package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.StoreOptions;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.review.WriteStepListener;

/** Shared helpers: workspaces on hand-built documents, file writing, deep checks of a reopened workspace. */
final class Fixtures {
    private Fixtures() {
    }

    static StoreOptions synthetic() {
        return StoreOptions.defaults().withParser(SyntheticDocuments.PARSER);
    }

    static StoreOptions synthetic(WriteStepListener steps) {
        return synthetic().withSteps(steps);
    }

    static ReviewWorkspace openSynthetic(Path dir) throws IOException {
        return ReviewWorkspace.open(dir, synthetic());
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), content);
    }

    /** A folder of {@code count} distinct unit-scope final accounts, 2 tables each. */
    static Path syntheticFolder(Path dir, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            write(dir, String.format("doc-%04d.txt", i),
                    SyntheticDocuments.text("测试单位" + i, 2024, DisclosureKind.FINAL, Scope.UNIT, 2, 5));
        }
        return dir;
    }

    /** Every entry loads and deep-equals a fresh parse of its source file. */
    static void assertAllLoadAsParsed(ReviewWorkspace ws) throws IOException {
        for (SubmissionEntry e : ws.entries()) {
            Submission fresh = SyntheticDocuments.parse(e.sourcePath(), Files.readAllBytes(Path.of(e.sourcePath())));
            Submission loaded = ws.load(e.id());
            assertTrue(EcoreUtil.equals(fresh, loaded), "stored submission differs from its source: " + e);
        }
    }

    static void assertSameEntries(List<SubmissionEntry> expected, List<SubmissionEntry> actual) {
        assertEquals(expected, actual);
    }

    /** Deep copy of a folder (for running several crash scenarios from one starting state). */
    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteFolder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
