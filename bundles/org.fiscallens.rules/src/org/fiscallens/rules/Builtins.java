package org.fiscallens.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vocabulary of the rule language beyond its syntax: the built-in functions and the members of each kind of value.
 * The evaluator implements exactly these; the validator rejects anything else at its position; content assist and hover
 * show these texts. Adding a word to the language means adding it here and in the evaluator.
 */
public final class Builtins {

	/** A documented word: how it is written and what it means. */
	public record Word(String name, String signature, String description) {
	}

	public static final Map<String, Word> FUNCTIONS = new LinkedHashMap<>();
	/** Members by the kind of value they apply to (document, table, row, cell, column, claim, section, annex, list, …). */
	public static final Map<String, Map<String, Word>> MEMBERS = new LinkedHashMap<>();
	/** Names that are always defined. */
	public static final Map<String, Word> NAMES = new LinkedHashMap<>();

	private static void function(String name, String signature, String description) {
		FUNCTIONS.put(name, new Word(name, signature, description));
	}

	private static void member(String kind, String name, String signature, String description) {
		MEMBERS.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, new Word(name, signature, description));
	}

	static {
		NAMES.put("document", new Word("document", "document", "当前审核的公开文件 / the document being checked"));

		function("sum", "sum(值, …)", "求和（列表展开）；结果记录每个加数的出处 / sum of amounts (lists are flattened)");
		function("count", "count(列表)", "个数 / number of elements");
		function("min", "min(值, …)", "最小值 / smallest amount");
		function("max", "max(值, …)", "最大值 / largest amount");
		function("abs", "abs(值)", "绝对值 / absolute value");
		function("round", "round(值, 位数)", "四舍五入到指定小数位 / round half up");
		function("sign", "sign(值)", "符号：-1、0、1 / the sign");
		function("share", "share(部分, 总额)", "占比（百分数）= 部分 ÷ 总额 × 100 / share in percent");
		function("unique", "unique(列表)", "去重：同一标签同一数值的陈述只计一次 / each (label, value) once");
		function("exists", "exists(值)", "值存在（表、行存在，列表非空）/ the value is there");
		function("contains", "contains(文本, \"正则\")", "文本包含匹配 / the text matches the pattern");
		function("quote", "quote(文本)", "把文本当作字面量用于正则（项目名中有括号时）/ a text matched literally in a pattern");
		function("replace", "replace(文本, \"正则\", \"替换为\")", "文本替换 / replace the matches of a pattern");
		function("if", "if(条件, 是, 否)", "条件取值 / conditional value");
		function("table", "table(\"公开01\")", "按代码、别名或标题取表 / a table by code, alias or title");
		function("claims", "claims(label: \"正则\", kind: \"amount|percent|change|rate|count\", section: \"正则\")",
				"情况说明中的数值陈述 / the narrative's claims, filtered by label, kind and section");
		function("annexes", "annexes(kind: \"project|department|target\", readable: true)",
				"附件（绩效自评表、绩效目标表），可按类型筛选，readable 只取能读出数值的 / the annexes");
		function("sections", "sections(\"标题正则\")", "情况说明的章节 / narrative sections by title");
		function("previous", "previous()", "同一单位上一年度的同类公开文件（不在工作区则不适用）/ same unit, previous year");
		function("budget", "budget()", "同一单位同年度的预算公开 / the budget of the same unit and year");
		function("final", "final()", "同一单位同年度的决算公开 / the final accounts of the same unit and year");
		function("department", "department()", "所属部门的公开文件 / the department's document of a member unit");
		function("units", "units()", "部门所属各单位的公开文件 / the member units' documents of a department");

		String doc = "document";
		member(doc, "tables", "d.tables", "全部表格 / all tables");
		member(doc, "table", "d.table(\"公开01\")", "按代码取表 / a table by code");
		member(doc, "claims", "d.claims(label: …)", "该文件的数值陈述 / the document's claims");
		member(doc, "sections", "d.sections(\"…\")", "该文件的章节 / the document's sections");
		member(doc, "year", "d.year", "年度 / year");
		member(doc, "kind", "d.kind", "决算 或 预算 / kind");
		member(doc, "unit", "d.unit", "单位名称 / unit name");
		member(doc, "annexes", "d.annexes", "附件（绩效自评表）/ annexes");
		for (String f : new String[] { "previous", "budget", "final", "department", "units" }) {
			member(doc, f, "d." + f + "()", FUNCTIONS.get(f).description());
		}

		String table = "table";
		member(table, "rows", "t.rows / t.rows(side: \"收入\", level: 1, after: \"本年收入合计\", until: \"总计\")",
				"行：可按收入/支出、科目级次、起止行筛选 / the rows, filtered by side, level, after and until a label");
		member(table, "row", "t.row(\"总计\", side: \"收入\") / t.row(code: \"21015\") / t.row(no: 8)",
				"唯一匹配的行（名称忽略空格和序号）/ the one row that matches");
		member(table, "rowsMatching", "t.rowsMatching(\"正则\")", "名称匹配的行 / rows whose name matches");
		member(table, "columns", "t.columns", "全部栏目 / all columns");
		member(table, "amountColumns", "t.amountColumns", "金额栏 / the amount columns");
		member(table, "column", "t.column(1) / t.column(\"基本支出\")", "按栏次或表头取栏 / a column by 栏次 or header");
		member(table, "code", "t.code", "表代码 / catalogue code");
		member(table, "title", "t.title", "表名 / title");
		member(table, "notes", "t.notes", "表注 / the table's notes");
		member(table, "hasNote", "t.hasNote(\"本表无数据\")", "有匹配的表注 / a note matches");
		member(table, "empty", "t.empty", "没有非零金额 / no non-zero amount");
		member(table, "line", "t.line", "表的起始行号 / first line");

		String row = "row";
		member(row, "cell", "r.cell(1) / r.cell(\"基本支出\") / r[1]", "该行某栏的单元格 / the cell in a column");
		member(row, "cells", "r.cells", "全部单元格 / all cells");
		member(row, "amounts", "r.amounts", "金额单元格 / the amount cells");
		member(row, "children", "r.children", "下一级科目行（类→款→项）/ rows one level below");
		member(row, "hasChildren", "r.hasChildren", "有下级科目 / has rows below");
		member(row, "level", "r.level", "科目级次：1 类、2 款、3 项、0 无 / subject level");
		member(row, "code", "r.code", "科目编码 / subject code");
		member(row, "name", "r.name", "项目名称 / item name");
		member(row, "number", "r.number", "行次 / row number");
		member(row, "side", "r.side", "收入 或 支出（两栏表）/ side of a two-sided table");
		member(row, "line", "r.line", "源文件行号 / source line");
		member(row, "table", "r.table", "所在表 / the row's table");

		String cell = "cell";
		member(cell, "value", "c.value", "金额（万元）/ the amount");
		member(cell, "raw", "c.raw", "原文 / printed text");
		member(cell, "line", "c.line", "源文件行号 / source line");
		member(cell, "blank", "c.blank", "空白或“——” / empty or placeholder");
		member(cell, "column", "c.column", "所在栏 / the cell's column");

		String column = "column";
		member(column, "name", "c.name", "表头 / header");
		member(column, "number", "c.number", "栏次 / column number");

		String claim = "claim";
		member(claim, "value", "k.value", "陈述的数值（金额折算为万元）/ the stated number");
		member(claim, "signed", "k.signed", "带方向的数值（减少为负）/ the number, negative for 减少");
		member(claim, "label", "k.label", "陈述对象，如 收入总计 / what the number is about");
		member(claim, "kind", "k.kind", "amount、percent、change、rate 或 count / kind of number");
		member(claim, "unit", "k.unit", "单位：万元、元、%、辆 … / unit");
		member(claim, "direction", "k.direction", "增加、减少、持平 或 空 / direction word");
		member(claim, "sentence", "k.sentence", "所在句子 / the sentence");
		member(claim, "raw", "k.raw", "原文 / printed text");
		member(claim, "line", "k.line", "源文件行号 / source line");
		member(claim, "section", "k.section", "所在章节标题 / the section's title");
		member(claim, "previous", "k.previous", "本节中紧挨着的前一个陈述 / the claim just before, in the same section");
		member(claim, "next", "k.next", "本节中紧挨着的后一个陈述 / the claim just after, in the same section");
		member(claim, "following", "k.following(\"正则\")", "同一行中其后标签匹配的陈述（“其中”各项，至下一个不匹配的金额为止）/ the parts that follow on the same line");
		member(claim, "nearest", "k.nearest(\"正则\")", "同一句中此前最近的标签匹配的陈述 / the nearest earlier claim of the sentence whose label matches");
		member(claim, "current", "k.current", "变动所说的本年金额（同一标签或“支出决算”的前一个金额陈述）/ the amount a change is about");
		member(claim, "change", "k.change", "增长率所对应的变动额（前一个变动陈述）/ the change a rate divides");

		String section = "section";
		member(section, "title", "s.title", "章节标题 / title");
		member(section, "numbering", "s.numbering", "章节序号 / numbering");
		member(section, "claims", "s.claims", "本节的数值陈述 / the section's claims");
		member(section, "line", "s.line", "起始行号 / first line");

		String annex = "annex";
		member(annex, "title", "a.title", "附件标题 / title");
		member(annex, "project", "a.project", "项目名称 / project");
		member(annex, "values", "a.values / a.values(\"\\.资金总额$\")", "附件中的数值，可按标签筛选 / the values, optionally those whose label matches");
		member(annex, "kind", "a.kind", "project（项目自评）、department（整体自评）、target（绩效目标）/ kind");
		member(annex, "claims", "a.claims(label: \"正则\", kind: \"amount\")", "附件所在（或其前）情况说明章节中的陈述 / the claims of the narrative section the annex is printed in");
		member(annex, "readable", "a.readable", "读出了数值 / values could be read");
		member(annex, "line", "a.line", "起始行号 / first line");
		member(annex, "indicators", "a.indicators", "绩效指标 / indicators");
		member(annex, "value", "a.value(\"预算数\")", "按标签取数值 / a value by label");
		member("annex value", "value", "v.value", "数值 / the number");
		member("annex value", "label", "v.label", "标签 / label");
		member("annex value", "line", "v.line", "源文件行号 / source line");
		member("indicator", "name", "i.name", "指标名称 / name");
		member("indicator", "weight", "i.weight", "分值 / weight");
		member("indicator", "score", "i.score", "得分 / score");

		String list = "list";
		member(list, "count", "l.count", "元素个数 / number of elements");
		member(list, "size", "l.size", "元素个数 / number of elements");
		member(list, "first", "l.first", "第一个 / first element");
		member(list, "last", "l.last", "最后一个 / last element");
		member(list, "isEmpty", "l.isEmpty", "为空 / no element");
	}

	private Builtins() {
	}

	/** True when some kind of value has this member. */
	public static boolean isMember(String name) {
		return MEMBERS.values().stream().anyMatch(m -> m.containsKey(name));
	}
}
