package org.fiscallens.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a 预算公开 (budget disclosure) in the template of 预算公开表1–13: cover, 概况, the tables, and 第三部分 情况说明
 * restating them with the changes from last year's budget.
 */
final class BudgetDisclosure {

	private static final String BASIC = "spend/basic/general";
	private static final String PROJECT = "spend/project/general";
	private static final String UNIT_FUNDS = "spend/project/unitfund";
	private static final String[] INCOME_ROWS = { "一、一般公共预算", "二、政府性基金预算", "三、国有资本经营预算", "四、财政专户管理资金", "五、单位资金" };

	private final UnitPlan unit;
	private final int year;
	private final Ledger books;
	private final Ledger lastYear;
	private final Document doc = new Document();
	private final String scopeWord;

	BudgetDisclosure(UnitPlan unit, int year, Ledger books, Ledger lastYear) {
		this.unit = unit;
		this.year = year;
		this.books = books;
		this.lastYear = lastYear;
		this.scopeWord = unit.departmentScope ? "部门" : "单位";
	}

	private static long p(long fen) {
		return Money.printed(fen);
	}

	private long general() {
		return books.sum(BASIC + "@") + books.sum(PROJECT + "@");
	}

	private long unitFunds() {
		return books.sum(UNIT_FUNDS + "@");
	}

	private long total() {
		return general() + unitFunds();
	}

	Document write() {
		doc.blank();
		doc.mark("封面/单位", doc.title(unit.name));
		doc.blank();
		doc.title(year + "年度" + scopeWord + "预算公开");
		doc.blank();
		doc.heading("第一部分 概况");
		doc.blank();
		doc.heading("一、本" + scopeWord + "职责");
		doc.blank();
		doc.text(unit.sector.duties.replace("负责", "负责全" + unit.level()));
		doc.blank();
		doc.heading("二、机构设置情况");
		doc.blank();
		doc.text("本" + scopeWord + "内设办公室等" + (3 + unit.number % 4) + "个科室。");
		doc.blank();
		doc.heading("第二部分 " + year + "年" + scopeWord + "预算报表");
		doc.blank();
		table1();
		table2();
		table3();
		table4();
		table5();
		table6();
		emptyTables();
		table10();
		table11();
		table12();
		narrative();
		doc.heading("第四部分 名词解释");
		doc.blank();
		doc.text("基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。");
		doc.blank();
		return doc;
	}

	private void tableHead(int number, String code, String title) {
		doc.beginTable(code);
		doc.mark(code, doc.heading("预算公开表" + number));
		doc.blank();
		doc.text(year + "年" + title);
		doc.blank();
		doc.text(scopeWord + "名称：" + unit.name);
		doc.blank();
		doc.text("单位：万元");
		doc.blank();
	}

	private void tableEnd() {
		doc.blank();
		doc.endTable();
	}

	private void emptyNote() {
		doc.blank();
		doc.text("注：本表无数据");
		doc.blank();
		doc.endTable();
	}

	private void table1() {
		tableHead(1, "表一", "预算收支总表");
		doc.header("收入", "", "支出", "", "", "");
		doc.header("项目", year + "年", "项目", year + "年合计", "当年预算安排", "上年结转安排");
		long[] income = { general(), 0, 0, 0, unitFunds() };
		List<Subjects.FunctionalClass> classes = Subjects.BUDGET_CLASSES;
		for (int i = 0; i < classes.size(); i++) {
			Subjects.FunctionalClass c = classes.get(i);
			String amount = Money.cell(books.sum(c.code(), BASIC, PROJECT, UNIT_FUNDS));
			Document.Line row = doc.row(i < INCOME_ROWS.length ? INCOME_ROWS[i] : "", i < INCOME_ROWS.length ? Money.cell(income[i]) : "",
					Wording.chinese(i + 1) + "、" + c.name(), amount, amount, "");
			doc.mark("表一/" + c.code(), row);
		}
		String all = Money.cell(total());
		doc.mark("表一/本年收入合计", doc.row("本年收入合计", all, "本年支出合计", all, all, ""));
		doc.row("上年结转", "0.00", "年终结转", "0.00", "", "");
		doc.mark("表一/总计", doc.row("收入总计", all, "支出总计", all, all, ""));
		tableEnd();
	}

	private void table2() {
		tableHead(2, "表二", "预算收入总表");
		doc.header("项目", "", "本年收入", "", "", "", "", "", "上年结转");
		doc.header("科目编码", "科目名称", "合计", "一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金", "单位资金", "");
		List<Document.Line> rows = SubjectTable.write(doc, books.items(BASIC, PROJECT, UNIT_FUNDS), code -> new long[] {
				books.sum(code, BASIC, PROJECT, UNIT_FUNDS), books.sum(code, BASIC, PROJECT), 0, 0, 0, books.sum(code, UNIT_FUNDS), 0 });
		markRows("表二", rows);
		tableEnd();
	}

