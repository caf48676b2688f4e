package org.fiscallens.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.FileLocator;
import org.fiscallens.model.disclosure.DisclosurePackage;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ReviewRecords;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.SubmissionEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that saves the workspace in a loop ({@link SaveLoop}) at random moments, several times, and checks
 * after each kill that the folder opens as the last confirmed state or the one after it, consistent and fully
 * loadable.
 */
class KillDuringSaveTest {
    private static final int KILLS = 8;
    private static final int BASE_DOCUMENTS = 3;

    @TempDir
    Path tmp;

    @Test
    void killedSaverLeavesOldOrNewStateNeverAMix() throws Exception {
        Path dir = tmp.resolve("ws");
        try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
            ws.importPaths(List.of(Fixtures.syntheticFolder(tmp.resolve("in"), BASE_DOCUMENTS)), ImportListener.NONE);
            ws.save();
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int confirmed = BASE_DOCUMENTS;
        int totalSaves = 0;
        for (int round = 0; round < KILLS; round++) {
            Process child = startSaveLoop(dir, tmp.resolve("scratch"));
            AtomicInteger lastSaved = new AtomicInteger(-1);
            AtomicInteger opened = new AtomicInteger(-1);
            Thread reader = readLines(child, lastSaved, opened);
            // the first rounds may hit start-up and open; the others land somewhere in the save loop
            long delay = round < 2 ? 200 + random.nextInt(600) : 0;
            if (delay == 0) {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (opened.get() < 0 && child.isAlive() && System.nanoTime() < until) {
                    Thread.sleep(5);
                }
                delay = 20 + random.nextInt(400);
            }
            Thread.sleep(delay);
            assertTrue(child.isAlive(), "the save loop died by itself (seed " + seed + ")");
            child.destroyForcibly();
            child.waitFor();
            reader.join();
            if (lastSaved.get() > 0) {
                totalSaves += lastSaved.get() - Math.max(confirmed, opened.get());
                confirmed = lastSaved.get();
            }

            try (ReviewWorkspace ws = Fixtures.openSynthetic(dir)) {
                List<SubmissionEntry> entries = ws.entries();
                int n = entries.size();
                assertTrue(n == confirmed || n == confirmed + 1,
                        "round " + round + ": " + n + " documents, last confirmed " + confirmed + " (seed " + seed + ")");
                String title = ws.load(entries.get(0).id()).getTitle();
                if (n > BASE_DOCUMENTS) {
                    assertEquals(SaveLoop.title(n), title, "index and documents from different saves (seed " + seed + ")");
                }
                for (SubmissionEntry e : entries) {
                    assertEquals(e.unitName(), ws.load(e.id()).getUnitName());
                }
                // the review record of the first unit: one file, so its manual findings and their count agree
                List<FindingRecord> manual = ReviewRecords.open(dir).findingsOf(entries.get(0).unitName()).stream()
                        .filter(FindingRecord::isManual).toList();
                if (!manual.isEmpty()) {
                    assertEquals(SaveLoop.count(manual.size()), manual.get(0).getMessage(),
                            "a unit's record from two saves (seed " + seed + ")");
                }
                assertTrue(manual.size() <= n - BASE_DOCUMENTS, "the record saves after the workspace (seed " + seed + ")");
                System.err.printf("kill round %d: killed after %d ms, last confirmed %d, found %d (seed %d)%n", round,
                        delay, confirmed, n, seed);
                confirmed = n;
            }
        }
        assertTrue(totalSaves > 0, "the child never got to save: the test proved nothing");
    }

    private static Process startSaveLoop(Path dir, Path scratch) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx256m", "-cp", classPath(), SaveLoop.class.getName(), dir.toString(),
                scratch.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static Thread readLines(Process child, AtomicInteger lastSaved, AtomicInteger opened) {
        List<String> other = new ArrayList<>();
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    try {
                        if (line.startsWith("saved ")) {
                            lastSaved.set(Integer.parseInt(line.substring(6)));
                            continue;
                        } else if (line.startsWith("opened ")) {
                            opened.set(Integer.parseInt(line.substring(7)));
                            continue;
                        }
                    } catch (NumberFormatException e) {
                        // a line cut by the kill (or mixed with the child's error output): keep reading
                    }
                    other.add(line);
                    System.err.println("save loop: " + line);
                }
            } catch (IOException e) {
                // the pipe closed by the kill
            }
        }, "save-loop-output");
        t.start();
        return t;
    }

    /** Class path of the child: the folders or jars the test runtime loaded these bundles from. */
    static String classPath() throws IOException {
        Class<?>[] anchors = {SaveLoop.class, ReviewWorkspace.class, DisclosurePackage.class,
            org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.ecore.xmi.XMIResource.class,
            org.eclipse.emf.common.util.URI.class, org.fiscallens.rules.interpreter.Finding.class};
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            entries.add(locationOf(anchor));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String locationOf(Class<?> type) throws IOException {
        String classFile = type.getName().replace('.', '/') + ".class";
        URL url = FileLocator.resolve(type.getClassLoader().getResource(classFile));
        String s = URLDecoder.decode(url.toString(), StandardCharsets.UTF_8);
        if (s.startsWith("jar:file:")) {
            return s.substring("jar:file:".length(), s.indexOf("!/"));
        }
        if (s.startsWith("file:") && s.endsWith(classFile)) {
            return s.substring("file:".length(), s.length() - classFile.length());
        }
        throw new IOException("cannot turn " + s + " into a class path entry");
    }
}
