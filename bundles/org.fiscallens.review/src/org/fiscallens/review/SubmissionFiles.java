package org.fiscallens.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.review.store.DurableFiles;
import org.fiscallens.review.store.FolderLayout;
import org.fiscallens.review.store.StoreResourceSet;

/**
 * Writes submission versions and remembers what a commit must make durable (pending files) and what it makes
 * obsolete. Files are written as soon as a document is imported or unloaded with changes, so memory stays bounded
 * during a 20,000-document import; they only become part of the workspace when {@link ReviewWorkspace#save()}
 * commits an index that names them.
 */
final class SubmissionFiles {
    record Written(String file, long checksum) {
    }

    private final FolderLayout layout;
    private final DurableFiles files;
    /** Generation for files written from now on: above every generation any committed index can refer to. */
    private long nextGeneration;
    private final Set<Path> pending = new LinkedHashSet<>();
    private final Set<Path> obsolete = new LinkedHashSet<>();

    SubmissionFiles(FolderLayout layout, DurableFiles files, long committedGeneration) {
        this.layout = layout;
        this.files = files;
        this.nextGeneration = committedGeneration + 1;
    }

    URI uri(String file) {
        return URI.createFileURI(layout.submission(file).toString());
    }

    /** Serializes the resource into a new file version of {@code id}, and points the resource at it. */
    Written write(String id, Resource resource) throws IOException {
        return write(id, resource, StoreResourceSet.serialize(resource));
    }

    /** {@link #write(String, Resource)} with the resource's bytes already made (on another thread). */
    Written write(String id, Resource resource, byte[] bytes) throws IOException {
        String file = FolderLayout.submissionFileName(id, nextGeneration);
        Path target = layout.submission(file);
        files.writeAtomically(target, bytes, false);
        pending.add(target);
        resource.setURI(uri(file));
        return new Written(file, StoreResourceSet.checksum(bytes));
    }

    /** The bytes a submission's file holds, made without the workspace's resource set: safe on any thread. */
    static byte[] serialize(Submission submission) throws IOException {
        Resource resource = new BinaryResourceImpl(URI.createURI("submission.bin"));
        resource.getContents().add(submission);
        try {
            return StoreResourceSet.serialize(resource);
        } finally {
            resource.getContents().clear();
        }
    }

    void obsolete(String file) {
        Path path = layout.submission(file);
        if (!pending.contains(path)) {
            obsolete.add(path);
        }
    }

    /** Before the index commit: every file it will name is on disk, and so is the directory entry. */
    void syncPending() throws IOException {
        files.syncAll(pending);
        files.syncDirectory(layout.submissions());
    }

    /** Starts a new save attempt: never reuse a generation, not even one of a failed attempt. */
    long beginSave() {
        return nextGeneration++;
    }

    /** After the index commit: pending files are part of the workspace; replaced file versions can go. */
    void committed() {
        pending.clear();
        for (Path p : Set.copyOf(obsolete)) {
            try {
                files.delete(p);
                obsolete.remove(p);
            } catch (IOException e) {
                // harmless: an unreferenced file is removed on the next open
            }
        }
    }
}
