package org.fiscallens.importer;

import java.math.BigDecimal;

import org.fiscallens.model.disclosure.Annex;
import org.fiscallens.model.disclosure.AnnexValue;
import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.Column;
import org.fiscallens.model.disclosure.Diagnostic;
import org.fiscallens.model.disclosure.Indicator;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Section;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.model.disclosure.TableNote;

/**
 * What the importer understood, for {@code fiscallens inspect}: every table (code, title, money unit, columns), row
 * (行次, subject code, name) and cell (value, raw text, line), every narrative claim and every diagnostic.
 */
public final class InspectReport {

    private InspectReport() {
    }

    public static String text(Submission s) {
        StringBuilder out = new StringBuilder();
        var src = s.getSource();
        out.append("file: ").append(src == null ? "" : src.getPath()).append('\n');
        if (src != null) {
            out.append("format: ").append(src.getFormat()).append(", encoding: ").append(src.getEncoding())
                    .append(", lines: ").append(src.getLineCount()).append(", sha256: ").append(src.getSha256()).append('\n');
        }
        out.append("unit: ").append(s.getUnitName()).append(", year: ").append(s.getYear()).append(", kind: ")
                .append(s.getKind().getLiteral()).append(", scope: ").append(s.getScope()).append('\n');
        out.append("title: ").append(s.getTitle()).append("\n\n");
        for (Table t : s.getTables()) {
            out.append("TABLE ").append(t.getCatalogueCode() == null ? "?" : t.getCatalogueCode()).append("  ")
                    .append(t.getTitle()).append("  [printed ").append(t.getPrintedCode()).append(", ")
                    .append(t.getMoneyUnit().getLiteral()).append(", lines ").append(t.getFirstLine()).append('-')
                    .append(t.getLastLine()).append("]\n");
            for (Column c : t.getColumns()) {
                out.append("  column ").append(c.getIndex()).append(' ').append(c.getRole()).append(' ')
                        .append(c.getName()).append(c.getNumber() == null ? "" : " 栏次" + c.getNumber())
                        .append(c.getSide().getValue() == 0 ? "" : " " + c.getSide().getLiteral())
                        .append("  path=").append(String.join("/", c.getHeaderPath())).append('\n');
            }
            for (Row r : t.getRows()) {
                out.append("  row");
                if (r.getSide().getValue() != 0) {
                    out.append(' ').append(r.getSide().getLiteral());
                }
                if (r.getNumber() != null) {
                    out.append(" 行次").append(r.getNumber());
                }
                if (r.getSubjectCode() != null) {
                    out.append(' ').append(r.getSubjectCode());
                }
                out.append(' ').append(r.getName()).append("  @").append(r.getLine());
                if (r.getLastLine() > r.getLine()) {
                    out.append('-').append(r.getLastLine());
                }
                out.append('\n');
                for (Cell c : r.getCells()) {
                    if (c.getState().getValue() == 1) {
                        continue; // blank
                    }
                    out.append("    ").append(c.getColumn() == null ? "?" : c.getColumn().getName()).append(" = ")
                            .append(c.getValue() == null ? c.getState().getName() : c.getValue().toPlainString())
                            .append("  raw='").append(c.getRaw()).append("' @").append(c.getLine()).append(':')
                            .append(c.getSourceColumn()).append('\n');
                }
            }
            for (TableNote n : t.getNotes()) {
                out.append("  note @").append(n.getLine()).append(": ").append(n.getText()).append('\n');
            }
            out.append('\n');
        }
        if (s.getNarrative() != null) {
            for (Section sec : s.getNarrative().getSections()) {
                out.append("SECTION ").append(String.join(" > ", sec.getTitlePath())).append("  [lines ")
                        .append(sec.getFirstLine()).append('-').append(sec.getLastLine()).append("]\n");
                for (Claim c : sec.getClaims()) {
                    out.append("  ").append(c.getKind()).append(' ').append(c.getLabel()).append(" = ")
                            .append(plain(c.getValue())).append(c.getUnit() == null ? "" : " " + c.getUnit())
                            .append(c.getDirection().getValue() == 0 ? "" : " " + c.getDirection().getName())
                            .append("  raw='").append(c.getRaw()).append("' @").append(c.getLine()).append(':')
                            .append(c.getSourceColumn()).append('\n');
                }
            }
            out.append('\n');
        }
        for (Annex a : s.getAnnexes()) {
            out.append("ANNEX ").append(a.getKind()).append(' ').append(a.getTitle()).append("  project=")
                    .append(a.getProject()).append("  [lines ").append(a.getFirstLine()).append('-').append(a.getLastLine()).append("]\n");
            for (AnnexValue v : a.getValues()) {
                out.append("  ").append(v.getLabel()).append(" = ").append(plain(v.getValue())).append("  raw='")
                        .append(v.getRaw()).append("' @").append(v.getLine()).append('\n');
            }
            for (Indicator i : a.getIndicators()) {
                out.append("  indicator ").append(i.getCategory()).append(" / ").append(i.getName()).append(" target=")
                        .append(i.getTarget()).append(" actual=").append(i.getActual()).append(" weight=")
                        .append(plain(i.getWeight())).append(" score=").append(plain(i.getScore())).append(" @")
                        .append(i.getLine()).append('\n');
            }
        }
        out.append("DIAGNOSTICS ").append(s.getDiagnostics().size()).append('\n');
        for (Diagnostic d : s.getDiagnostics()) {
            out.append("  ").append(d.getSeverity()).append(' ').append(d.getCode()).append(" @").append(d.getLine())
                    .append(": ").append(d.getMessage()).append('\n');
        }
        return out.toString();
    }

