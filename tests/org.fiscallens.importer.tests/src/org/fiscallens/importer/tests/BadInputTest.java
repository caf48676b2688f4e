package org.fiscallens.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.importer.InspectReport;
import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never throws; it gives diagnostics, and whatever can still be read. */
class BadInputTest {

    private final DisclosureImporter importer = new DisclosureImporter();

    @Test
    void emptyFile() {
        Submission s = importer.importBytes("empty.txt", new byte[0]);
        assertEquals("empty.txt", s.getSource().getPath());
        assertTrue(hasDiagnostic(s, "EMPTY_FILE"));
        assertTrue(s.getTables().isEmpty());
    }

    @Test
    void missingFileIsAnIoDiagnostic(@TempDir Path dir) {
        Submission s = importer.importFile(dir.resolve("nope.txt"));
        assertTrue(hasDiagnostic(s, "IO_ERROR"));
    }

    @Test
    void binaryGarbage() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        Submission s = importer.importBytes("garbage.bin", bytes);
        assertTrue(hasDiagnostic(s, "BINARY_CONTENT"));
        assertTrue(s.getTables().isEmpty());
        assertEquals(64, s.getSource().getSha256().length());
    }

    @Test
    void tenMegabytesOfRandomTextImportsWithoutAnInternalError() {
        Random random = new Random(7);
        String alphabet = "收入支出决算表公开合计项目科目代码一二三四五六七八九十、：。，0123456789.,-— \t|\n万元%";
        StringBuilder sb = new StringBuilder(10_500_000);
        while (sb.length() < 10_000_000) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        // how fast is for the bench, not a timed assertion (it failed on a loaded machine)
        Submission s = importer.importBytes("random.txt", bytes);
        assertFalse(hasDiagnostic(s, "INTERNAL_ERROR"), InspectReport.text(s).lines().filter(l -> l.contains("INTERNAL")).findFirst().orElse(""));
        InspectReport.json(s);
    }

    @Test
    void oneLongLineWithoutNewlines() {
        byte[] bytes = "公开01表 收入 8273.42 ".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        Submission s = importer.importBytes("oneline.txt", bytes);
        assertFalse(hasDiagnostic(s, "INTERNAL_ERROR"));
    }

    @Test
    void truncatedSeedEndsInsideATableAndSaysSo() {
        List<String> lines = Seeds.lines("000");
        // cut seed 000 inside 公开03, just after row 2101502 (line 221)
        String cut = String.join("\n", lines.subList(0, 221));
        Submission s = importer.importBytes("cut.txt", cut.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("公开01", "公开02", "公开03"), SeedTablesTest.codes(s));
        Table t = Seeds.table(s, "公开03");
        assertEquals("一般行政管理事务", Seeds.row(t, "2101502").getName());
        assertTrue(s.getDiagnostics().stream().anyMatch(d -> "TRUNCATED".equals(d.getCode()) && d.getLine() == 221));
    }

    @Test
    void fileCutInsideAUtf8CharacterIsStillUtf8() throws Exception {
        byte[] all = Files.readAllBytes(Seeds.file("000"));
        byte[] cut = java.util.Arrays.copyOf(all, 20_001); // inside a 3-byte character
        Submission s = importer.importBytes("cut.txt", cut);
        assertEquals("UTF-8", s.getSource().getEncoding());
        assertTrue(hasDiagnostic(s, "ENCODING"));
    }

    @Test
    void gbkCopyOfASeedGivesTheSameTables() throws Exception {
        String text = Files.readString(Seeds.file("000"));
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        Submission fromGbk = importer.importBytes("gbk.txt", gbk);
        Submission fromUtf8 = Seeds.imported("000");
        assertEquals("GB18030", fromGbk.getSource().getEncoding());
        assertEquals(SeedTablesTest.codes(fromUtf8), SeedTablesTest.codes(fromGbk));
        assertEquals(describe(fromUtf8), describe(fromGbk));
    }

    @Test
    void utf8ByteOrderMarkIsIgnored() throws Exception {
        byte[] text = Files.readAllBytes(Seeds.file("001"));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Submission s = importer.importBytes("bom.txt", withBom);
        assertEquals(describe(Seeds.imported("001")), describe(s));
    }

    @Test
    void windowsLineEndingsGiveTheSameDocument() throws Exception {
        String text = Files.readString(Seeds.file("002"));
        Submission crlf = importer.importBytes("crlf.txt", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Submission lf = Seeds.imported("002");
        assertEquals(lf.getSource().getLineCount(), crlf.getSource().getLineCount());
        assertEquals(describe(lf), describe(crlf));
    }

    @Test
    void aCharacterOfFourBytesIsStillUtf8() throws Exception {
        // 𠀀 (U+20000, four bytes in UTF-8, as in rare names) on the first blank line of seed 000
        List<String> lines = new ArrayList<>(Files.readAllLines(Seeds.file("000")));
        int blank = lines.indexOf("");
        lines.set(blank, "𠀀");
        Submission s = importer.importBytes("astral.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", s.getSource().getEncoding());
        assertFalse(hasDiagnostic(s, "ENCODING"));
        assertEquals(lines.size(), s.getSource().getLineCount());
        assertEquals(describe(Seeds.imported("000")), describe(s));
    }

    @Test
    void aFolderWithOneBrokenFileStillImportsTheOthers(@TempDir Path dir) throws Exception {
        Files.copy(Seeds.file("001"), dir.resolve("a.txt"));
        Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
        Files.copy(Seeds.file("003"), dir.resolve("c.txt"));
        List<Submission> all;
        try (var files = Files.list(dir)) {
            all = files.sorted().map(importer::importFile).toList();
        }
        assertEquals(10, all.get(0).getTables().size());
        assertTrue(hasDiagnostic(all.get(1), "BINARY_CONTENT"));
        assertEquals(13, all.get(2).getTables().size());
    }

    private static boolean hasDiagnostic(Submission s, String code) {
        return s.getDiagnostics().stream().anyMatch(d -> code.equals(d.getCode()));
    }

    /** Tables, rows and cell values, independent of the file's path and encoding. */
    private static String describe(Submission s) {
        StringBuilder sb = new StringBuilder();
        for (Table t : s.getTables()) {
            sb.append(t.getCatalogueCode()).append('\n');
            for (Row r : t.getRows()) {
                sb.append(r.getSubjectCode()).append(' ').append(r.getName()).append(' ').append(r.getLine());
                for (Cell c : r.getCells()) {
                    sb.append(' ').append(c.getValue());
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
