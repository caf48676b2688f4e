package org.fiscallens.importer;

import org.fiscallens.model.disclosure.CatalogueEntry;

/**
 * The lines of one printed table: from its first title or code line ({@code from}) to the start of the next table or
 * part ({@code to}, exclusive). {@code entry} is null for a table the catalogue does not know.
 */
record TableRegion(int from, int to, CatalogueEntry entry, String printedCode, String title, int titleLine) {
}
