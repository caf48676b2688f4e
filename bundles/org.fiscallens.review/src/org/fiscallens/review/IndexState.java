package org.fiscallens.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.Province;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.review.regions.ProvinceTree;
import org.fiscallens.review.store.IndexModel;
import org.fiscallens.rules.interpreter.Labels;

/**
 * The in-memory index: current entries (by id, by sha256, by unit/year/kind/scope), replaced entries (history), the
 * province tree, and the links from units to their submissions. Read from and written back into the index
 * resource's root object; nothing here touches the disk.
 */
final class IndexState {
    private final EObject root;
    private final ProvinceTree tree;
    private final Map<String, StoredEntry> current = new LinkedHashMap<>();
    private final Map<String, StoredEntry> history = new LinkedHashMap<>();
    private final Map<String, StoredEntry> bySha = new HashMap<>();
    private final Map<String, StoredEntry> historyBySha = new HashMap<>();
    private final Map<String, StoredEntry> bySlot = new HashMap<>();
    private final Map<String, StoredEntry> byFile = new HashMap<>();
    /** Current entries by unit key (the normalized unit name), in the order they became current. */
    private final Map<String, List<StoredEntry>> currentByUnit = new HashMap<>();
    private long generation;
    /** current entries or history changed since the last commit: what {@link #writeTo} writes differs */
    private boolean changed;
    /** {@link #entries()} as last built; null when the current entries changed since */
    private List<SubmissionEntry> entriesView;

    private IndexState(EObject root) {
        this.root = root;
        this.tree = new ProvinceTree((Province) root.eGet(IndexModel.INDEX_PROVINCE));
        this.generation = (Long) root.eGet(IndexModel.INDEX_GENERATION);
    }

    static EObject newRoot(String provinceName) {
        EObject root = IndexModel.PACKAGE.getEFactoryInstance().create(IndexModel.INDEX);
        root.eSet(IndexModel.INDEX_FORMAT, IndexModel.FORMAT_VERSION);
        root.eSet(IndexModel.INDEX_GENERATION, 0L);
        Province province = DisclosureFactory.eINSTANCE.createProvince();
        province.setName(provinceName);
        root.eSet(IndexModel.INDEX_PROVINCE, province);
        return root;
    }

    /** Takes the entries out of the root (they are rebuilt on every write, so only one copy lives in memory). */
    @SuppressWarnings("unchecked")
    static IndexState read(EObject root) {
        IndexState state = new IndexState(root);
        EList<EObject> entries = (EList<EObject>) root.eGet(IndexModel.INDEX_ENTRIES);
        EList<EObject> replaced = (EList<EObject>) root.eGet(IndexModel.INDEX_HISTORY);
        for (EObject e : entries) {
            state.putCurrent(StoredEntry.read(e));
        }
        for (EObject e : replaced) {
            state.putHistory(StoredEntry.read(e));
        }
        entries.clear();
        replaced.clear();
        return state;
    }

    /** Puts the current state into the root, ready to be serialized. */
    @SuppressWarnings("unchecked")
    void writeTo(long newGeneration) {
        EList<EObject> entries = (EList<EObject>) root.eGet(IndexModel.INDEX_ENTRIES);
        EList<EObject> replaced = (EList<EObject>) root.eGet(IndexModel.INDEX_HISTORY);
        entries.clear();
        replaced.clear();
        List<EObject> fresh = new ArrayList<>(current.size());
        current.values().forEach(s -> fresh.add(s.write()));
        entries.addAll(fresh);
        List<EObject> old = new ArrayList<>(history.size());
        history.values().forEach(s -> old.add(s.write()));
        replaced.addAll(old);
        root.eSet(IndexModel.INDEX_GENERATION, newGeneration);
    }

    /** Drops the serialized copy again after a write. */
    @SuppressWarnings("unchecked")
    void releaseWritten() {
        ((EList<EObject>) root.eGet(IndexModel.INDEX_ENTRIES)).clear();
        ((EList<EObject>) root.eGet(IndexModel.INDEX_HISTORY)).clear();
    }

    void committed(long newGeneration) {
        generation = newGeneration;
        changed = false;
    }

    /** Whether the entries changed since the last commit (a document made current, or moved to a new file). */
    boolean changed() {
        return changed;
    }

    long generation() {
        return generation;
    }

    ProvinceTree tree() {
        return tree;
    }

    List<SubmissionEntry> entries() {
        if (entriesView == null) {
            List<SubmissionEntry> list = new ArrayList<>(current.size());
            current.values().forEach(s -> list.add(s.toRecord()));
            entriesView = List.copyOf(list);
        }
        return entriesView;
    }

