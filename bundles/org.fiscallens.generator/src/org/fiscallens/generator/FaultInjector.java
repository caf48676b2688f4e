package org.fiscallens.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which documents get a fault (a share {@code rate}, drawn per document from the seed, so that the
 * fault-free content is the same with or without faults) and injects it into the written document: a changed printed
 * figure, a contradicting word, a removed table or note. Each change is substantive (10 %, at least 1 万元), far beyond
 * any rounding tail, and reports the line a reviewer would look at.
 */
final class FaultInjector {

	/** A fault chosen for a document, before it is written. */
	record Plan(FaultKind kind, Random random) {
	}

	/** What was changed, and on which line. */
	record Injected(String description, Document.Line line) {
	}

	private static final Pattern AMOUNT = Pattern.compile("(\\d+\\.\\d{2})万元");
	private static final Pattern PERCENT = Pattern.compile("(\\d+\\.\\d{2})%");

	private final long seed;
	private final double rate;

	FaultInjector(long seed, double rate) {
		this.seed = seed;
		this.rate = rate;
	}

	/** Whether the document gets a fault, and which (null: none). */
	Plan plan(UnitPlan unit, int year, boolean budget, boolean hasPreviousYear) {
		if (rate <= 0) {
			return null;
		}
		Random random = Randoms.of(seed, 7_919L, unit.number, year, budget ? 1 : 0);
		if (random.nextDouble() >= rate) {
			return null;
		}
		List<FaultKind> fitting = new ArrayList<>();
		for (FaultKind kind : FaultKind.values()) {
			if (kind.fits(budget, hasPreviousYear, unit.consolidates())) {
				fitting.add(kind);
			}
		}
		return new Plan(fitting.get(random.nextInt(fitting.size())), random);
	}

	Injected inject(Plan plan, Document doc) {
		boolean budget = doc.marked("表一") != null;
		Random random = plan.random();
		return switch (plan.kind()) {
		case ROW_TOTAL -> budget ? bumpCell(doc, anyItemRow(doc, "表三", random), 2, "表三 项级行 合计")
				: bumpCell(doc, anyItemRow(doc, "公开02", random), 2, "公开02 项级行 本年收入合计");
		case SUBJECT_ROLLUP -> budget ? bumpCell(doc, classRow(doc, "表五"), 3, "表五 类级行 基本支出（三栏同改，类 ≠ Σ款）", 2, 4)
				: bumpCell(doc, classRow(doc, "公开05"), 3, "公开05 类级行 基本支出（三栏同改，类 ≠ Σ款）", 2, 4);
		case CLOSING_BALANCE -> bumpCell(doc, doc.marked("公开01/结转"), 5, "公开01 年末结转和结余");
		case FISCAL_CLOSING_BALANCE -> bumpCell(doc, doc.marked("公开04/结转"), 5, "公开04 年末财政拨款结转和结余（合计、一般公共预算两栏）", 6);
		case GRAND_TOTAL -> bumpCell(doc, doc.marked("表一/总计"), 1, "表一 收入总计");
		case GENERAL_BUDGET_CLASS -> budget ? bumpCell(doc, sectorClassRow(doc, "表四/"), 3, "表四 类级支出（小计、一般公共预算两栏）", 4)
				: bumpCell(doc, sectorClassRow(doc, "公开04/"), 5, "公开04 类级支出（合计、一般公共预算两栏）", 6);
		case NARRATIVE_AMOUNT -> budget ? bumpText(doc, doc.marked("说明/支出"), AMOUNT, 1, "情况说明 基本支出金额")
				: bumpText(doc, doc.marked("说明/收入1"), AMOUNT, 0, "情况说明 收入项目金额");
		case NARRATIVE_SHARE -> budget ? bumpText(doc, doc.marked("说明/支出"), PERCENT, 0, "情况说明 基本支出占比")
				: bumpText(doc, doc.marked("说明/支出1"), PERCENT, 0, "情况说明 基本支出占比");
		case DIRECTION_WORD -> directionWord(doc, doc.marked(budget ? "说明/总计" : "说明/机关运行经费"));
		case COMPLETION_RATE -> bumpText(doc, doc.marked("说明/年初预算"), PERCENT, 0, "情况说明 完成年初预算的百分比");
		case MISSING_TABLE -> missingTable(doc, budget ? "表九" : "公开08", budget ? "表十" : "公开09");
		case EMPTY_TABLE_NOTE -> emptyNote(doc, budget ? "表八" : "公开07");
		case ANNEX_EXECUTION_RATE -> bumpCell(doc, doc.marked("附件1/资金"), 9, "绩效自评表 执行率（与执行数 ÷ 预算数不符）");
		case ANNEX_BALANCE -> bumpCell(doc, doc.marked("附件1/资金"), 8, "绩效自评表 结余（≠ 全年预算数 − 全年执行数）");
		case ANNEX_TEXT_RATE -> bumpText(doc, doc.marked("附件1/执行情况"), PERCENT, 0, "绩效自评表 文字所述执行率");
		case EVALUATED_FUNDS -> bumpText(doc, doc.marked("说明/绩效"), AMOUNT, 0, "情况说明 自评项目涉及资金（≠ 各自评表之和）");
		case PREVIOUS_YEAR -> previousYear(doc, doc.marked("说明/总计"), budget);
		case INITIAL_BUDGET -> initialBudget(doc);
		case DEPARTMENT_MISMATCH -> new Injected(
				(budget ? "部门预算 表一" : "部门决算 公开01") + " 本年收入合计未汇总最后一个所属单位（≠ 所属单位之和）",
				doc.marked(budget ? "表一/本年收入合计" : "公开01/本年收入合计"));
		};
	}

