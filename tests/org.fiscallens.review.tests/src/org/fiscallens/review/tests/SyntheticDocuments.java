package org.fiscallens.review.tests;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.CellState;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.ClaimKind;
import org.fiscallens.model.disclosure.Column;
import org.fiscallens.model.disclosure.ColumnRole;
import org.fiscallens.model.disclosure.Diagnostic;
import org.fiscallens.model.disclosure.DiagnosticSeverity;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Narrative;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Section;
import org.fiscallens.model.disclosure.SourceFile;
import org.fiscallens.model.disclosure.SourceFormat;
import org.fiscallens.model.disclosure.SubjectLevel;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.review.DocumentParser;

/**
 * Documents built by hand, independent of the importer: a tiny header ("单位: …", "年度: …") says what to build, and
 * {@link #PARSER} turns it into a submission with tables, cells (cross-referencing their columns), narrative claims
 * and diagnostics — everything the store must keep. Text that is not such a header yields a submission holding only
 * an error diagnostic, like the importer does for garbage.
 */
public final class SyntheticDocuments {
    private static final DisclosureFactory F = DisclosureFactory.eINSTANCE;

    public static final DocumentParser PARSER = SyntheticDocuments::parse;

    private SyntheticDocuments() {
    }

    public static byte[] text(String unit, int year, DisclosureKind kind, Scope scope, int tables, int rows) {
        return text(unit, year, kind, scope, tables, rows, "");
    }

    /** {@code body} is appended verbatim (e.g. a 概况 sentence listing member units, or a version marker). */
    public static byte[] text(String unit, int year, DisclosureKind kind, Scope scope, int tables, int rows, String body) {
        String header = "单位: " + unit + "\n年度: " + year + "\n类型: " + kind.getName() + "\n范围: " + scope.getName()
                + "\n表: " + tables + "\n行: " + rows + "\n";
        return (header + body).getBytes(StandardCharsets.UTF_8);
    }

    static Submission parse(String path, byte[] content) {
        Submission s = F.createSubmission();
        SourceFile source = F.createSourceFile();
        source.setPath(path);
        source.setSize(content.length);
        source.setEncoding("UTF-8");
        source.setFormat(SourceFormat.TAB_SEPARATED);
        s.setSource(source);
        String text = new String(content, StandardCharsets.UTF_8);
        Map<String, String> header = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                header.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        source.setLineCount(text.split("\n", -1).length);
        if (!header.containsKey("单位")) {
            s.getDiagnostics().add(diagnostic(DiagnosticSeverity.ERROR, 1, "no disclosure found"));
            return s;
        }
        s.setUnitName(header.get("单位"));
        s.setYear(Integer.parseInt(header.get("年度")));
        s.setKind(DisclosureKind.getByName(header.get("类型")));
        s.setScope(Scope.getByName(header.get("范围")));
        s.setTitle(s.getUnitName() + s.getYear() + "年度" + (s.getKind() == DisclosureKind.FINAL ? "决算" : "预算"));
        int tables = Integer.parseInt(header.get("表"));
        int rows = Integer.parseInt(header.get("行"));
        int line = 10;
        for (int t = 1; t <= tables; t++) {
            Table table = F.createTable();
            table.setCatalogueCode(String.format("公开%02d", t));
            table.setPrintedCode("公开" + t + "表");
            table.setTitle("表" + t);
            table.setFirstLine(line);
            for (int c = 0; c < 3; c++) {
                Column column = F.createColumn();
                column.setIndex(c);
                column.setName(c == 0 ? "科目编码" : "金额" + c);
                column.setRole(c == 0 ? ColumnRole.SUBJECT_CODE : ColumnRole.AMOUNT);
                column.getHeaderPath().add("栏" + c);
                table.getColumns().add(column);
            }
            for (int r = 0; r < rows; r++) {
                Row row = F.createRow();
                row.setLine(++line);
                row.setSubjectCode(String.valueOf(2100000 + r));
                row.setName("科目" + r);
                row.setLevel(SubjectLevel.ITEM);
                for (int c = 1; c < 3; c++) {
                    Cell cell = F.createCell();
                    cell.setColumn(table.getColumns().get(c));
                    cell.setValue(new BigDecimal(BigDecimal.valueOf(r * 1000L + c * 7 + t, 2).toPlainString()));
                    cell.setRaw(cell.getValue().toPlainString());
                    cell.setState(CellState.VALUE);
                    cell.setLine(line);
                    cell.setSourceColumn(c * 10);
                    row.getCells().add(cell);
                }
                table.getRows().add(row);
            }
            table.setLastLine(line);
            s.getTables().add(table);
        }
        Narrative narrative = F.createNarrative();
        Section section = F.createSection();
        section.setTitle("一、收入支出决算总体情况说明");
        section.getTitlePath().add("第三部分");
        Claim claim = F.createClaim();
        claim.setKind(ClaimKind.AMOUNT);
        claim.setValue(new BigDecimal("9353.52"));
        claim.setUnit("万元");
        claim.setLine(++line);
        claim.setSentence("收入总计9,353.52万元");
        section.getClaims().add(claim);
        narrative.getSections().add(section);
        s.setNarrative(narrative);
        s.getDiagnostics().add(diagnostic(DiagnosticSeverity.WARNING, 3, "synthetic warning"));
        return s;
    }

    private static Diagnostic diagnostic(DiagnosticSeverity severity, int line, String message) {
        Diagnostic d = F.createDiagnostic();
        d.setSeverity(severity);
        d.setLine(line);
        d.setMessage(message);
        d.setCode("synthetic");
        return d;
    }
}
