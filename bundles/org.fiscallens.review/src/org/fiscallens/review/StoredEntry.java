package org.fiscallens.review;

import org.eclipse.emf.ecore.EObject;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.review.store.IndexModel;

/** The workspace's working copy of one index entry: the public metadata plus where its current file is. */
final class StoredEntry {
    String id;
    String file;
    long checksum;
    String unitName;
    String regionPath;
    int year;
    DisclosureKind kind;
    Scope scope;
    String sourcePath;
    String sha256;
    int tableCount;
    int diagnosticCount;
    /** id of the entry that replaced this one; null while current */
    String replacedBy;
    Unit unit;

    SubmissionEntry toRecord() {
        return new SubmissionEntry(id, unitName, regionPath, year, kind, scope, sourcePath, sha256, tableCount,
                diagnosticCount);
    }

    /** Same unit, year, kind and scope: a newer document replaces the older one. */
    String slot() {
        return unitName + '\u0000' + year + '\u0000' + kind + '\u0000' + scope;
    }

    static StoredEntry read(EObject e) {
        StoredEntry s = new StoredEntry();
        s.id = (String) e.eGet(IndexModel.ENTRY_ID);
        s.file = (String) e.eGet(IndexModel.ENTRY_FILE);
        s.checksum = (Long) e.eGet(IndexModel.ENTRY_CHECKSUM);
        s.unitName = (String) e.eGet(IndexModel.ENTRY_UNIT_NAME);
        s.regionPath = (String) e.eGet(IndexModel.ENTRY_REGION_PATH);
        s.year = (Integer) e.eGet(IndexModel.ENTRY_YEAR);
        s.kind = (DisclosureKind) e.eGet(IndexModel.ENTRY_KIND);
        s.scope = (Scope) e.eGet(IndexModel.ENTRY_SCOPE);
        s.sourcePath = (String) e.eGet(IndexModel.ENTRY_SOURCE_PATH);
        s.sha256 = (String) e.eGet(IndexModel.ENTRY_SHA256);
        s.tableCount = (Integer) e.eGet(IndexModel.ENTRY_TABLE_COUNT);
        s.diagnosticCount = (Integer) e.eGet(IndexModel.ENTRY_DIAGNOSTIC_COUNT);
        s.replacedBy = (String) e.eGet(IndexModel.ENTRY_REPLACED_BY);
        s.unit = (Unit) e.eGet(IndexModel.ENTRY_UNIT);
        return s;
    }

    EObject write() {
        EObject e = IndexModel.PACKAGE.getEFactoryInstance().create(IndexModel.ENTRY);
        e.eSet(IndexModel.ENTRY_ID, id);
        e.eSet(IndexModel.ENTRY_FILE, file);
        e.eSet(IndexModel.ENTRY_CHECKSUM, checksum);
        e.eSet(IndexModel.ENTRY_UNIT_NAME, unitName);
        e.eSet(IndexModel.ENTRY_REGION_PATH, regionPath);
        e.eSet(IndexModel.ENTRY_YEAR, year);
        e.eSet(IndexModel.ENTRY_KIND, kind);
        e.eSet(IndexModel.ENTRY_SCOPE, scope);
        e.eSet(IndexModel.ENTRY_SOURCE_PATH, sourcePath);
        e.eSet(IndexModel.ENTRY_SHA256, sha256);
        e.eSet(IndexModel.ENTRY_TABLE_COUNT, tableCount);
        e.eSet(IndexModel.ENTRY_DIAGNOSTIC_COUNT, diagnosticCount);
        e.eSet(IndexModel.ENTRY_REPLACED_BY, replacedBy);
        e.eSet(IndexModel.ENTRY_UNIT, unit);
        return e;
    }
}