    /** The current entries of a unit ({@link Labels#normalize}d name), in the order they became current. */
    List<SubmissionEntry> currentOfUnit(String unitKey) {
        List<StoredEntry> of = currentByUnit.get(unitKey);
        if (of == null) {
            return List.of();
        }
        List<SubmissionEntry> list = new ArrayList<>(of.size());
        of.forEach(s -> list.add(s.toRecord()));
        return list;
    }

    boolean isCurrent(String id) {
        return current.containsKey(id);
    }

    Optional<StoredEntry> find(String id) {
        StoredEntry s = current.get(id);
        return Optional.ofNullable(s != null ? s : history.get(id));
    }

    Optional<StoredEntry> byFile(String file) {
        return Optional.ofNullable(byFile.get(file));
    }

    Optional<StoredEntry> currentBySha(String sha256) {
        return Optional.ofNullable(bySha.get(sha256));
    }

    Optional<StoredEntry> historyBySha(String sha256) {
        return Optional.ofNullable(historyBySha.get(sha256));
    }

    boolean isKnownId(String id) {
        return current.containsKey(id) || history.containsKey(id);
    }

    Set<String> referencedFiles() {
        return Set.copyOf(byFile.keySet());
    }

    /**
     * Makes {@code entry} the current document of its slot; the one it replaces (returned) moves to history and
     * leaves its unit's submission list. {@code entry} may come from history (an older version imported again).
     */
    Optional<StoredEntry> makeCurrent(StoredEntry entry, URI fileUri) {
        changed = true;
        if (history.remove(entry.id) != null) {
            historyBySha.remove(entry.sha256);
        }
        entry.replacedBy = null;
        StoredEntry old = bySlot.get(entry.slot());
        if (old != null) {
            entriesView = null;
            current.remove(old.id);
            String unitKey = Labels.normalize(old.unitName);
            List<StoredEntry> ofUnit = currentByUnit.get(unitKey);
            ofUnit.remove(old);
            if (ofUnit.isEmpty()) {
                currentByUnit.remove(unitKey);
            }
            bySha.remove(old.sha256);
            old.replacedBy = entry.id;
            putHistory(old);
            removeSubmissionLink(old);
        }
        putCurrent(entry);
        // addUnique: a plain add checks uniqueness by resolving every proxy of the unit's list, which loads (and
        // keeps in the resource set) all its other documents — most of a province during a large import
        ((InternalEList<Submission>) entry.unit.getSubmissions()).addUnique(proxy(fileUri));
        return Optional.ofNullable(old);
    }

    /** A stored document got a new file (it was modified): move the entry and the unit's link to it. */
    void moved(StoredEntry entry, String oldFile, EObject submission) {
        changed = true;
        entriesView = null;
        byFile.remove(oldFile);
        byFile.put(entry.file, entry);
        if (entry.replacedBy == null) {
            EList<Submission> links = entry.unit.getSubmissions();
            int at = linkIndex(links, oldFile);
            if (at >= 0) {
                ((InternalEList<Submission>) links).setUnique(at, (Submission) submission); // no proxy resolved
            }
        }
    }

    private void putHistory(StoredEntry s) {
        history.put(s.id, s);
        historyBySha.put(s.sha256, s);
        byFile.put(s.file, s);
    }

    private void putCurrent(StoredEntry s) {
        entriesView = null;
        current.put(s.id, s);
        currentByUnit.computeIfAbsent(Labels.normalize(s.unitName), k -> new ArrayList<>()).add(s);
        bySha.put(s.sha256, s);
        bySlot.put(s.slot(), s);
        byFile.put(s.file, s);
    }

    private void removeSubmissionLink(StoredEntry old) {
        int at = linkIndex(old.unit.getSubmissions(), old.file);
        if (at >= 0) {
            old.unit.getSubmissions().remove(at);
        }
    }

    /** Position of the link to {@code file} in a unit's submissions, found without resolving any proxy. */
    private static int linkIndex(EList<Submission> links, String file) {
        List<Submission> raw = ((InternalEList<Submission>) links).basicList();
        for (int i = 0; i < raw.size(); i++) {
            URI uri = EcoreUtil.getURI(raw.get(i));
            if (uri != null && file.equals(uri.trimFragment().lastSegment())) {
                return i;
            }
        }
        return -1;
    }

    private static Submission proxy(URI fileUri) {
        Submission proxy = DisclosureFactory.eINSTANCE.createSubmission();
        ((InternalEObject) proxy).eSetProxyURI(fileUri.appendFragment("/"));
        return proxy;
    }
}
