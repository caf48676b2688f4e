package org.fiscallens.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.fiscallens.model.disclosure.Province;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.review.regions.Gazetteer;
import org.fiscallens.review.regions.ProvinceTree;
import org.fiscallens.review.regions.RegionResolver;
import org.fiscallens.review.store.DurableFiles;
import org.fiscallens.review.store.FolderLayout;
import org.fiscallens.review.store.IndexModel;
import org.fiscallens.review.store.SealedBytes;
import org.fiscallens.review.store.StoreResourceSet;
import org.fiscallens.review.store.WorkspaceLock;

/**
 * A review workspace kept in a folder: an index (province, region tree, units, one entry per submission) plus one
 * EMF resource per submission, loaded only when asked for. See {@code package-info.java} for the layout and the
 * save protocol. Not thread-safe; one process at a time (the folder is locked while open).
 */
public final class ReviewWorkspace implements AutoCloseable {
    private final FolderLayout layout;
    private final WorkspaceLock lock;
    private final DurableFiles durable;
    private final StoreResourceSet resourceSet;
    private final Resource indexResource;
    private final IndexState index;
    private final SubmissionFiles files;
    private final DocumentParser parser;
    private final RegionResolver regions = new RegionResolver(Gazetteer.standard());
    /** a new workspace, whose index was never written (other changes the index itself knows of) */
    private boolean unwritten;
    private boolean closed;

    private ReviewWorkspace(FolderLayout layout, WorkspaceLock lock, StoreOptions options) throws IOException {
        this.layout = layout;
        this.lock = lock;
        this.parser = options.parser();
        this.durable = new DurableFiles(options.steps());
        this.resourceSet = new StoreResourceSet(this::expectedChecksum);
        URI indexUri = URI.createFileURI(layout.index().toString());
        if (Files.exists(layout.index())) {
            indexResource = resourceSet.load(indexUri);
            EObject root = indexResource.getContents().get(0);
            if (root.eClass() != IndexModel.INDEX
                    || !Objects.equals(root.eGet(IndexModel.INDEX_FORMAT), IndexModel.FORMAT_VERSION)) {
                throw new CorruptFileException(layout.index(), "not a review workspace index of format "
                        + IndexModel.FORMAT_VERSION, null);
            }
            index = IndexState.read(root);
        } else {
            refuseOrphanedSubmissions(layout);
            indexResource = resourceSet.createResource(indexUri);
            indexResource.getContents().add(IndexState.newRoot(layout.root().getFileName().toString()));
            index = IndexState.read(indexResource.getContents().get(0));
            unwritten = true;
        }
        files = new SubmissionFiles(layout, durable, index.generation());
    }

    /** Opens the workspace in {@code dir}, creating an empty one if there is none. */
    public static ReviewWorkspace open(Path dir) throws IOException {
        return open(dir, StoreOptions.defaults());
    }