    public static String json(Submission s) {
        JsonWriter w = new JsonWriter().beginObject();
        var src = s.getSource();
        w.field("file", src == null ? null : src.getPath());
        if (src != null) {
            w.field("format", src.getFormat().getName()).field("encoding", src.getEncoding())
                    .field("lineCount", src.getLineCount()).field("sha256", src.getSha256());
        }
        w.field("unit", s.getUnitName()).field("year", s.getYear()).field("kind", s.getKind().getLiteral())
                .field("scope", s.getScope().getName().toLowerCase()).field("title", s.getTitle());
        w.name("tables").beginArray();
        for (Table t : s.getTables()) {
            w.beginObject().field("code", t.getCatalogueCode()).field("printedCode", t.getPrintedCode())
                    .field("title", t.getTitle()).field("moneyUnit", t.getMoneyUnit().getLiteral())
                    .field("firstLine", t.getFirstLine()).field("lastLine", t.getLastLine());
            w.name("columns").beginArray();
            for (Column c : t.getColumns()) {
                w.beginObject().field("index", c.getIndex()).field("name", c.getName()).field("key", c.getKey())
                        .field("number", c.getNumber()).field("role", c.getRole().getName()).field("side", c.getSide().getName());
                w.name("headerPath").beginArray();
                c.getHeaderPath().forEach(w::value);
                w.endArray().endObject();
            }
            w.endArray();
            w.name("rows").beginArray();
            for (Row r : t.getRows()) {
                w.beginObject().field("number", r.getNumber()).field("subjectCode", r.getSubjectCode())
                        .field("name", r.getName()).field("level", r.getLevel().getName()).field("side", r.getSide().getName())
                        .field("line", r.getLine()).field("lastLine", r.getLastLine());
                w.name("cells").beginArray();
                for (Cell c : r.getCells()) {
                    w.beginObject().field("column", c.getColumn() == null ? null : c.getColumn().getName())
                            .field("value", c.getValue()).field("raw", c.getRaw()).field("state", c.getState().getName())
                            .field("line", c.getLine()).field("sourceColumn", c.getSourceColumn()).endObject();
                }
                w.endArray().endObject();
            }
            w.endArray();
            w.name("notes").beginArray();
            for (TableNote n : t.getNotes()) {
                w.beginObject().field("line", n.getLine()).field("text", n.getText()).endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.name("claims").beginArray();
        if (s.getNarrative() != null) {
            for (Section sec : s.getNarrative().getSections()) {
                for (Claim c : sec.getClaims()) {
                    w.beginObject().field("section", sec.getTitle()).field("sectionNumbering", sec.getNumbering())
                            .field("label", c.getLabel()).field("kind", c.getKind().getName()).field("value", c.getValue())
                            .field("unit", c.getUnit()).field("direction", c.getDirection().getName()).field("raw", c.getRaw())
                            .field("line", c.getLine()).field("sourceColumn", c.getSourceColumn())
                            .field("sentence", c.getSentence()).endObject();
                }
            }
        }
        w.endArray();
        w.name("annexes").beginArray();
        for (Annex a : s.getAnnexes()) {
            w.beginObject().field("kind", a.getKind().getName()).field("title", a.getTitle()).field("project", a.getProject())
                    .field("firstLine", a.getFirstLine()).field("lastLine", a.getLastLine());
            w.name("values").beginArray();
            for (AnnexValue v : a.getValues()) {
                w.beginObject().field("label", v.getLabel()).field("value", v.getValue()).field("raw", v.getRaw())
                        .field("line", v.getLine()).endObject();
            }
            w.endArray();
            w.name("indicators").beginArray();
            for (Indicator i : a.getIndicators()) {
                w.beginObject().field("category", i.getCategory()).field("name", i.getName()).field("target", i.getTarget())
                        .field("actual", i.getActual()).field("weight", i.getWeight()).field("score", i.getScore())
                        .field("line", i.getLine()).endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.name("diagnostics").beginArray();
        for (Diagnostic d : s.getDiagnostics()) {
            w.beginObject().field("severity", d.getSeverity().getName().toLowerCase()).field("code", d.getCode())
                    .field("line", d.getLine()).field("message", d.getMessage()).field("text", d.getText()).endObject();
        }
        w.endArray();
        return w.endObject().toString() + "\n";
    }

    private static String plain(BigDecimal v) {
        return v == null ? "null" : v.toPlainString();
    }
}
