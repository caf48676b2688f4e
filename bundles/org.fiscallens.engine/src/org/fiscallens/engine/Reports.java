package org.fiscallens.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fiscallens.model.disclosure.Diagnostic;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.NotApplicable;
import org.fiscallens.rules.interpreter.SourceRef;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.Severity;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;

/**
 * A check report as text (for people), JSON (the CLI contract) or SARIF 2.1.0 (for code-scanning tools). Each is
 * written as it goes, a document or finding at a time: a province's report runs to hundreds of megabytes, more than
 * one string may hold.
 */
public final class Reports {

	private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private Reports() {
	}

	/** One of the writing methods below, into a string (for small reports and the tests). */
	private interface Written {
		void to(Writer out) throws IOException;
	}

	private static String asString(Written report) {
		StringWriter out = new StringWriter();
		try {
			report.to(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not throw
		}
		return out.toString();
	}

	// ---- text

	public static String text(CheckReport report) {
		return asString(out -> text(report, out));
	}

	public static void text(CheckReport report, Writer out) throws IOException {
		for (RuleLibrary.Problem p : report.libraryProblems()) {
			out.append(p.toString()).append('\n');
		}
		for (DocumentResult d : report.documents()) {
			Submission s = d.submission();
			long errors = d.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
			long warnings = d.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
			long rounding = d.findings().stream().filter(Finding::rounding).count();
			long infos = d.findings().stream().filter(f -> f.severity() == Severity.INFO && !f.rounding()).count();
			out.append(String.format("%s  %s %d %s: %d error(s), %d warning(s), %d info, %d rounding tail(s); %d diagnostic(s)%n",
					path(s), nullToEmpty(s.getUnitName()), s.getYear(), kindWord(s.getKind()), errors, warnings, infos,
					rounding, s.getDiagnostics().size()));
			for (Finding f : d.findings()) {
				out.append(String.format("  %s:%d: %s [%s] %s%n", f.file(), f.firstLine(),
						f.rounding() ? "info (rounding)" : f.severity().getLiteral(), f.rule(), f.message()));
				out.append("      expected ").append(f.expected()).append("; actual ").append(f.actual())
						.append("; difference ").append(f.difference()).append('\n');
				for (SourceRef l : f.locations()) {
					out.append("      at ").append(l.describe()).append('\n');
				}
			}
		}
		for (String e : report.ruleErrors()) {
			out.append("rule error: ").append(e).append('\n');
		}
		out.append(String.format("%d document(s): %d error(s), %d warning(s), %d info; %d rule(s) not applicable%n",
				report.documents().size(), report.count(Severity.ERROR), report.count(Severity.WARNING),
				report.count(Severity.INFO), report.notApplicable().size()));
		out.flush();
	}

	// ---- JSON, as in the CLI contract of docs/architecture.md

	public static String json(CheckReport report, String version) {
		return asString(out -> json(report, version, out));
	}

	public static void json(CheckReport report, String version, Writer out) throws IOException {
		JsonWriter json = PRETTY.newJsonWriter(out);
		json.beginObject();
		json.name("tool").value("fiscallens");
		json.name("version").value(version);
		json.name("documents").beginArray();
		for (DocumentResult d : report.documents()) {
			Submission s = d.submission();
			JsonObject doc = new JsonObject();
			doc.addProperty("file", path(s));
			doc.addProperty("unit", s.getUnitName());
			doc.addProperty("year", s.getYear());
			doc.addProperty("kind", s.getKind() == DisclosureKind.BUDGET ? "budget" : "final");
			JsonArray tables = new JsonArray();
			for (Table t : s.getTables()) {
				tables.add(t.getCatalogueCode() != null ? t.getCatalogueCode() : t.getTitle());
			}
			doc.add("tables", tables);
			JsonArray diagnostics = new JsonArray();
			for (Diagnostic diagnostic : s.getDiagnostics()) {
				JsonObject o = new JsonObject();
				o.addProperty("line", diagnostic.getLine());
				o.addProperty("message", diagnostic.getMessage());
				o.addProperty("severity", diagnostic.getSeverity().getName().toLowerCase());
				o.addProperty("code", diagnostic.getCode());
				diagnostics.add(o);
			}
			doc.add("diagnostics", diagnostics);
			doc.addProperty("comparisons", d.comparisons());
			PRETTY.toJson(doc, json);
		}
		json.endArray();
		json.name("findings").beginArray();
		for (Finding f : report.findings()) {
			JsonObject o = new JsonObject();
			o.addProperty("rule", f.rule());
			o.addProperty("title", f.title());
			o.addProperty("severity", f.severity().getLiteral());
			o.addProperty("rounding", f.rounding());
			o.addProperty("file", f.file());
			o.addProperty("message", f.message());
			o.addProperty("expected", f.expected());
			o.addProperty("actual", f.actual());
			o.addProperty("difference", f.difference());
			o.addProperty("tolerance", f.tolerance());
			if (f.rationale() != null) {
				o.addProperty("rationale", f.rationale());
			}
			JsonArray locations = new JsonArray();
			for (SourceRef l : f.locations()) {
				JsonObject loc = new JsonObject();
				loc.addProperty("line", l.line());
				if (l.table() != null) {
					loc.addProperty("table", l.table());
					loc.addProperty("row", l.row());
					loc.addProperty("column", l.column());
				}
				if (l.section() != null) {
					loc.addProperty("section", l.section());
				}
				locations.add(loc);
			}
			o.add("locations", locations);
			PRETTY.toJson(o, json);
		}
		json.endArray();
		json.name("notApplicable").beginArray();
		for (NotApplicable na : report.notApplicable()) {
			JsonObject o = new JsonObject();
			o.addProperty("rule", na.rule());
			o.addProperty("file", na.file());
			o.addProperty("reason", na.reason());
			PRETTY.toJson(o, json);
		}
		json.endArray();
		JsonArray problems = new JsonArray();
		report.libraryProblems().forEach(p -> problems.add(p.toString()));
		report.ruleErrors().forEach(problems::add);
		json.name("ruleProblems");
		PRETTY.toJson(problems, json);
		json.endObject();
		json.flush();
		out.write("\n");
		out.flush();
	}

	// ---- SARIF 2.1.0

	public static String sarif(CheckReport report, List<Rule> rules, String version) {
		return asString(out -> sarif(report, rules, version, out));
	}

	public static void sarif(CheckReport report, List<Rule> rules, String version, Writer out) throws IOException {
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "FiscalLens");
		driver.addProperty("version", version);
		JsonArray ruleArray = new JsonArray();
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		for (Rule rule : rules) {
			if (ruleIndex.containsKey(rule.getName())) {
				continue;
			}
			ruleIndex.put(rule.getName(), ruleIndex.size());
			JsonObject r = new JsonObject();
			r.addProperty("id", rule.getName());
			r.add("shortDescription", text(rule.getTitle()));
			if (rule.getRationale() != null) {
				r.add("fullDescription", text(rule.getRationale()));
			}
			JsonObject configuration = new JsonObject();
			configuration.addProperty("level", level(rule.getSeverity()));
			r.add("defaultConfiguration", configuration);
			ruleArray.add(r);
		}
		driver.add("rules", ruleArray);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonWriter json = PRETTY.newJsonWriter(out);
		json.beginObject();
		json.name("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
		json.name("version").value("2.1.0");
		json.name("runs").beginArray();
		json.beginObject();
		json.name("tool");
		PRETTY.toJson(tool, json);
		json.name("results").beginArray();
		for (Finding f : report.findings()) {
			JsonObject r = new JsonObject();
			r.addProperty("ruleId", f.rule());
			if (ruleIndex.containsKey(f.rule())) {
				r.addProperty("ruleIndex", ruleIndex.get(f.rule()));
			}
			r.addProperty("level", level(f.severity()));
			r.add("message", text(f.message()));
			JsonArray locations = new JsonArray();
			for (SourceRef l : f.locations()) {
				JsonObject artifact = new JsonObject();
				artifact.addProperty("uri", l.file().replace('\\', '/'));
				JsonObject region = new JsonObject();
				region.addProperty("startLine", Math.max(1, l.line()));
				JsonObject physical = new JsonObject();
				physical.add("artifactLocation", artifact);
				physical.add("region", region);
				JsonObject location = new JsonObject();
				location.add("physicalLocation", physical);
				location.add("message", text(l.describe()));
				locations.add(location);
			}
			r.add("locations", locations);
			JsonObject properties = new JsonObject();
			properties.addProperty("rounding", f.rounding());
			properties.addProperty("expected", f.expected());
			properties.addProperty("actual", f.actual());
			properties.addProperty("difference", f.difference());
			r.add("properties", properties);
			PRETTY.toJson(r, json);
		}
		json.endArray();
		json.endObject();
		json.endArray();
		json.endObject();
		json.flush();
		out.write("\n");
		out.flush();
	}

	private static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	private static JsonObject text(String s) {
		JsonObject o = new JsonObject();
		o.addProperty("text", s == null ? "" : s);
		return o;
	}

	private static String path(Submission s) {
		return s.getSource() == null ? "" : s.getSource().getPath();
	}

	private static String kindWord(DisclosureKind kind) {
		return kind == DisclosureKind.BUDGET ? "预算" : "决算";
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
