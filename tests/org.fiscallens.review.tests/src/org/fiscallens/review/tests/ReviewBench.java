package org.fiscallens.review.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.DisclosurePackage;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.review.DocumentParser;
import org.fiscallens.review.ImportListener;
import org.fiscallens.review.ImportSummary;
import org.fiscallens.review.ReviewWorkspace;
import org.fiscallens.review.StoreOptions;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.review.WriteStepListener;

/**
 * Measurements for the report, not a test (timings never gate a build). Run on a plain class path:
 * {@code java -cp … org.fiscallens.review.tests.ReviewBench WORKDIR [SEEDS_DIR] [COUNT…]}.
 */
public final class ReviewBench {
    private ReviewBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--open")) {
            openOnly(Path.of(args[1]));
            return;
        }
        Path work = Path.of(args[0]);
        Fixtures.deleteFolder(work);
        DisclosurePackage.eINSTANCE.eClass();
        formats();
        int next = 1;
        if (args.length > 1 && Files.isDirectory(Path.of(args[1]))) {
            seeds(work.resolve("seeds"), Path.of(args[1]));
            next = 2;
        }
        for (int i = next; i < args.length; i++) {
            if (args[i].startsWith("variants:")) {
                int count = Integer.parseInt(args[i].substring("variants:".length()));
                seedVariants(work.resolve("variants-" + count), Path.of(args[1]), count);
            } else {
                synthetic(work.resolve("synthetic-" + args[i]), Integer.parseInt(args[i]));
            }
        }
    }

    /** XMI against EMF binary for one document of realistic size (12 tables × 40 rows × 2 amounts). */
    private static void formats() throws IOException {
        Submission doc = SyntheticDocuments.parse("x.txt",
                SyntheticDocuments.text("山西省医疗保障局", 2024, DisclosureKind.FINAL, Scope.DEPARTMENT, 12, 40));
        for (int round = 0; round < 2; round++) {
            for (String format : List.of("xmi", "bin")) {
                Resource r = format.equals("xmi") ? new XMIResourceImpl(URI.createURI("x.xmi"))
                        : new BinaryResourceImpl(URI.createURI("x.bin"));
                r.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(doc));
                long t0 = System.nanoTime();
                byte[] bytes = null;
                for (int i = 0; i < 200; i++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    r.save(out, Map.of());
                    bytes = out.toByteArray();
                }
                long t1 = System.nanoTime();
                for (int i = 0; i < 200; i++) {
                    Resource back = format.equals("xmi") ? new XMIResourceImpl(URI.createURI("x.xmi"))
                            : new BinaryResourceImpl(URI.createURI("x.bin"));
                    back.load(new ByteArrayInputStream(bytes), Map.of());
                }
                long t2 = System.nanoTime();
                if (round == 1) {
                    System.out.printf("format %s: %,d bytes, save %.2f ms, load %.2f ms per document%n", format,
                            bytes.length, (t1 - t0) / 200e6, (t2 - t1) / 200e6);
                }
            }
        }
    }

    private static void seeds(Path dir, Path seeds) throws IOException {
        measure("5 seeds (real importer)", dir, StoreOptions.defaults(), seeds);
    }

    /** Real seed texts under new unit names (spread over counties), through the real importer. */
    private static void seedVariants(Path dir, Path seeds, int count) throws IOException {
        String[] originals = {"山西省医疗保障局", "吕梁市离石区医疗保障局", "阳泉市医疗保障局", "汾阳市医疗保障局", "青海省医疗保障局"};
        String[] agencies = {"医疗保障局", "财政局", "卫生健康局", "教育局", "民政局", "司法局", "审计局", "统计局", "水利局", "林业局",
            "商务局", "应急管理局", "退役军人事务局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "交通运输局", "农业农村局",
            "文化和旅游局", "市场监督管理局", "生态环境局", "行政审批服务管理局", "信访局", "医疗保险服务中心", "疾病预防控制中心"};
        List<String> places = counties();
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.sorted().toList();
        }
        Path in = dir.resolveSibling(dir.getFileName() + "-in");
        for (int i = 0; i < count; i++) {
            int seed = i % files.size();
            String text = Files.readString(files.get(seed));
            String unit = places.get(i % places.size()) + agencies[(i / places.size()) % agencies.length];
            Fixtures.write(in.resolve(String.valueOf(i / 500)), i + ".txt",
                    text.replace(originals[seed], unit).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        measure(count + " seed variants (real importer)", dir, StoreOptions.defaults(), in);
    }

    /** "吕梁市汾阳市" for every county of the gazetteer: unit name prefixes that place units all over the tree. */
    private static List<String> counties() throws IOException {
        List<String> places = new java.util.ArrayList<>();
        try (var in = ReviewWorkspace.class.getResourceAsStream("regions/gazetteer.csv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split(",");
                if (!line.startsWith("#") && cols.length == 3) {
                    for (String county : cols[2].strip().split(" ")) {
                        places.add(cols[1] + county);
                    }
                }
            }
        }
        return places;
    }

    private static void synthetic(Path dir, int count) throws IOException {
        Path in = dir.resolveSibling(dir.getFileName() + "-in");
        for (int i = 0; i < count; i++) {
            String unit = "测试县" + (i / 50) + "第" + i + "单位";
            Fixtures.write(in.resolve(String.valueOf(i / 1000)), i + ".txt",
                    SyntheticDocuments.text(unit, 2024, DisclosureKind.FINAL, Scope.UNIT, 12, 40));
        }
        DocumentParser parser = SyntheticDocuments.PARSER;
        measure(count + " synthetic submissions (12 tables × 40 rows)", dir,
                new StoreOptions(parser, WriteStepListener.NONE), in);
    }

    private static void measure(String label, Path dir, StoreOptions options, Path in) throws IOException {
        System.out.println("== " + label);
        long t0 = System.nanoTime();
        ImportSummary summary;
        try (ReviewWorkspace ws = ReviewWorkspace.open(dir, options)) {
            summary = ws.importPaths(List.of(in), ImportListener.NONE);
            long t1 = System.nanoTime();
            ws.save();
            long t2 = System.nanoTime();
            System.out.printf("import %.0f ms, save (commit) %.0f ms; imported %d, replaced %d, failed %d, messages %d%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, summary.imported(), summary.replaced(), summary.failed(),
                    summary.messages().size());
            ws.entries().stream().limit(3).forEach(e -> System.out.println("  " + e));
            System.out.println("  unrecognised unit names: "
                    + ws.entries().stream().filter(e -> e.unitName().startsWith("（未识别单位）")).count());
        }
        long indexSize = Files.size(dir.resolve("index.bin"));
        long heapBefore = usedHeap();
        long t3 = System.nanoTime();
        try (ReviewWorkspace ws = ReviewWorkspace.open(dir, options)) {
            List<SubmissionEntry> entries = ws.entries();
            ws.province();
            long t4 = System.nanoTime();
            long heapOpen = usedHeap() - heapBefore;
            System.out.printf("open (index only, %d entries, index %,d bytes) %.0f ms, heap +%.1f MB%n", entries.size(),
                    indexSize, (t4 - t3) / 1e6, heapOpen / 1e6);
            long t5 = System.nanoTime();
            int tables = 0;
            for (SubmissionEntry e : entries) {
                tables += ws.load(e.id()).getTables().size();
                ws.unload(e.id());
            }
            long t6 = System.nanoTime();
            System.out.printf("load all %d documents one by one (%d tables) %.0f ms, %.2f ms per document%n",
                    entries.size(), tables, (t6 - t5) / 1e6, (t6 - t5) / 1e6 / Math.max(1, entries.size()));
        }
    }

    /** In a fresh JVM: how long opening takes and how much heap the open workspace holds, without any document. */
    private static void openOnly(Path dir) throws IOException {
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        try (ReviewWorkspace ws = ReviewWorkspace.open(dir, new StoreOptions(SyntheticDocuments.PARSER, WriteStepListener.NONE))) {
            int n = ws.entries().size();
            int regions = ws.province().getRegions().size();
            long t1 = System.nanoTime();
            long heap = usedHeap() - heapBefore;
            System.out.printf("fresh JVM open: %d entries, %d top regions, %.0f ms, heap held %.1f MB%n", n, regions,
                    (t1 - t0) / 1e6, heap / 1e6);
            long t2 = System.nanoTime();
            ws.load(ws.entries().get(n / 2).id());
            System.out.printf("first document load after open: %.1f ms%n", (System.nanoTime() - t2) / 1e6);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