	/** A substantive step for a printed value: 10 %, at least 1.00 (万元 or percentage points). */
	private static BigDecimal step(BigDecimal value) {
		BigDecimal tenth = value.abs().divide(BigDecimal.TEN).setScale(2, java.math.RoundingMode.HALF_UP);
		return tenth.max(BigDecimal.ONE).add(new BigDecimal("0.37"));
	}

	private static BigDecimal parse(String text) {
		return text.isBlank() ? BigDecimal.ZERO.setScale(2) : new BigDecimal(text.replace(",", ""));
	}

	/** Adds the same step to cells of a row (all given columns, so that a row identity may still hold). */
	private static Injected bumpCell(Document doc, Document.Line row, int column, String what, int... alsoColumns) {
		BigDecimal before = parse(row.cells.get(column));
		BigDecimal delta = step(before);
		row.cells.set(column, before.add(delta).setScale(2).toPlainString());
		for (int c : alsoColumns) {
			row.cells.set(c, parse(row.cells.get(c)).add(delta).setScale(2).toPlainString());
		}
		return new Injected(what + "：" + before.toPlainString() + " → " + row.cells.get(column), row);
	}

	/** Changes the n-th number of a kind (amount or percentage) in a line of text. */
	private static Injected bumpText(Document doc, Document.Line line, Pattern pattern, int occurrence, String what) {
		String text = line.text();
		Matcher m = pattern.matcher(text);
		for (int i = 0; i <= occurrence; i++) {
			if (!m.find()) {
				throw new IllegalStateException("no number #" + occurrence + " in: " + text);
			}
		}
		BigDecimal before = new BigDecimal(m.group(1));
		String after = before.add(step(before)).toPlainString();
		line.setText(text.substring(0, m.start(1)) + after + text.substring(m.end(1)));
		return new Injected(what + "：" + before.toPlainString() + " → " + after, line);
	}

	private static Document.Line anyItemRow(Document doc, String table, Random random) {
		Document.TableSpan span = doc.table(table);
		List<Document.Line> items = new ArrayList<>();
		for (int i = span.first(); i <= span.last(); i++) {
			Document.Line line = doc.lines().get(i);
			if (line.kind == Document.Kind.ROW && line.cells.get(0).length() == 7) {
				items.add(line);
			}
		}
		return items.get(random.nextInt(items.size()));
	}

	/** A 类 row with several 款 under it (卫生健康 holds the staff's medical insurance), else 社会保障和就业. */
	private static Document.Line classRow(Document doc, String table) {
		Document.Line row = doc.marked(table + "/210");
		return row != null ? row : doc.marked(table + "/208");
	}

	/** Every unit pays pensions: the 社会保障和就业支出 class row is always there. */
	private static Document.Line sectorClassRow(Document doc, String prefix) {
		return doc.marked(prefix + "208");
	}

