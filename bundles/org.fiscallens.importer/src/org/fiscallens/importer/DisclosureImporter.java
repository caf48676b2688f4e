package org.fiscallens.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fiscallens.model.catalogue.TableCatalogue;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.SourceFile;
import org.fiscallens.model.disclosure.SourceFormat;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;

/**
 * Imports one extracted disclosure (text or markdown from a published PDF) into a {@link Submission}: metadata,
 * tables, narrative claims, annexes, and a diagnostic for everything that could not be read. Never throws on bad
 * content: unreadable files, binary content and internal failures become diagnostics.
 */
public final class DisclosureImporter {

    private static final String ILLEGIBLE_MARK = "[illegible]";

    private final TableCatalogue catalogue;

    /** An importer with the standard table catalogue. */
    public DisclosureImporter() {
        this(TableCatalogue.standard());
    }

    public DisclosureImporter(TableCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Imports a file; I/O problems become diagnostics of an otherwise empty submission. */
    public Submission importFile(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            Submission submission = newSubmission(file.toString());
            new Diagnostics(submission).error(Diagnostics.IO_ERROR, 0, "Cannot read the file: " + e.getMessage(), null);
            return submission;
        }
        return importBytes(file.toString(), content);
    }

    /** Imports content; the path is recorded as given. */
    public Submission importBytes(String path, byte[] content) {
        Submission submission = newSubmission(path);
        Diagnostics diagnostics = new Diagnostics(submission);
        try {
            read(submission, content == null ? new byte[0] : content, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // a defect must not lose the document: keep what was read and say what went wrong
            diagnostics.error(Diagnostics.INTERNAL_ERROR, 0, "Import stopped by an internal error: " + e, null);
        }
        return submission;
    }

    private void read(Submission submission, byte[] content, Diagnostics diagnostics) {
        SourceText source = SourceText.decode(content);
        SourceFile file = submission.getSource();
        file.setSha256(source.sha256);
        file.setSize(source.size);
        file.setEncoding(source.encoding);
        file.setLineCount(source.lineCount());
        if (source.binary) {
            file.setFormat(SourceFormat.UNKNOWN);
            diagnostics.error(Diagnostics.BINARY_CONTENT, 0, "Binary content, not an extracted text: nothing imported", null);
            return;
        }
        if (source.lines().stream().allMatch(String::isBlank)) {
            file.setFormat(SourceFormat.UNKNOWN);
            diagnostics.error(Diagnostics.EMPTY_FILE, 0, "Empty file: nothing imported", null);
            return;
        }
        if (!"UTF-8".equals(source.encoding)) {
            diagnostics.info(Diagnostics.ENCODING, 0, "Not UTF-8: read as " + source.encoding, null);
        }
        if (source.decodedWithErrors) {
            diagnostics.warning(Diagnostics.ENCODING, source.lineCount(), "Some bytes could not be decoded (file cut inside a character?)", null);
        }
        SourceFormat format = FormatDetector.detect(source);
        file.setFormat(format);
        DisclosureKind kind = MetadataReader.read(source, submission);
        reportIllegible(source, diagnostics);

        DocumentLayout layout = DocumentLayout.of(source);
        List<TableRegion> regions = new TableLocator(catalogue).locate(source, layout.tablesFrom, layout.tablesTo, kind);
        TableReader reader = new TableReader(source, diagnostics, format == SourceFormat.MARKDOWN_PIPE);
        for (TableRegion region : regions) {
            Table table = reader.read(region);
            if (region.entry() == null) {
                diagnostics.warning(Diagnostics.UNKNOWN_TABLE, region.titleLine(), "Table title not in the catalogue: " + region.title(), region.title());
            }
            submission.getTables().add(table);
        }
        if (layout.hasNarrative()) {
            submission.setNarrative(NarrativeReader.read(source, layout.narrativeFrom, layout.narrativeTo));
        }
        readAnnexes(source, layout, submission, diagnostics, format == SourceFormat.MARKDOWN_PIPE);
        reportMissingTables(submission, kind, diagnostics);
        reportTruncation(source, submission, diagnostics);
    }

    /** Annexes follow the public tables: in 第五部分 附件, or inside the narrative next to their summary. */
    private static void readAnnexes(SourceText source, DocumentLayout layout, Submission submission, Diagnostics diagnostics, boolean markdown) {
        AnnexReader reader = new AnnexReader(source, diagnostics, markdown);
        for (AnnexLocator.AnnexRegion region : new AnnexLocator(source).locate(layout.tablesTo)) {
            submission.getAnnexes().add(reader.read(region));
        }
    }

    private static Submission newSubmission(String path) {
        Submission submission = DisclosureFactory.eINSTANCE.createSubmission();
        SourceFile file = DisclosureFactory.eINSTANCE.createSourceFile();
        file.setPath(path);
        submission.setSource(file);
        return submission;
    }

    private static void reportIllegible(SourceText source, Diagnostics diagnostics) {
        for (int i = 1; i <= source.lineCount(); i++) {
            String line = source.line(i);
            if (line.contains(ILLEGIBLE_MARK)) {
                diagnostics.warning(Diagnostics.ILLEGIBLE, i, "Illegible block in the extraction: its content is missing", line.strip());
            }
        }
    }

    private void reportMissingTables(Submission submission, DisclosureKind kind, Diagnostics diagnostics) {
        if (submission.getTables().isEmpty()) {
            diagnostics.warning(Diagnostics.NO_TABLES, 0, "No public table found", null);
            return;
        }
        if (kind == null) {
            return;
        }
        Set<String> found = new HashSet<>();
        submission.getTables().forEach(t -> found.add(t.getCatalogueCode()));
        for (CatalogueEntry entry : catalogue.entries(kind)) {
            if (entry.isRequired() && !found.contains(entry.getCode()) && !coveredByVariant(entry, found)) {
                diagnostics.info(Diagnostics.MISSING_TABLE, 0, "Required table not found: " + entry.getCode() + " " + entry.getTitle(), null);
            }
        }
    }

    /** 公开10 may be published as the provincial pair 机关运行经费支出情况表 + 政府采购支出情况表. */
    private static boolean coveredByVariant(CatalogueEntry entry, Set<String> found) {
        return "公开10".equals(entry.getCode()) && found.contains("公开10a");
    }

    /** A file that ends inside a table (last line is a table line with no notes after it) was cut off. */
    private static void reportTruncation(SourceText source, Submission submission, Diagnostics diagnostics) {
        int last = source.lineCount();
        while (last > 0 && source.line(last).isBlank()) {
            last--;
        }
        if (last == 0) {
            return;
        }
        GridLine g = source.grid(last);
        if (g != null && !submission.getTables().isEmpty()) {
            Table lastTable = submission.getTables().get(submission.getTables().size() - 1);
            if (lastTable.getLastLine() >= last - 1 && lastTable.getNotes().isEmpty()) {
                diagnostics.warning(Diagnostics.TRUNCATED, last, "The file ends inside table "
                        + (lastTable.getCatalogueCode() != null ? lastTable.getCatalogueCode() : lastTable.getTitle())
                        + ": the rest of the table and of the document is missing", source.line(last).strip());
                return;
            }
        }
        if (g != null && last > 0) {
            diagnostics.info(Diagnostics.TRUNCATED, last, "The file ends with a table line: it may be cut off", source.line(last).strip());
        }
    }
}
