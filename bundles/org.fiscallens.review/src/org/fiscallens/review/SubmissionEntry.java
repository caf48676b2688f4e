package org.fiscallens.review;

import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Scope;

/**
 * What the index knows about one stored submission: enough to list, filter and group documents without loading them.
 *
 * @param id              stable id of the stored document (derived from the sha256 of its source file)
 * @param regionPath      region names from the province down, joined with {@code /} (e.g. {@code 山西省/吕梁市/汾阳市})
 * @param sourcePath      the path the document was imported from, as given
 */
public record SubmissionEntry(String id, String unitName, String regionPath, int year, DisclosureKind kind, Scope scope,
                              String sourcePath, String sha256, int tableCount, int diagnosticCount) {
}
