package org.fiscallens.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.fiscallens.model.disclosure.Diagnostic;
import org.fiscallens.model.disclosure.DiagnosticSeverity;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.disclosure.UnitKind;
import org.fiscallens.review.regions.DepartmentMembers;
import org.fiscallens.review.regions.RegionManifest;
import org.fiscallens.review.regions.RegionName;
import org.fiscallens.review.regions.RegionResolver;
import org.fiscallens.review.regions.ProvinceTree;

/**
 * One {@link ReviewWorkspace#importPaths} run. Each document is handled on its own: read, recognised by sha256 (an
 * unchanged file is skipped before parsing), parsed, placed in the region tree, written to its own file and dropped
 * from memory. Reading and parsing run on every core, a chunk of files at a time; placing and writing follow in file
 * order, so the outcome is the same as one file after the other. Whatever goes wrong with one document becomes a
 * message and never stops the others.
 */
final class DocumentImport {
    static final String UNKNOWN_UNIT = "（未识别单位）";

    private enum Outcome { IMPORTED, REPLACED, UNCHANGED, FAILED }

    private final IndexState index;
    private final SubmissionFiles files;
    private final ResourceSet resourceSet;
    private final DocumentParser parser;
    private final RegionResolver regions;
    private final List<String> messages = new ArrayList<>();
    private Sink sink = Sink.NONE;

    /** Is handed each document as it is stored, while it is still in memory (e.g. to check it without reading it). */
    interface Sink {
        Sink NONE = new Sink() {
            @Override
            public void stored(SubmissionEntry entry, Submission submission) {
            }

            @Override
            public void chunkDone() {
            }
        };

        /** A parsed document, written to its file and current in the index (not yet committed). */
        void stored(SubmissionEntry entry, Submission submission);

        /** Between chunks: the index is quiet, documents may be read from their files on any thread. */
        void chunkDone();
    }

    DocumentImport to(Sink newSink) {
        this.sink = newSink;
        return this;
    }

    DocumentImport(IndexState index, SubmissionFiles files, ResourceSet resourceSet, DocumentParser parser,
                   RegionResolver regions) {
        this.index = index;
        this.files = files;
        this.resourceSet = resourceSet;
        this.parser = parser;
        this.regions = regions;
    }

    ImportSummary run(List<Path> paths, ImportListener listener) {
        SourceCollector.Sources sources = SourceCollector.collect(paths);
        messages.addAll(sources.problems());
        int failed = sources.problems().size();
        for (Path manifest : sources.manifests()) {
            try {
                regions.addManifest(RegionManifest.read(manifest));
            } catch (IOException | RuntimeException e) {
                messages.add(manifest + ":0: cannot read region manifest: " + e);
            }
        }
        int imported = 0;
        int replaced = 0;
        List<Path> documents = sources.documents();
        for (int start = 0; start < documents.size(); start += CHUNK) {
            // reading and parsing (most of the time) runs on every core; placing and writing stay in file order
            List<Read> chunk = documents.subList(start, Math.min(documents.size(), start + CHUNK)).parallelStream()
                    .map(this::read).toList();
            for (int k = 0; k < chunk.size(); k++) {
                Read read = chunk.get(k);
                Outcome outcome;
                try {
                    outcome = importOne(read);
                } catch (IOException | RuntimeException e) {
                    messages.add(read.file() + ":0: " + describe(e));
                    outcome = Outcome.FAILED;
                }
                switch (outcome) {
                    case IMPORTED -> imported++;
                    case REPLACED -> replaced++;
                    case FAILED -> failed++;
                    case UNCHANGED -> { }
                }
                listener.progress(start + k + 1, documents.size(), read.file());
            }
            sink.chunkDone();
        }
        return new ImportSummary(imported, replaced, failed, messages);
    }

    /** Files read and parsed together on every core; bounds the documents held in memory at once. */
    static final int CHUNK = 64;

    /** A file as read (and parsed, unless the workspace already has it) on a worker thread. */
    private record Read(Path file, byte[] bytes, String sha256, Submission submission, byte[] stored,
            List<String> members, Exception failure) {
    }

