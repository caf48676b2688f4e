package org.fiscallens.review;

import org.fiscallens.model.disclosure.Submission;

/**
 * Turns the bytes of one source file into a submission. The workspace uses the importer bundle's
 * {@code DisclosureImporter}; tests and tools may plug in another (e.g. to build documents by hand).
 * Must not throw on bad content: problems belong in {@link Submission#getDiagnostics()}. Called from several threads
 * at once (the workspace parses files in parallel): keep no state between calls.
 */
@FunctionalInterface
public interface DocumentParser {
    Submission parse(String path, byte[] content);
}
