package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fiscallens.model.catalogue.TableCatalogue;
import org.fiscallens.model.catalogue.TitleText;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.model.disclosure.DisclosureKind;

/**
 * Finds the public tables of a document by their title lines (收入决算表, 2024年预算收入总表 …) and code lines
 * (公开02表, 公开 01 表, 预算公开表1 …). A title and a code printed next to each other name one table; a title that is
 * not followed by table lines (a table of contents entry, a heading in prose) is not a table.
 */
final class TableLocator {

    private static final Pattern CODE_LINE = Pattern.compile(
            "^(?:(?:部门|单位)?(?:预算|决算)?公开表?\\d{1,2}表?|表[一二三四五六七八九十]{1,3})(?:单位.{0,12})?$");
    private static final Pattern CONTENTS_LINE = Pattern.compile("(\\.{3,}|…{2,}|\\t\\s*\\d{1,3}\\s*$)");
    private static final Pattern TITLE_LIKE = Pattern.compile("^[^:,，。;；]{2,36}表(\\(.{1,12}\\))?$");
    private static final Pattern LEADING_HASHES = Pattern.compile("^#+\\s*");
    private static final int MAX_TITLE_LENGTH = 80;
    /** A title further than this from the first table line is not that table's title. */
    private static final int MAX_LINES_TO_GRID = 12;

    private final TableCatalogue catalogue;

    TableLocator(TableCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    private enum MarkerKind { CODE, TITLE, UNKNOWN_TITLE }

    private record Marker(int line, MarkerKind kind, CatalogueEntry entry, String text) {
    }

    List<TableRegion> locate(SourceText source, int from, int to, DisclosureKind kind) {
        List<Marker> markers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Marker m = marker(source, i, kind);
            if (m != null) {
                markers.add(m);
            }
        }
        List<TableRegion> regions = new ArrayList<>();
        int i = 0;
        while (i < markers.size()) {
            int groupEnd = i + 1;
            while (groupEnd < markers.size() && sameTable(source, markers.get(groupEnd - 1), markers.get(groupEnd))) {
                groupEnd++;
            }
            int regionEnd = groupEnd < markers.size() ? markers.get(groupEnd).line() : to;
            List<Marker> group = markers.subList(i, groupEnd);
            int lastMarker = group.get(group.size() - 1).line();
            int firstGrid = firstGridLine(source, lastMarker + 1, regionEnd);
            if (firstGrid > 0 && firstGrid - lastMarker <= MAX_LINES_TO_GRID) {
                regions.add(region(group, regionEnd));
            }
            i = groupEnd;
        }
        return regions;
    }

    private Marker marker(SourceText source, int lineNumber, DisclosureKind kind) {
        String raw = source.line(lineNumber);
        // most lines here are table lines (parsed once, cached): they are not stripped to find out
        if (source.grid(lineNumber) != null || raw.isBlank()) {
            return null;
        }
        String line = raw.strip();
        if (line.length() > MAX_TITLE_LENGTH || isContentsLine(raw)) {
            return null;
        }
        String normalized = TitleText.normalize(line);
        if (normalized.contains("绩效")) {
            return null; // performance self-evaluation forms are annexes, not public tables
        }
        // every code line says 公开 or starts with 表
        if ((normalized.startsWith("表") || normalized.contains("公开")) && CODE_LINE.matcher(normalized).matches()) {
            Optional<CatalogueEntry> entry = catalogue.byPrintedCode(normalized, kind);
            return new Marker(lineNumber, MarkerKind.CODE, entry.orElse(null), line);
        }
        Optional<CatalogueEntry> byTitle = catalogue.byTitle(normalized, kind);
        if (byTitle.isPresent()) {
            return new Marker(lineNumber, MarkerKind.TITLE, byTitle.get(), line);
        }
        // a title-like line ends in 表, which normalizing neither adds nor removes
        if (line.indexOf('表') >= 0 && TITLE_LIKE.matcher(TitleText.normalizeTitle(line)).matches()) {
            return new Marker(lineNumber, MarkerKind.UNKNOWN_TITLE, null, line);
        }
        return null;
    }

    /** A table of contents line (dot leaders or a tab before a page number); the expression only where they can be. */
    private static boolean isContentsLine(String raw) {
        return (raw.contains("...") || raw.contains("……") || raw.indexOf('\t') >= 0) && CONTENTS_LINE.matcher(raw).find();
    }

    /** A code line and a title line close together, with no table line between them, name the same table. */
    private static boolean sameTable(SourceText source, Marker previous, Marker next) {
        if (next.line() - previous.line() > 8 || firstGridLine(source, previous.line() + 1, next.line()) > 0) {
            return false;
        }
        return previous.kind() != next.kind();
    }

    private static TableRegion region(List<Marker> group, int end) {
        CatalogueEntry entry = null;
        String printedCode = null;
        String title = null;
        int titleLine = group.get(0).line();
        for (Marker m : group) {
            switch (m.kind()) {
                case CODE -> {
                    printedCode = m.text();
                    if (entry == null) {
                        entry = m.entry();
                    }
                }
                case TITLE -> {
                    entry = m.entry(); // the printed title names the table more reliably than a number
                    title = cleanTitle(m.text());
                    titleLine = m.line();
                }
                case UNKNOWN_TITLE -> {
                    title = cleanTitle(m.text());
                    titleLine = m.line();
                }
            }
        }
        if (title == null && entry != null) {
            title = entry.getTitle();
        }
        return new TableRegion(group.get(0).line(), end, entry, printedCode, title, titleLine);
    }

    private static String cleanTitle(String text) {
        String s = text.startsWith("#") ? LEADING_HASHES.matcher(text).replaceFirst("") : text;
        return s.replace("**", "").strip();
    }

    static int firstGridLine(SourceText source, int from, int to) {
        for (int i = from; i < to; i++) {
            GridLine g = source.grid(i);
            if (g != null && !g.isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
