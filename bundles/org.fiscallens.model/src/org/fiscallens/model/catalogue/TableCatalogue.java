package org.fiscallens.model.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.fiscallens.model.disclosure.Catalogue;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.DisclosurePackage;

/**
 * The catalogue of public tables, loaded from data ({@code catalogue/tables.xmi} in this bundle, or a user's edited
 * copy), with lookups by printed code, alias and title.
 */
public final class TableCatalogue {

    private static final String STANDARD_RESOURCE = "/catalogue/tables.xmi";
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";
    /** 公开01表, 公开 01 表, 公开02, 预算公开表1, 部门公开表9, 公开表3, 表一, 表1. */
    private static final Pattern PRINTED_CODE = Pattern.compile(
            "^((?:部门|单位)?(?:预算|决算)?公开)?(表)?(\\d{1,2}|[一二三四五六七八九十]{1,3})(表)?");

    private static volatile TableCatalogue standard;

    private final Catalogue catalogue;
    private final List<CompiledEntry> entries;

    private TableCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
        List<CompiledEntry> compiled = new ArrayList<>();
        for (CatalogueEntry entry : catalogue.getEntries()) {
            compiled.add(new CompiledEntry(entry));
        }
        this.entries = List.copyOf(compiled);
        for (int k = 0; k <= DisclosureKind.values().length; k++) {
            titlesByKind.add(new ConcurrentHashMap<>());
        }
    }

    /** The catalogue shipped with FiscalLens. */
    public static TableCatalogue standard() {
        TableCatalogue result = standard;
        if (result == null) {
            try (InputStream in = TableCatalogue.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + STANDARD_RESOURCE + " in org.fiscallens.model");
                }
                result = new TableCatalogue(read(in, URI.createURI("platform:/plugin/org.fiscallens.model" + STANDARD_RESOURCE)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = result;
        }
        return result;
    }

    /** A user's catalogue file (same XMI format as the standard one). */
    public static TableCatalogue load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new TableCatalogue(read(in, URI.createFileURI(file.toAbsolutePath().toString())));
        }
    }

    /** Wraps an in-memory catalogue (e.g. built by a test or an editor). */
    public static TableCatalogue of(Catalogue catalogue) {
        return new TableCatalogue(catalogue);
    }

    private static Catalogue read(InputStream in, URI uri) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(DisclosurePackage.eNS_URI, DisclosurePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        Resource resource = resourceSet.createResource(uri);
        resource.load(in, Map.of());
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Catalogue catalogue)) {
            throw new IOException("Not a table catalogue: " + uri);
        }
        return catalogue;
    }

    public Catalogue model() {
        return catalogue;
    }

    public List<CatalogueEntry> entries() {
        return entries.stream().map(CompiledEntry::entry).toList();
    }

    public List<CatalogueEntry> entries(DisclosureKind kind) {
        return entries.stream().map(CompiledEntry::entry).filter(e -> e.getKind() == kind).toList();
    }

    /** The entry with this canonical code (公开01, 表一, …). */
    public Optional<CatalogueEntry> byCode(String code) {
        String wanted = TitleText.normalize(code);
        return entries.stream().map(CompiledEntry::entry).filter(e -> wanted.equals(TitleText.normalize(e.getCode()))).findFirst();
    }

    /**
     * Resolves a printed table code (公开 01 表, 预算公开表1, 表一, 部门公开表9 …), optionally followed by other text such as
     * 单位:万元. The kind decides between the 决算 (公开NN) and 预算 (表N) numbering when the print does not.
     */
    public Optional<CatalogueEntry> byPrintedCode(String printed, DisclosureKind kind) {
        String s = TitleText.normalize(printed);
        for (CompiledEntry entry : entries) {
            if (entry.aliases().contains(s)) {
                return Optional.of(entry.entry());
            }
        }
        Matcher m = PRINTED_CODE.matcher(s);
        if (!m.find() || (m.group(1) == null && m.group(2) == null)) {
            return Optional.empty();
        }
        int number = parseNumber(m.group(3));
        if (number < 1 || number > 20) {
            return Optional.empty();
        }
        // 决算 tables are numbered 公开NN; 预算 tables 表N (printed 预算公开表1, 部门公开表9, 表一)
        boolean budgetStyle = kind == DisclosureKind.BUDGET || s.contains("预算")
                || (kind == null && m.group(2) != null);
        String code = budgetStyle ? "表" + chineseNumber(number) : String.format(Locale.ROOT, "公开%02d", number);
        return byCode(code);
    }

    /** The entry whose title or title pattern matches the whole (normalized) title line. */
    public Optional<CatalogueEntry> byTitle(String title) {
        return byTitle(title, null);
    }

    /** Same, preferring entries of the given kind when titles are shared. */
    public Optional<CatalogueEntry> byTitle(String title, DisclosureKind preferredKind) {
        String s = TitleText.normalizeTitle(title);
        // every table title of every document is looked up: remember the answer per kind and title (a map per kind, so
        // no key is built for a lookup)
        Map<String, Optional<CatalogueEntry>> titles = titlesByKind.get(preferredKind == null ? 0 : preferredKind.ordinal() + 1);
        Optional<CatalogueEntry> known = titles.get(s);
        if (known == null) {
            known = findByTitle(s, preferredKind);
            if (titles.size() >= TITLE_MEMO_LIMIT) {
                titles.clear();
            }
            titles.put(s, known);
        }
        return known;
    }

    private static final int TITLE_MEMO_LIMIT = 50_000;
    /** The answers of {@link #byTitle(String, DisclosureKind)}: first without a kind, then by the kind's ordinal. */
    private final List<Map<String, Optional<CatalogueEntry>>> titlesByKind = new ArrayList<>();

    private Optional<CatalogueEntry> findByTitle(String s, DisclosureKind preferredKind) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        CatalogueEntry fallback = null;
        for (CompiledEntry entry : entries) {
            if (entry.matchesTitle(s)) {
                if (preferredKind == null || entry.entry().getKind() == preferredKind) {
                    return Optional.of(entry.entry());
                }
                if (fallback == null) {
                    fallback = entry.entry();
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** Lookup by anything a user may type or a document may print: code, alias, printed code or title. */
    public Optional<CatalogueEntry> lookup(String codeOrTitle) {
        return byCode(codeOrTitle).or(() -> byPrintedCode(codeOrTitle, null)).or(() -> byTitle(codeOrTitle));
    }

    private static int parseNumber(String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        int value = 0;
        int tens = digits.indexOf('十');
        if (tens < 0) {
            return CHINESE_DIGITS.indexOf(digits.charAt(0)) + 1;
        }
        value += tens == 0 ? 10 : (CHINESE_DIGITS.indexOf(digits.charAt(0)) + 1) * 10;
        if (tens < digits.length() - 1) {
            value += CHINESE_DIGITS.indexOf(digits.charAt(tens + 1)) + 1;
        }
        return value;
    }

    static String chineseNumber(int n) {
        if (n <= 10) {
            return String.valueOf(CHINESE_DIGITS.charAt(n - 1));
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : String.valueOf(CHINESE_DIGITS.charAt(tens - 1))) + "十"
                + (units == 0 ? "" : String.valueOf(CHINESE_DIGITS.charAt(units - 1)));
    }

    /** An entry with its title patterns compiled and its aliases normalized, once: every printed code line is looked up. */
    private record CompiledEntry(CatalogueEntry entry, List<Pattern> titlePatterns, List<String> aliases) {
        CompiledEntry(CatalogueEntry entry) {
            this(entry, compile(entry), entry.getAliases().stream().map(TitleText::normalize).toList());
        }

        private static List<Pattern> compile(CatalogueEntry entry) {
            List<Pattern> patterns = new ArrayList<>();
            patterns.add(Pattern.compile(Pattern.quote(TitleText.normalize(entry.getTitle()).replace("“", "").replace("”", ""))));
            for (String p : entry.getTitlePatterns()) {
                patterns.add(Pattern.compile(p));
            }
            return Collections.unmodifiableList(patterns);
        }

        boolean matchesTitle(String normalizedTitle) {
            for (Pattern p : titlePatterns) {
                if (p.matcher(normalizedTitle).matches()) {
                    return true;
                }
            }
            return false;
        }
    }
}
