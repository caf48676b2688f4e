package org.fiscallens.importer.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;

/** The five real seed documents, imported once per test run, and lookups into the result. */
final class Seeds {

    private static final Map<String, Submission> IMPORTED = new ConcurrentHashMap<>();

    private Seeds() {
    }

    static Path folder() {
        String configured = System.getProperty("fiscallens.seeds");
        Path folder = configured != null ? Path.of(configured) : Path.of("../../samples/seeds");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("Seed folder not found: " + folder.toAbsolutePath());
        }
        return folder;
    }

    /** The seed file whose name starts with the prefix (000 … 004). */
    static Path file(String prefix) {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No seed " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String prefix) {
        try {
            return Files.readAllLines(file(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 1-based number of the first source line that starts with {@code start} (ignoring leading blanks and pipes)
     * after the first line containing {@code anchor}: how a test names a printed row without counting lines by hand.
     */
    static int line(String prefix, String anchor, String start) {
        List<String> lines = lines(prefix);
        int from = 0;
        // table-of-contents lines ("表三2024年预算支出总表.....5") are not anchors
        while (from < lines.size() && (!lines.get(from).contains(anchor) || lines.get(from).contains("...."))) {
            from++;
        }
        for (int i = from + 1; i < lines.size(); i++) {
            if (lines.get(i).replaceFirst("^[|\\s]+", "").startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("No line starting with " + start + " after " + anchor + " in seed " + prefix);
    }

    static Submission imported(String prefix) {
        return IMPORTED.computeIfAbsent(prefix, p -> new DisclosureImporter().importFile(file(p)));
    }

    static Table table(Submission s, String code) {
        return s.getTables().stream().filter(t -> code.equals(t.getCatalogueCode())).findFirst()
                .orElseThrow(() -> new AssertionError("No table " + code));
    }

    /** The row with this subject code, or else this name (first match). */
    static Row row(Table t, String codeOrName) {
        return t.getRows().stream()
                .filter(r -> codeOrName.equals(r.getSubjectCode()) || r.getSubjectCode() == null && codeOrName.equals(r.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + codeOrName + " in " + t.getCatalogueCode()));
    }

    static Cell cell(Row r, String column) {
        return r.getCells().stream().filter(c -> column.equals(c.getColumn().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("No column " + column + " in row " + r.getName()));
    }
}
