package org.fiscallens.review;

import org.fiscallens.importer.DisclosureImporter;

/** Binds the workspace to the importer bundle; the only place that names the importer class. */
final class DefaultParser {
    private DefaultParser() {
    }

    static DocumentParser create() {
        return new DisclosureImporter()::importBytes;
    }
}
