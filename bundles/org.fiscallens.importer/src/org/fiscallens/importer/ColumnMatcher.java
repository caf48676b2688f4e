package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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

    /** An entry's columns and their compiled header patterns. */
    private record Columns(List<CatalogueColumn> columns, List<List<Pattern>> patterns) {
        static final Columns NONE = new Columns(List.of(), List.of());
    }

    /** The same by entry: every table of every document asks again (bounded as {@link #COMPILED} is). */
    private static final Map<CatalogueEntry, Columns> BY_ENTRY = new ConcurrentHashMap<>();

    private final List<CatalogueColumn> catalogueColumns;
    private final List<List<Pattern>> patterns;
    /** One matcher per pattern (by column, then pattern) for this table, made on first use and reset for each header. */
    private final Matcher[][] matchers;

    ColumnMatcher(CatalogueEntry entry) {
        Columns known = entry == null ? Columns.NONE : BY_ENTRY.get(entry);
        if (known == null) {
            known = compile(entry);
            if (BY_ENTRY.size() >= COMPILED_LIMIT) {
                BY_ENTRY.clear();
            }
            BY_ENTRY.put(entry, known);
        }
        this.catalogueColumns = known.columns();
        this.patterns = known.patterns();
        this.matchers = new Matcher[patterns.size()][];
    }

    private static Columns compile(CatalogueEntry entry) {
        List<CatalogueColumn> columns = List.copyOf(entry.getColumns());
        List<List<Pattern>> patterns = new ArrayList<>();
        for (CatalogueColumn c : columns) {
            List<Pattern> ps = new ArrayList<>();
            for (String p : c.getHeaderPatterns()) {
                ps.add(compiled(p));
            }
            patterns.add(List.copyOf(ps));
        }
        return new Columns(columns, List.copyOf(patterns));
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
            if (matchers[i] == null) {
                matchers[i] = new Matcher[patterns.get(i).size()];
            }
            for (int k = 0; k < matchers[i].length; k++) {
                if (matchers[i][k] == null) {
                    matchers[i][k] = patterns.get(i).get(k).matcher(header);
                }
                if (matchers[i][k].reset(header).find()) {
                    return i;
                }
            }
        }
        return -1;
    }
}
