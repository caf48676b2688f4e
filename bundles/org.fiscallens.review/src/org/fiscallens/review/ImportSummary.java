package org.fiscallens.review;

import java.util.List;

/**
 * Outcome of one {@link ReviewWorkspace#importPaths} call.
 *
 * @param imported documents added for a unit/year/kind/scope the workspace did not have yet
 * @param replaced documents that replaced an older version of the same unit/year/kind/scope (the old one stays in history)
 * @param failed   documents that could not be read or were not recognisable as a disclosure; they are not stored
 * @param messages {@code file:line: message} for every failed document and every error the importer reported
 */
public record ImportSummary(int imported, int replaced, int failed, List<String> messages) {
    public ImportSummary {
        messages = List.copyOf(messages);
    }
}