	private static Injected directionWord(Document doc, Document.Line line) {
		String text = line.text();
		Matcher m = Pattern.compile("(增加|减少)(\\d)").matcher(text);
		if (!m.find()) {
			// no change to contradict (与上年持平): say it decreased by a negative amount instead
			String changed = text.replaceFirst("与上年持平", "减少-1.37万元");
			line.setText(changed);
			return new Injected("情况说明 方向词与数值符号矛盾（减少-1.37）", line);
		}
		line.setText(text.substring(0, m.end(1)) + "-" + text.substring(m.end(1)));
		return new Injected("情况说明 方向词与数值符号矛盾（" + m.group(1) + "-…）", line);
	}

	/** The table is gone: the reviewer looks where it should have been, before the next table. */
	private static Injected missingTable(Document doc, String table, String next) {
		doc.removeTable(table);
		return new Injected("缺少 " + table + " 表", doc.marked(next));
	}

	private static Injected emptyNote(Document doc, String table) {
		Document.TableSpan span = doc.table(table);
		for (int i = span.first(); i <= span.last(); i++) {
			Document.Line line = doc.lines().get(i);
			if (line.text().contains("本表无数据")) {
				line.setText(line.text().startsWith("说明") ? "说明：" : "注：");
			}
		}
		return new Injected(table + " 为空表，删去“本表无数据”说明", doc.marked(table));
	}

	/** The change from last year restated with a wrong amount; the rate still follows from it, so only last year disagrees. */
	private static Injected previousYear(Document doc, Document.Line line, boolean budget) {
		String text = line.text();
		Pattern change = Pattern.compile((budget ? "预算收入总计" : "收入总计") + "(\\d+\\.\\d{2})万元");
		Matcher current = change.matcher(text);
		if (!current.find()) {
			throw new IllegalStateException("no current total in: " + text);
		}
		BigDecimal now = new BigDecimal(current.group(1));
		Matcher m = Pattern.compile("(增加|减少)(\\d+\\.\\d{2})万元(，(增长|下降)(\\d+\\.\\d{2})%)?").matcher(text);
		StringBuilder out = new StringBuilder();
		BigDecimal delta = step(now);
		String first = null;
		while (m.find()) {
			BigDecimal signed = new BigDecimal(m.group(2)).multiply(m.group(1).equals("增加") ? BigDecimal.ONE : BigDecimal.ONE.negate());
			BigDecimal wrong = signed.add(delta);
			BigDecimal previous = now.subtract(wrong);
			String words = (wrong.signum() >= 0 ? "增加" : "减少") + wrong.abs().toPlainString() + "万元";
			if (previous.signum() > 0) {
				words += "，" + (wrong.signum() >= 0 ? "增长" : "下降")
						+ wrong.abs().multiply(BigDecimal.valueOf(100)).divide(previous, 2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
			}
			if (first == null) {
				first = m.group() + " → " + words;
			}
			m.appendReplacement(out, words);
		}
		m.appendTail(out);
		line.setText(out.toString());
		return new Injected("情况说明 与上年相比的变动（推出的上年数 ≠ 上年公开）：" + first, line);
	}

	/** A class's 年初预算 restated wrong (with its completion rate recomputed), so only the budget disagrees. */
	private static Injected initialBudget(Document doc) {
		Document.Line line = null;
		for (String c : new String[] { "208", "221", "210" }) {
			line = doc.marked("说明/具体/" + c);
			if (line != null) {
				break;
			}
		}
		String text = line.text();
		Matcher m = Pattern.compile("年初预算(\\d+\\.\\d{2})万元，支出决算(\\d+\\.\\d{2})万元，完成年初预算的(\\d+\\.\\d{2})%").matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("no initial budget in: " + text);
		}
		BigDecimal planned = new BigDecimal(m.group(1));
		BigDecimal wrong = planned.add(step(planned));
		String rate = new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(100)).divide(wrong, 2, java.math.RoundingMode.HALF_UP).toPlainString();
		line.setText(text.substring(0, m.start()) + "年初预算" + wrong.toPlainString() + "万元，支出决算" + m.group(2) + "万元，完成年初预算的" + rate + "%"
				+ text.substring(m.end()));
		return new Injected("情况说明 年初预算 " + planned.toPlainString() + " → " + wrong.toPlainString() + "（≠ 同年预算公开表五）", line);
	}
}
