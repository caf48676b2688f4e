package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.CatalogueColumn;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.model.disclosure.ColumnRole;

/**
 * Names the amount columns of a table with the keys of its catalogue entry: first by header pattern, then, when the
 * printed header is unreadable (OCR noise) but the number of columns agrees, by position.
 */
final class ColumnMatcher {

    /**
     * Compiled header patterns by their source: a matcher is made for every table of every document, while the patterns
     * are the catalogue's few hundred. Bounded all the same (an edited catalogue brings new ones).
     */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final int COMPILED_LIMIT = 10_000;

    private final List<CatalogueColumn> catalogueColumns;
    private final List<List<Pattern>> patterns = new ArrayList<>();

    ColumnMatcher(CatalogueEntry entry) {
        this.catalogueColumns = entry == null ? List.of() : List.copyOf(entry.getColumns());
        for (CatalogueColumn c : catalogueColumns) {
            List<Pattern> ps = new ArrayList<>();
            for (String p : c.getHeaderPatterns()) {
                ps.add(compiled(p));
            }
            patterns.add(ps);
        }
    }

    private static Pattern compiled(String regex) {
        Pattern known = COMPILED.get(regex);
        if (known == null) {
            known = Pattern.compile(regex);
            if (COMPILED.size() >= COMPILED_LIMIT) {
                COMPILED.clear();
            }
            COMPILED.put(regex, known);
        }
        return known;
    }

    /** The catalogue key of every spec (null for non-amount or unmatched columns). */
    List<String> keys(List<ColumnLayout.Spec> specs) {
        List<String> keys = new ArrayList<>();
        boolean[] used = new boolean[catalogueColumns.size()];
        List<Integer> unmatched = new ArrayList<>();
        int amounts = 0;
        for (int k = 0; k < specs.size(); k++) {
            keys.add(null);
            ColumnLayout.Spec s = specs.get(k);
            if (s.role() != ColumnRole.AMOUNT) {
                continue;
            }
            amounts++;
            int match = match(s.joinedPath(), used);
            if (match >= 0) {
                used[match] = true;
                keys.set(k, catalogueColumns.get(match).getKey());
            } else {
                unmatched.add(k);
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                free.add(i);
            }
        }
        if (!unmatched.isEmpty() && amounts == catalogueColumns.size() && free.size() == unmatched.size()) {
            for (int i = 0; i < unmatched.size(); i++) {
                keys.set(unmatched.get(i), catalogueColumns.get(free.get(i)).getKey());
            }
        }
        return keys;
    }

    private int match(String header, boolean[] used) {
        if (header.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < catalogueColumns.size(); i++) {
            if (used[i]) {
                continue;
            }
            for (Pattern p : patterns.get(i)) {
                if (p.matcher(header).find()) {
                    return i;
                }
            }
        }
        return -1;
    }
}