    public static ReviewWorkspace open(Path dir, StoreOptions options) throws IOException {
        FolderLayout layout = new FolderLayout(dir);
        Files.createDirectories(layout.submissions());
        WorkspaceLock lock = WorkspaceLock.acquire(layout.lock());
        try {
            ReviewWorkspace workspace = new ReviewWorkspace(layout, lock, options);
            workspace.removeLeftovers();
            if (workspace.unwritten) {
                workspace.save();
            }
            return workspace;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Imports files and folders (recursively: *.txt, *.md; regions.csv as region manifest), one document at a time. */
    public ImportSummary importPaths(List<Path> paths, ImportListener listener) {
        return importPaths(paths, listener, DocumentImport.Sink.NONE);
    }

    ImportSummary importPaths(List<Path> paths, ImportListener listener, DocumentImport.Sink sink) {
        checkOpen();
        return new DocumentImport(index, files, resourceSet, parser, regions).to(sink)
                .run(paths, listener == null ? ImportListener.NONE : listener);
    }

    /** The current submissions (replaced versions excluded), in import order. Loads no document. */
    public List<SubmissionEntry> entries() {
        checkOpen();
        return index.entries();
    }

    /**
     * The current submissions of a unit by its key ({@code Labels.normalize} of its name), in import order: a look-up,
     * where going through {@link #entries()} on every chunk of a large import would be quadratic.
     */
    List<SubmissionEntry> unitEntries(String unitKey) {
        checkOpen();
        return index.currentOfUnit(unitKey);
    }

    /** Whether this id is a current submission (not replaced, not unknown). */
    boolean isCurrent(String submissionId) {
        checkOpen();
        return index.isCurrent(submissionId);
    }

    /** The region tree with its department links, for look-ups within this bundle. */
    ProvinceTree tree() {
        checkOpen();
        return index.tree();
    }

    /**
     * The submission with this id (current or replaced), loaded from its file on first use and cached.
     *
     * @throws IllegalArgumentException for an unknown id
     * @throws UncheckedIOException     wrapping a {@link CorruptFileException} naming the file, when it cannot be read
     */
    public Submission load(String submissionId) {
        return submissionFrom(resourceSet, submissionId);
    }

    /**
     * The submission with this id as last written to its file, read into memory of its own: neither cached nor
     * tracked for saving (changes to it are not kept). Unlike {@link #load}, safe to call from several threads at once,
     * as long as nothing is imported or saved meanwhile: checking a province reads its documents on every core.
     *
     * @throws IllegalArgumentException for an unknown id
     * @throws UncheckedIOException     wrapping a {@link CorruptFileException} naming the file, when it cannot be read
     */
    public Submission read(String submissionId) {
        return submissionFrom(new StoreResourceSet(this::expectedChecksum, false), submissionId);
    }

    private Submission submissionFrom(StoreResourceSet set, String submissionId) {
        checkOpen();
        StoredEntry entry = index.find(submissionId)
                .orElseThrow(() -> new IllegalArgumentException("no submission with id " + submissionId));
        try {
            Resource resource = set.load(files.uri(entry.file));
            return (Submission) resource.getContents().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassCastException e) {
            throw new UncheckedIOException(new CorruptFileException(layout.submission(entry.file),
                    "does not hold a submission", e));
        }
    }

    /** Drops a loaded submission from memory; unsaved changes are first written to a new (uncommitted) file. */
    public void unload(String submissionId) {
        checkOpen();
        StoredEntry entry = index.find(submissionId).orElse(null);
        if (entry == null) {
            return;
        }
        Resource resource = resourceSet.getResource(files.uri(entry.file), false);
        if (resource == null) {
            return;
        }
        try {
            if (resource.isModified()) {
                writeModified(entry, resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resource.unload();
        resourceSet.getResources().remove(resource);
    }

    public boolean isLoaded(String submissionId) {
        checkOpen();
        return index.find(submissionId)
                .map(e -> resourceSet.getResource(files.uri(e.file), false))
                .map(Resource::isLoaded)
                .orElse(false);
    }

    /** Region tree → units → their current submissions (as proxies until loaded). Loads no document. */
    public Province province() {
        checkOpen();
        return index.tree().province();
    }

    /**
     * Commits the workspace. Protocol: (1) changed submissions go to new files (never over a file an index names);
     * (2) all files written since the last commit are fsynced, then their directory; (3) the index is written to a
     * temp file, fsynced and atomically renamed over {@code index.bin} — the commit point; (4) replaced file versions
     * are deleted. A crash before (3) completes leaves the previous index, whose files are all untouched; after it,
     * the new one, whose files are all durable.
     */
    public void save() throws IOException {
        checkOpen();
        for (Resource resource : new ArrayList<>(resourceSet.getResources())) {
            if (resource != indexResource && resource.isModified()) {
                StoredEntry entry = index.byFile(resource.getURI().lastSegment()).orElseThrow();
                writeModified(entry, resource);
            }
        }
        if (!unwritten && !index.changed()) {
            return;
        }
        long generation = files.beginSave();
        files.syncPending();
        index.writeTo(generation);
        try {
            durable.writeAtomically(layout.index(), SealedBytes.seal(StoreResourceSet.serialize(indexResource)), true);
        } finally {
            index.releaseWritten();
        }
        durable.syncDirectory(layout.root());
        index.committed(generation);
        unwritten = false;
        files.committed();
    }

    public Path directory() {
        return layout.root();
    }

    /**
     * Releases the folder. Unsaved changes are dropped; their files are left for the next open to remove, because
     * only the index on disk can say whether a failed save got as far as its commit.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (Resource r : new ArrayList<>(resourceSet.getResources())) {
                r.unload();
            }
            resourceSet.getResources().clear();
        } finally {
            lock.close();
        }
    }

    private void writeModified(StoredEntry entry, Resource resource) throws IOException {
        String oldFile = entry.file;
        SubmissionFiles.Written written = files.write(entry.id, resource);
        Submission submission = (Submission) resource.getContents().get(0);
        entry.file = written.file();
        entry.checksum = written.checksum();
        entry.tableCount = submission.getTables().size();
        entry.diagnosticCount = submission.getDiagnostics().size();
        index.moved(entry, oldFile, submission);
        files.obsolete(oldFile);
        resource.setModified(false);
    }

    private OptionalLong expectedChecksum(URI uri) {
        if (index == null || uri.segmentCount() < 2
                || !FolderLayout.SUBMISSIONS.equals(uri.segment(uri.segmentCount() - 2))) {
            return OptionalLong.empty();
        }
        return index.byFile(uri.lastSegment()).map(e -> OptionalLong.of(e.checksum)).orElse(OptionalLong.empty());
    }

    /**
     * Without an index, submission files would all look like leftovers and be deleted: a folder that has them but
     * lost its index is damaged, not empty.
     */
    private static void refuseOrphanedSubmissions(FolderLayout layout) throws IOException {
        try (var files = Files.list(layout.submissions())) {
            if (files.anyMatch(f -> !f.getFileName().toString().endsWith(DurableFiles.TEMP_SUFFIX))) {
                throw new CorruptFileException(layout.index(), "index is missing but submission files exist", null);
            }
        }
    }

    private void removeLeftovers() throws IOException {
        List<Path> leftovers = layout.leftovers(index.referencedFiles());
        for (Path p : leftovers) {
            Files.deleteIfExists(p);
        }
        if (!leftovers.isEmpty()) {
            durable.syncDirectory(layout.submissions());
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("review workspace is closed: " + layout.root());
        }
    }
}