    /** Runs on a worker thread: reads only the index (which nothing changes meanwhile), never writes to it. */
    private Read read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha256 = sha256(bytes);
            boolean known = index.currentBySha(sha256).isPresent() || index.historyBySha(sha256).isPresent();
            Submission submission = known ? null : parser.parse(file.toString(), bytes);
            // the bytes of its file and a department's member units too, while on every core (they need no other
            // document; the region manifests were all read before)
            byte[] stored = isDisclosure(submission) ? SubmissionFiles.serialize(submission) : null;
            List<String> members = isDisclosure(submission) ? DepartmentMembers.of(submission, bytes, regions) : null;
            return new Read(file, bytes, sha256, submission, stored, members, null);
        } catch (IOException | RuntimeException e) {
            return new Read(file, null, null, null, null, null, e);
        }
    }

    private Outcome importOne(Read read) throws IOException {
        if (read.failure() instanceof IOException e) {
            throw e;
        } else if (read.failure() instanceof RuntimeException e) {
            throw e;
        }
        Path file = read.file();
        byte[] bytes = read.bytes();
        String sha256 = read.sha256();
        if (index.currentBySha(sha256).isPresent()) {
            return Outcome.UNCHANGED;
        }
        Optional<StoredEntry> older = index.historyBySha(sha256);
        if (older.isPresent()) {
            // an older version imported again becomes current again; its file is still there
            index.makeCurrent(older.get(), files.uri(older.get().file));
            return Outcome.REPLACED;
        }
        // a file the index knew when it was read, but which an earlier file of this run has since replaced
        Submission submission = read.submission() != null ? read.submission() : parser.parse(file.toString(), bytes);
        byte[] stored = read.submission() != null ? read.stored() : null;
        List<String> members = read.submission() != null ? read.members() : null;
        reportErrors(file, submission);
        if (!isDisclosure(submission)) {
            if (submission == null || errors(submission).isEmpty()) {
                messages.add(file + ":0: not a budget or final-accounts disclosure (no unit name, year or table found)");
            }
            return Outcome.FAILED;
        }
        StoredEntry entry = place(file, sha256, submission,
                members != null ? members : DepartmentMembers.of(submission, bytes, regions));
        Resource resource = resourceSet.createResource(files.uri(entry.id + ".new.bin"));
        try {
            resource.getContents().add(submission);
            SubmissionFiles.Written written = stored != null ? files.write(entry.id, resource, stored)
                    : files.write(entry.id, resource);
            entry.file = written.file();
            entry.checksum = written.checksum();
        } finally {
            resourceSet.getResources().remove(resource);
        }
        Outcome outcome = index.makeCurrent(entry, files.uri(entry.file)).isPresent() ? Outcome.REPLACED : Outcome.IMPORTED;
        sink.stored(entry.toRecord(), submission);
        return outcome;
    }

    /** Creates the entry and puts the unit (and, for a department, its member units) into the region tree. */
    private StoredEntry place(Path file, String sha256, Submission submission, List<String> members) {
        String unitName = blankToNull(submission.getUnitName());
        List<RegionName> regionPath = regions.resolve(unitName);
        ProvinceTree tree = index.tree();
        Unit unit = tree.unit(unitName == null ? UNKNOWN_UNIT : unitName, regionPath);
        if (submission.getScope() == Scope.DEPARTMENT && unitName != null) {
            unit.setKind(UnitKind.DEPARTMENT);
            for (String member : members) {
                Unit memberUnit = tree.existingUnit(member)
                        .orElseGet(() -> tree.unit(member, memberRegion(member, regionPath)));
                tree.link(memberUnit, unit);
            }
        }
        StoredEntry e = new StoredEntry();
        e.id = newId(sha256);
        e.unitName = unitName == null ? UNKNOWN_UNIT + file.getFileName() : unitName;
        e.regionPath = ProvinceTree.pathOf(unit.getRegion());
        e.year = submission.getYear();
        e.kind = submission.getKind();
        e.scope = submission.getScope();
        e.sourcePath = file.toString();
        e.sha256 = sha256;
        e.tableCount = submission.getTables().size();
        e.diagnosticCount = submission.getDiagnostics().size();
        e.unit = unit;
        return e;
    }

    private List<RegionName> memberRegion(String member, List<RegionName> departmentRegion) {
        List<RegionName> own = regions.resolve(member);
        return own.get(0).name().equals(RegionResolver.UNKNOWN_REGION) ? departmentRegion : own;
    }

    /** Ids are a prefix of the source's sha256: stable, and the same file always gets the same id. */
    private String newId(String sha256) {
        for (int length = 16; ; length += 8) {
            String id = sha256.substring(0, Math.min(length, sha256.length()));
            if (!index.isKnownId(id) || length >= sha256.length()) {
                return id;
            }
        }
    }

    private static boolean isDisclosure(Submission s) {
        return s != null && (!s.getTables().isEmpty() || (blankToNull(s.getUnitName()) != null && s.getYear() > 0));
    }

    private void reportErrors(Path file, Submission s) {
        if (s == null) {
            messages.add(file + ":0: the importer returned nothing");
            return;
        }
        for (Diagnostic d : errors(s)) {
            messages.add(file + ":" + d.getLine() + ": " + d.getMessage());
        }
    }

    private static List<Diagnostic> errors(Submission s) {
        return s.getDiagnostics().stream().filter(d -> d.getSeverity() == DiagnosticSeverity.ERROR).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
