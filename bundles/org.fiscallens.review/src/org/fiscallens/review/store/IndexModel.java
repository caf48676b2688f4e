package org.fiscallens.review.store;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.fiscallens.model.disclosure.DisclosurePackage;

/**
 * The tiny metamodel of the index file: one {@code WorkspaceIndex} holding the province (regions, units) and one
 * {@code IndexEntry} per stored submission. Built in code because it is small and private to the store; when the
 * review model (annotations, findings) grows it moves into a generated {@code review.ecore}.
 */
public final class IndexModel {
    public static final String NS_URI = "http://fiscallens.org/review/index/1.0";
    /** Bumped when the index layout changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    public static final EPackage PACKAGE;
    public static final EClass INDEX;
    public static final EAttribute INDEX_FORMAT;
    public static final EAttribute INDEX_GENERATION;
    public static final EReference INDEX_PROVINCE;
    public static final EReference INDEX_ENTRIES;
    public static final EReference INDEX_HISTORY;

    public static final EClass ENTRY;
    public static final EAttribute ENTRY_ID;
    public static final EAttribute ENTRY_FILE;
    public static final EAttribute ENTRY_CHECKSUM;
    public static final EAttribute ENTRY_UNIT_NAME;
    public static final EAttribute ENTRY_REGION_PATH;
    public static final EAttribute ENTRY_YEAR;
    public static final EAttribute ENTRY_KIND;
    public static final EAttribute ENTRY_SCOPE;
    public static final EAttribute ENTRY_SOURCE_PATH;
    public static final EAttribute ENTRY_SHA256;
    public static final EAttribute ENTRY_TABLE_COUNT;
    public static final EAttribute ENTRY_DIAGNOSTIC_COUNT;
    public static final EAttribute ENTRY_REPLACED_BY;
    public static final EReference ENTRY_UNIT;

    private static final EcoreFactory F = EcoreFactory.eINSTANCE;
    private static final EcorePackage E = EcorePackage.eINSTANCE;

    static {
        DisclosurePackage d = DisclosurePackage.eINSTANCE;
        PACKAGE = F.createEPackage();
        PACKAGE.setName("reviewindex");
        PACKAGE.setNsPrefix("reviewindex");
        PACKAGE.setNsURI(NS_URI);

        INDEX = eClass("WorkspaceIndex");
        INDEX_FORMAT = attribute(INDEX, "formatVersion", E.getEInt());
        INDEX_GENERATION = attribute(INDEX, "generation", E.getELong());
        INDEX_PROVINCE = containment(INDEX, "province", d.getProvince(), false);

        ENTRY = eClass("IndexEntry");
        INDEX_ENTRIES = containment(INDEX, "entries", ENTRY, true);
        INDEX_HISTORY = containment(INDEX, "history", ENTRY, true);
        ENTRY_ID = attribute(ENTRY, "id", E.getEString());
        ENTRY_FILE = attribute(ENTRY, "file", E.getEString());
        ENTRY_CHECKSUM = attribute(ENTRY, "checksum", E.getELong());
        ENTRY_UNIT_NAME = attribute(ENTRY, "unitName", E.getEString());
        ENTRY_REGION_PATH = attribute(ENTRY, "regionPath", E.getEString());
        ENTRY_YEAR = attribute(ENTRY, "year", E.getEInt());
        ENTRY_KIND = attribute(ENTRY, "kind", d.getDisclosureKind());
        ENTRY_SCOPE = attribute(ENTRY, "scope", d.getScope());
        ENTRY_SOURCE_PATH = attribute(ENTRY, "sourcePath", E.getEString());
        ENTRY_SHA256 = attribute(ENTRY, "sha256", E.getEString());
        ENTRY_TABLE_COUNT = attribute(ENTRY, "tableCount", E.getEInt());
        ENTRY_DIAGNOSTIC_COUNT = attribute(ENTRY, "diagnosticCount", E.getEInt());
        ENTRY_REPLACED_BY = attribute(ENTRY, "replacedBy", E.getEString());
        ENTRY_UNIT = F.createEReference();
        ENTRY_UNIT.setName("unit");
        ENTRY_UNIT.setEType(d.getUnit());
        ENTRY.getEStructuralFeatures().add(ENTRY_UNIT);
    }

    private IndexModel() {
    }

    private static EClass eClass(String name) {
        EClass c = F.createEClass();
        c.setName(name);
        PACKAGE.getEClassifiers().add(c);
        return c;
    }

    private static EAttribute attribute(EClass owner, String name, EClassifier type) {
        EAttribute a = F.createEAttribute();
        a.setName(name);
        a.setEType(type);
        owner.getEStructuralFeatures().add(a);
        return a;
    }

    private static EReference containment(EClass owner, String name, EClass type, boolean many) {
        EReference r = F.createEReference();
        r.setName(name);
        r.setEType(type);
        r.setContainment(true);
        r.setUpperBound(many ? -1 : 1);
        owner.getEStructuralFeatures().add(r);
        return r;
    }
}