	private void markRows(String table, List<Document.Line> rows) {
		doc.mark(table + "/合计", rows.get(0));
		for (Document.Line row : rows.subList(1, rows.size())) {
			doc.mark(table + "/" + row.cells.get(0), row);
		}
	}

	private void table3() {
		tableHead(3, "表三", "预算支出总表");
		doc.header("项目", "", year + "年预算数", "", "");
		doc.header("科目编码", "科目名称", "合计", "基本支出", "项目支出");
		List<Document.Line> rows = SubjectTable.write(doc, books.items(BASIC, PROJECT, UNIT_FUNDS), code -> new long[] {
				books.sum(code, BASIC, PROJECT, UNIT_FUNDS), books.sum(code, BASIC), books.sum(code, PROJECT, UNIT_FUNDS) });
		markRows("表三", rows);
		tableEnd();
	}

	private void table4() {
		tableHead(4, "表四", "财政拨款收支总表");
		doc.header("收入", "", "支出", "", "", "", "");
		doc.header("项目", "金额", "项目", "金额", "", "", "");
		doc.header("", "", "", "小计", "一般公共预算", "政府性基金预算", "国有资本经营预算");
		List<Subjects.FunctionalClass> classes = Subjects.BUDGET_CLASSES;
		for (int i = 0; i < classes.size(); i++) {
			Subjects.FunctionalClass c = classes.get(i);
			String amount = Money.cell(books.sum(c.code(), BASIC, PROJECT));
			doc.mark("表四/" + c.code(), doc.row(i < 3 ? INCOME_ROWS[i] : "", i == 0 ? Money.cell(general()) : "",
					Wording.chinese(i + 1) + "、" + c.name(), amount, amount, "", ""));
		}
		String all = Money.cell(general());
		doc.mark("表四/本年收入合计", doc.row("本年收入合计", all, "本年支出合计", all, all, "", ""));
		doc.row("上年财政拨款结转", "0.00", "年终结转", "0.00", "", "", "");
		doc.row("一、一般公共预算", "", "", "", "", "", "");
		doc.row("二、政府性基金预算", "", "", "", "", "", "");
		doc.row("三、国有资本经营预算", "", "", "", "", "", "");
		doc.mark("表四/总计", doc.row("收入总计", all, "支出总计", all, all, "", ""));
		tableEnd();
	}

	private void table5() {
		tableHead(5, "表五", "一般公共预算支出预算表（不含上年结转）");
		doc.header("项目", "", year + "年预算数", "", "");
		doc.header("科目编码", "科目名称", "合计", "基本支出", "项目支出");
		List<Document.Line> rows = SubjectTable.write(doc, books.items(BASIC, PROJECT),
				code -> new long[] { books.sum(code, BASIC, PROJECT), books.sum(code, BASIC), books.sum(code, PROJECT) });
		markRows("表五", rows);
		tableEnd();
	}

	private void table6() {
		tableHead(6, "表六", "一般公共预算安排基本支出分经济科目表（不含上年结转）");
		doc.header("部门预算支出经济科目名称", "政府预算支出经济科目名称", year + "年预算数", "", "");
		doc.header("", "", "合计", "人员经费", "公用经费");
		long personnel = books.sum("econ@301") + books.sum("econ@303");
		long goods = books.sum("econ@302");
		doc.mark("表六/合计", doc.row("合计", "", Money.cell(personnel + goods), Money.cell(personnel), Money.cell(goods)));
		for (String group : new String[] { "301", "302", "303" }) {
			boolean isPersonnel = !group.equals("302");
			long amount = books.sum("econ@" + group);
			doc.mark("表六/" + group, doc.row(Subjects.ECONOMIC_CLASSES.get(group), "", Money.cell(amount),
					isPersonnel ? Money.cell(amount) : "", isPersonnel ? "" : Money.cell(amount)));
			for (Subjects.Economic e : Subjects.ECONOMIC) {
				long value = books.get("econ@" + e.code());
				if (e.group().equals(group) && value != 0) {
					doc.mark("表六/" + e.code(), doc.row(e.name(), e.budgetName(), Money.cell(value), isPersonnel ? Money.cell(value) : "",
							isPersonnel ? "" : Money.cell(value)));
				}
			}
		}
		tableEnd();
	}

