package org.fiscallens.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.fiscallens.review.regions.RegionManifest;

/** Expands the paths given to an import into document files (folders: recursively, *.txt and *.md) and manifests. */
final class SourceCollector {
    record Sources(List<Path> documents, List<Path> manifests, List<String> problems) {
    }

    private SourceCollector() {
    }

    static Sources collect(List<Path> paths) {
        List<Path> documents = new ArrayList<>();
        List<Path> manifests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(f -> {
                        if (isManifest(f)) {
                            manifests.add(f);
                        } else if (isDocument(f)) {
                            documents.add(f);
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    problems.add(path + ":0: cannot list folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                (isManifest(path) ? manifests : documents).add(path);
            } else {
                problems.add(path + ":0: no such file or folder");
            }
        }
        return new Sources(documents, manifests, problems);
    }

    private static boolean isManifest(Path file) {
        return file.getFileName().toString().equalsIgnoreCase(RegionManifest.FILE_NAME);
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }
}