	private void emptyTables() {
		tableHead(7, "表七", "政府性基金预算收入表（不含上年结转）");
		doc.header("项目", "", "政府性基金收入预算");
		doc.header("收入科目编码", "科目名称", "");
		doc.row("合计", "", "");
		emptyNote();
		tableHead(8, "表八", "政府性基金预算支出表（不含上年结转）");
		doc.header("科目编码", "科目名称", "合计", "基本支出", "项目支出");
		doc.row("合计", "", "", "", "");
		emptyNote();
		tableHead(9, "表九", "国有资本经营预算收支预算表（不含上年结转）");
		doc.header("国有资本经营预算收入", "", "", "国有资本经营预算支出", "", "", "", "");
		doc.header("项目", "", "国有资本经营收入预算", "科目编码", "科目名称", "合计", "基本支出", "项目支出");
		doc.header("收入科目编码", "科目名称", "", "", "", "", "", "");
		doc.row("合计", "", "", "", "", "", "", "");
		emptyNote();
	}

	private void table10() {
		tableHead(10, "表十", "财政拨款安排“三公”经费支出预算表");
		doc.header("项目", year + "年预算数", "", "", "");
		doc.header("", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算");
		long abroad = books.get("sangong/abroad");
		long reception = books.get("sangong/reception");
		long cars = books.get("sangong/carRun");
		doc.row("因公出国（境）费", Money.cell(abroad), Money.cell(abroad), "", "");
		doc.mark("表十/公务接待费", doc.row("公务接待费", Money.cell(reception), Money.cell(reception), "", ""));
		doc.row("公务用车购置及运行费", Money.cell(cars), Money.cell(cars), "", "");
		doc.row("①公务用车购置费", "", "", "", "");
		doc.row("②公务用车运行维护费", Money.cell(cars), Money.cell(cars), "", "");
		String all = Money.cell(abroad + reception + cars);
		doc.mark("表十/合计", doc.row("合计", all, all, "", ""));
		tableEnd();
	}

	private void table11() {
		tableHead(11, "表十一", "财政拨款安排机关运行经费预算表");
		doc.header("单位名称", year + "预算数", "", "", "");
		doc.header("", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算");
		String running = Money.cell(books.get("office/running"));
		doc.mark("表十一/合计", doc.row(scopeWord + "合计", running, running, "", ""));
		doc.row(unit.name, running, running, "", "");
		tableEnd();
	}

	private void table12() {
		tableHead(12, "表十二", "项目支出预算表（本年预算）");
		doc.header("项目名称", "合计", year + "年财政拨款", "", "", "财政专户管理资金", "单位资金");
		doc.header("", "", "一般公共预算", "政府性基金预算", "国有资本经营预算", "", "");
		doc.row("1", "2", "3", "4", "5", "6", "7");
		long general = books.sum(PROJECT + "@");
		doc.mark("表十二/合计", doc.row(unit.name, Money.cell(general + unitFunds()), Money.cell(general), "", "", "", Money.cell(unitFunds())));
		for (Ledger.Project project : books.projects()) {
			doc.row(project.name(), Money.cell(project.annualBudget() + project.unitFunds()), Money.cell(project.annualBudget()), "", "", "",
					Money.cell(project.unitFunds()));
		}
		tableEnd();
		tableHead(13, "表十三", "项目支出预算表（上年结转）");
		doc.header("项目名称", "合计", year + "年财政拨款", "", "");
		doc.header("", "", "一般公共预算", "政府性基金预算", "国有资本经营预算");
		doc.row("1", "2", "3", "4", "5");
		emptyNote();
	}

	// ---- 第三部分 情况说明 -------------------------------------------------------------------------------------

	private void paragraph(String mark, String text) {
		Document.Line line = doc.text(text);
		if (mark != null) {
			doc.mark(mark, line);
		}
		doc.blank();
	}

	private long before(String... prefixes) {
		if (lastYear == null) {
			return 0;
		}
		long sum = 0;
		for (String prefix : prefixes) {
			sum += lastYear.sum(prefix);
		}
		return p(sum);
	}

	private void narrative() {
		String who = year + "年度" + unit.name;
		doc.heading("第三部分 " + year + "年度" + scopeWord + "预算情况说明");
		doc.blank();
		long all = p(total());
		long allBefore = before(BASIC + "@", PROJECT + "@", UNIT_FUNDS + "@");
		doc.heading("一、" + scopeWord + "预算收支数据变动情况及原因");
		doc.blank();
		paragraph("说明/总计", who + "预算收入总计" + Money.text(all) + "万元，比上年" + Wording.change(all, allBefore, "，") + "，主要原因是"
				+ Wording.reason(all, allBefore, "业务工作经费增加", "压减一般性支出") + "。预算支出总计" + Money.text(all) + "万元。");

		doc.heading("二、收入预算情况说明");
		doc.blank();
		long general = p(general());
		long funds = p(unitFunds());
		String income = who + "预算收入" + Money.text(all) + "万元，其中：一般公共预算拨款收入" + Money.text(general) + "万元，占"
				+ Money.percent(general, all) + "%";
		if (funds != 0) {
			income += "；单位资金收入" + Money.text(funds) + "万元，占" + Money.percent(funds, all) + "%";
		}
		paragraph("说明/收入", income + "。");

		doc.heading("三、支出预算情况说明");
		doc.blank();
		long basic = p(books.sum(BASIC + "@"));
		long project = p(books.sum(PROJECT + "@") + unitFunds());
		paragraph("说明/支出", who + "支出预算" + Money.text(all) + "万元，其中：基本支出" + Money.text(basic) + "万元，占"
				+ Money.percent(basic, all) + "%；项目支出" + Money.text(project) + "万元，占" + Money.percent(project, all) + "%。");

		List<String> classes = SubjectTable.classes(books.items(BASIC, PROJECT));
		doc.heading("四、财政拨款收支预算总体情况说明");
		doc.blank();
		List<String> byClass = new ArrayList<>();
		for (String c : classes) {
			byClass.add(Subjects.name(c) + Money.text(p(books.sum(c, BASIC, PROJECT))) + "万元");
		}
		paragraph("说明/财政拨款", who + "财政拨款收支总预算" + Money.text(general) + "万元。其中：" + String.join("；", byClass) + "。");

		doc.heading("五、一般公共预算支出情况说明");
		doc.blank();
		doc.heading("（一）一般公共预算当年支出规模变化情况");
		doc.blank();
		long generalBefore = before(BASIC + "@", PROJECT + "@");
		paragraph("说明/一般公共预算", who + "一般公共预算当年支出" + Money.text(general) + "万元，比上年"
				+ Wording.change(general, generalBefore, "，") + "。");
		doc.heading("（二）一般公共预算当年支出结构情况");
		doc.blank();
		List<String> structure = new ArrayList<>();
		for (String c : classes) {
			long amount = p(books.sum(c, BASIC, PROJECT));
			structure.add(Subjects.name(c) + Money.text(amount) + "万元，占" + Money.percent(amount, general) + "%");
		}
		paragraph("说明/结构", who + "一般公共预算当年支出" + Money.text(general) + "万元，主要用于以下方面：" + String.join("；", structure) + "。");

		doc.heading("六、一般公共预算基本支出情况说明");
		doc.blank();
		List<String> personnel = new ArrayList<>();
		List<String> goods = new ArrayList<>();
		for (Subjects.Economic e : Subjects.ECONOMIC) {
			if (books.get("econ@" + e.code()) != 0) {
				(e.personnel() ? personnel : goods).add(e.name());
			}
		}
		paragraph("说明/基本支出", who + "一般公共预算安排基本支出" + Money.text(basic) + "万元，其中：人员经费"
				+ Money.text(p(books.sum("econ@301") + books.sum("econ@303"))) + "万元，主要包括：" + String.join("、", personnel)
				+ "；公用经费" + Money.text(p(books.sum("econ@302"))) + "万元，主要包括：" + String.join("、", goods) + "。");

		doc.heading("七、“三公”经费预算情况说明");
		doc.blank();
		long abroad = p(books.get("sangong/abroad"));
		long reception = p(books.get("sangong/reception"));
		long cars = p(books.get("sangong/carRun"));
		long threePublic = p(books.get("sangong/abroad") + books.get("sangong/reception") + books.get("sangong/carRun"));
		paragraph("说明/三公", year + "年财政拨款安排的“三公”经费预算" + Money.text(threePublic) + "万元，其中：因公出国（境）费"
				+ Money.said(abroad) + "万元，公务接待费" + Money.said(reception) + "万元，公务用车购置费0万元，公务用车运行维护费"
				+ Money.said(cars) + "万元。");

		doc.heading("八、机关运行经费情况说明");
		doc.blank();
		long running = p(books.get("office/running"));
		long runningBefore = lastYear == null ? 0 : p(lastYear.get("office/running"));
		paragraph("说明/机关运行经费", "本" + scopeWord + "机关运行经费财政拨款预算" + Money.text(running) + "万元，比" + (year - 1) + "年"
				+ Wording.change(running, runningBefore, "，") + "，主要原因是"
				+ Wording.reason(running, runningBefore, "人员增加，公用经费相应增加", "厉行节约，压减公用经费") + "。");

		doc.heading("九、政府采购情况说明");
		doc.blank();
		long goodsProcured = p(books.get("procure/goods"));
		long services = p(books.get("procure/services"));
		paragraph("说明/政府采购", year + "年" + unit.name + "政府采购预算总额" + Money.text(p(books.get("procure/goods") + books.get("procure/services")))
				+ "万元。其中：政府采购货物预算" + Money.said(goodsProcured) + "万元、政府采购工程预算0万元、政府采购服务预算" + Money.said(services) + "万元。");
	}
}
