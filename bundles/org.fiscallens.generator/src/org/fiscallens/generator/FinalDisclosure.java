package org.fiscallens.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a 决算公开 (final accounts disclosure) in the national template: cover, 第一部分 概况, tables 公开01–公开10,
 * 第三部分 情况说明 restating the tables (with last year's figures and the year's budget), 名词解释 and 项目支出绩效自评表
 * annexes. Every figure comes from the books; the narrative restates the printed figures, as a reader would compute.
 */
final class FinalDisclosure {

	private static final String[] INCOME_ROWS = { "一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入",
			"三、国有资本经营预算财政拨款收入", "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入" };
	private static final String SPEND = "spend/basic/fiscal";
	private static final String PROJECT = "spend/project/fiscal";
	private static final String SPEND_OTHER = "spend/basic/other";
	private static final String PROJECT_OTHER = "spend/project/other";
	private static final int MAX_ANNEXES = 3;

	private final UnitPlan unit;
	private final int year;
	private final Ledger books;
	private final Ledger lastYear;
	private final Ledger budget;
	private final Document doc = new Document();
	private final String scopeWord;

	FinalDisclosure(UnitPlan unit, int year, Ledger books, Ledger lastYear, Ledger budget) {
		this.unit = unit;
		this.year = year;
		this.books = books;
		this.lastYear = lastYear;
		this.budget = budget;
		this.scopeWord = unit.departmentScope ? "部门" : "单位";
	}

	Document write() {
		doc.blank();
		doc.mark("封面/单位", doc.title(unit.name));
		doc.blank();
		doc.title(year + "年度" + scopeWord + "决算公开");
		doc.blank();
		overview();
		doc.heading("第二部分 " + year + "年" + scopeWord + "决算表");
		doc.blank();
		table01();
		table02();
		table03();
		table04();
		table05();
		table06();
		table07();
		table08();
		table09();
		table10();
		narrative();
		doc.heading("第四部分 名词解释");
		doc.blank();
		doc.text("基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。");
		doc.blank();
		doc.text("项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。");
		doc.blank();
		annexes();
		return doc;
	}

	private long p(long fen) {
		return Money.printed(fen);
	}

	private void overview() {
		doc.heading("第一部分 概况");
		doc.blank();
		doc.heading("一、" + scopeWord + "职责");
		doc.blank();
		doc.text(unit.sector.duties.replace("负责", "负责全" + unit.level()));
		doc.blank();
		doc.heading("二、机构设置情况");
		doc.blank();
		long staff = books.get("staff/actual");
		if (unit.consolidates()) {
			StringBuilder members = new StringBuilder();
			String[] ordinals = { "一", "二", "三", "四", "五", "六" };
			for (int i = 0; i < unit.members.size(); i++) {
				members.append(i == 0 ? "" : i == unit.members.size() - 1 ? "；" : "，").append(ordinals[Math.min(i, 5)])
						.append("是").append(unit.members.get(i).name);
			}
			doc.text(year + "年度" + scopeWord + "决算由本级和所属单位汇总而成，单位组成为：" + members + "。");
			doc.blank();
		}
		doc.text("本" + scopeWord + "内设办公室等" + (3 + unit.number % 4) + "个科室，编制人数" + books.get("staff/posts")
				+ "名，实有人数" + staff + "名。");
		doc.blank();
	}

	private void tableHead(String title, String code) {
		doc.beginTable(code);
		doc.mark(code, doc.heading(title));
		doc.blank();
		doc.text(code + "表");
		doc.blank();
		doc.text(scopeWord + "名称：" + unit.name);
		doc.blank();
		doc.text(year + "年度");
		doc.blank();
		doc.text("金额单位：万元");
		doc.blank();
	}

	private void tableEnd(String note) {
		doc.blank();
		doc.text("注：" + note);
		doc.blank();
		doc.endTable();
	}

	private long fiscalIncome() {
		return books.sum("income/fiscal@");
	}

	private long incomeTotal() {
		return books.sum("income/");
	}

	private long spendTotal() {
		return books.sum("spend/");
	}

	private long fiscalSpend() {
		return books.sum(SPEND + "@") + books.sum(PROJECT + "@");
	}

	private long openAll() {
		return books.get("fund/fiscal/open") + books.get("fund/other/open");
	}

	private long closeAll() {
		return books.get("fund/fiscal/close") + books.get("fund/other/close");
	}

	private void table01() {
		tableHead("收入支出决算总表", "公开01");
		doc.header("收入", "", "", "支出", "", "");
		doc.header("项目", "行次", "金额", "项目", "行次", "金额");
		doc.header("栏次", "", "1", "栏次", "", "2");
		long[] income = { fiscalIncome(), 0, 0, 0, books.sum("income/business@"), 0, 0, books.sum("income/other@") };
		List<Subjects.FunctionalClass> classes = Subjects.FINAL_CLASSES;
		for (int i = 0; i < classes.size(); i++) {
			Subjects.FunctionalClass c = classes.get(i);
			String left = i < INCOME_ROWS.length ? INCOME_ROWS[i] : "";
			String leftAmount = i < INCOME_ROWS.length ? Money.cell(income[i]) : "";
			Document.Line row = doc.row(left, String.valueOf(i + 1), leftAmount,
					Wording.chinese(i + 1) + "、" + c.name(), String.valueOf(32 + i), Money.cell(books.sum(c.code(), "spend/basic/fiscal", "spend/basic/other", PROJECT, PROJECT_OTHER)));
			doc.mark("公开01/" + c.code(), row);
			if (i < INCOME_ROWS.length) {
				doc.mark("公开01/收入" + (i + 1), row);
			}
		}
		doc.mark("公开01/本年收入合计", doc.row("本年收入合计", "27", Money.cell(incomeTotal()), "本年支出合计", "58", Money.cell(spendTotal())));
		doc.row("使用非财政拨款结余（含专用结余）", "28", "", "结余分配", "59", "");
		doc.mark("公开01/结转", doc.row("年初结转和结余", "29", Money.cell(openAll()), "年末结转和结余", "60", Money.cell(closeAll())));
		doc.mark("公开01/总计", doc.row("总计", "31", Money.cell(incomeTotal() + openAll()), "总计", "62", Money.cell(spendTotal() + closeAll())));
		tableEnd("本表反映" + scopeWord + "本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。");
	}

	private void table02() {
		tableHead("收入决算表", "公开02");
		doc.header("项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入");
		doc.header("科目代码", "科目名称", "", "", "", "", "", "", "");
		doc.header("栏次", "", "1", "2", "3", "4", "5", "6", "7");
		List<String> items = books.items("income/fiscal", "income/business", "income/other");
		List<Document.Line> rows = SubjectTable.write(doc, items, code -> new long[] {
				books.sum(code, "income/fiscal", "income/business", "income/other"), books.sum(code, "income/fiscal"), 0,
				books.sum(code, "income/business"), 0, 0, books.sum(code, "income/other") });
		markRows("公开02", rows);
		tableEnd("本表反映" + scopeWord + "本年度取得的各项收入情况。");
	}

	private void table03() {
		tableHead("支出决算表", "公开03");
		doc.header("项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
		doc.header("科目代码", "科目名称", "", "", "", "", "", "");
		doc.header("栏次", "", "1", "2", "3", "4", "5", "6");
		List<String> items = books.items(SPEND, PROJECT, SPEND_OTHER, PROJECT_OTHER);
		List<Document.Line> rows = SubjectTable.write(doc, items, code -> new long[] {
				books.sum(code, SPEND, PROJECT, SPEND_OTHER, PROJECT_OTHER), books.sum(code, SPEND, SPEND_OTHER),
				books.sum(code, PROJECT, PROJECT_OTHER), 0, 0, 0 });
		markRows("公开03", rows);
		tableEnd("本表反映" + scopeWord + "本年度各项支出情况。");
	}

	private void markRows(String table, List<Document.Line> rows) {
		doc.mark(table + "/合计", rows.get(0));
		for (Document.Line row : rows.subList(1, rows.size())) {
			doc.mark(table + "/" + row.cells.get(0), row);
		}
	}

	private void table04() {
		tableHead("财政拨款收入支出决算总表", "公开04");
		doc.header("收入", "", "", "支出", "", "", "", "");
		doc.header("项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");
		doc.header("栏次", "", "1", "栏次", "", "2", "3", "4", "5");
		String[] income = { "一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款" };
		List<Subjects.FunctionalClass> classes = Subjects.FINAL_CLASSES;
		for (int i = 0; i < classes.size(); i++) {
			Subjects.FunctionalClass c = classes.get(i);
			String amount = Money.cell(books.sum(c.code(), SPEND, PROJECT));
			doc.mark("公开04/" + c.code(), doc.row(i < 3 ? income[i] : "", String.valueOf(i + 1), i == 0 ? Money.cell(fiscalIncome()) : "",
					Wording.chinese(i + 1) + "、" + c.name(), String.valueOf(33 + i), amount, amount, "", ""));
		}
		String spend = Money.cell(fiscalSpend());
		doc.mark("公开04/本年收入合计", doc.row("本年收入合计", "27", Money.cell(fiscalIncome()), "本年支出合计", "59", spend, spend, "", ""));
		String close = Money.cell(books.get("fund/fiscal/close"));
		String open = Money.cell(books.get("fund/fiscal/open"));
		doc.mark("公开04/结转", doc.row("年初财政拨款结转和结余", "28", open, "年末财政拨款结转和结余", "60", close, close, "", ""));
		doc.row("一般公共预算财政拨款", "29", open, "", "61", "", "", "", "");
		doc.row("政府性基金预算财政拨款", "30", "", "", "62", "", "", "", "");
		doc.row("国有资本经营预算财政拨款", "31", "", "", "63", "", "", "", "");
		String total = Money.cell(fiscalIncome() + books.get("fund/fiscal/open"));
		doc.mark("公开04/总计", doc.row("总计", "32", total, "总计", "64", Money.cell(fiscalSpend() + books.get("fund/fiscal/close")),
				Money.cell(fiscalSpend() + books.get("fund/fiscal/close")), "", ""));
		tableEnd("本表反映" + scopeWord + "本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。");
	}

	private void table05() {
		tableHead("一般公共预算财政拨款支出决算表", "公开05");
		doc.header("项目", "", "本年支出", "", "");
		doc.header("科目代码", "科目名称", "小计", "基本支出", "项目支出");
		doc.header("栏次", "", "1", "2", "3");
		List<Document.Line> rows = SubjectTable.write(doc, books.items(SPEND, PROJECT),
				code -> new long[] { books.sum(code, SPEND, PROJECT), books.sum(code, SPEND), books.sum(code, PROJECT) });
		markRows("公开05", rows);
		tableEnd("本表反映" + scopeWord + "本年度一般公共预算财政拨款支出情况。");
	}

	/** 公开06 prints three side-by-side blocks: 人员经费 (301, 303), 公用经费 (302), 公用经费 (307, 310, 399). */
	private void table06() {
		tableHead("一般公共预算财政拨款基本支出决算明细表", "公开06");
		doc.header("人员经费", "", "", "公用经费", "", "", "", "", "");
		doc.header("科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数");
		List<String[]> personnel = new ArrayList<>();
		List<String[]> goods = new ArrayList<>();
		for (String group : new String[] { "301", "303" }) {
			personnel.add(new String[] { group, Subjects.ECONOMIC_CLASSES.get(group), Money.cell(books.sum("econ@" + group)) });
			for (Subjects.Economic e : Subjects.ECONOMIC) {
				if (e.group().equals(group)) {
					personnel.add(new String[] { e.code(), e.name(), Money.cell(books.get("econ@" + e.code())) });
				}
			}
		}
		goods.add(new String[] { "302", "商品和服务支出", Money.cell(books.sum("econ@302")) });
		for (Subjects.Economic e : Subjects.ECONOMIC) {
			if (e.group().equals("302")) {
				goods.add(new String[] { e.code(), e.name(), Money.cell(books.get("econ@" + e.code())) });
			}
		}
		String[][] capital = { { "307", "债务利息及费用支出", "" }, { "30701", "国内债务付息", "" }, { "310", "资本性支出", "" },
				{ "31002", "办公设备购置", "" }, { "399", "其他支出", "" }, { "39999", "其他支出", "" } };
		int rows = Math.max(personnel.size(), goods.size());
		for (int i = 0; i < rows; i++) {
			String[] a = i < personnel.size() ? personnel.get(i) : new String[] { "", "", "" };
			String[] b = i < goods.size() ? goods.get(i) : new String[] { "", "", "" };
			String[] c = i < capital.length ? capital[i] : new String[] { "", "", "" };
			Document.Line row = doc.row(a[0], a[1], a[2], b[0], b[1], b[2], c[0], c[1], c[2]);
			doc.mark("公开06/" + a[0], row);
			doc.mark("公开06/" + b[0], row);
		}
		doc.mark("公开06/合计", doc.row("人员经费合计", "", Money.cell(books.sum("econ@301") + books.sum("econ@303")), "公用经费合计", "", "", "", "",
				Money.cell(books.sum("econ@302"))));
		tableEnd("本表反映" + scopeWord + "本年度一般公共预算财政拨款基本支出明细情况。");
	}

	private void table07() {
		doc.beginTable("公开07");
		doc.mark("公开07", doc.heading("政府性基金预算财政拨款收入支出决算表"));
		doc.blank();
		doc.text("公开07表");
		doc.blank();
		doc.text(scopeWord + "名称：" + unit.name + year + "年度单位：万元");
		doc.blank();
		doc.header("项目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余");
		doc.header("科目代码", "科目名称", "", "", "小计", "基本支出", "项目支出", "");
		doc.header("栏次", "", "1", "2", "3", "4", "5", "6");
		doc.row("合计", "", "", "", "", "", "", "");
		doc.blank();
		doc.text("注：本表反映" + scopeWord + "本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
		doc.blank();
		doc.mark("公开07/说明", doc.text("说明：本表无数据"));
		doc.blank();
		doc.endTable();
	}

	private void table08() {
		doc.beginTable("公开08");
		doc.mark("公开08", doc.heading("国有资本经营预算财政拨款支出决算表"));
		doc.blank();
		doc.text("公开08表");
		doc.blank();
		doc.text(scopeWord + "名称：" + unit.name + year + "年度单位：万元");
		doc.blank();
		doc.header("项目", "", "本年支出", "", "");
		doc.header("科目代码", "科目名称", "合计", "基本支出", "项目支出");
		doc.header("栏次", "", "1", "2", "3");
		doc.row("合计", "", "", "", "");
		doc.blank();
		doc.text("注：本表反映" + scopeWord + "本年度国有资本经营预算财政拨款支出情况。");
		doc.blank();
		doc.mark("公开08/说明", doc.text("说明：本表无数据"));
		doc.blank();
		doc.endTable();
	}

	private void table09() {
		tableHead("财政拨款“三公”经费支出决算表", "公开09");
		doc.header("预算数", "", "", "", "", "", "决算数", "", "", "", "", "");
		doc.header("合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费");
		doc.header("", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", "");
		doc.header("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
		String[] planned = threePublic("sangong/budget/");
		String[] actual = threePublic("sangong/");
		String[] cells = new String[planned.length + actual.length];
		System.arraycopy(planned, 0, cells, 0, planned.length);
		System.arraycopy(actual, 0, cells, planned.length, actual.length);
		doc.mark("公开09/数据", doc.row(cells));
		tableEnd("本表反映" + scopeWord + "本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。");
	}

	private String[] threePublic(String prefix) {
		long abroad = books.get(prefix + "abroad");
		long carRun = books.get(prefix + "carRun");
		long reception = books.get(prefix + "reception");
		return new String[] { Money.cell(abroad + carRun + reception), Money.cell(abroad), Money.cell(carRun), "",
				Money.cell(carRun), Money.cell(reception) };
	}

	static final String[] VEHICLES = { "副部（省）级及以上领导用车", "主要负责人用车", "机要通信用车", "应急保障用车", "执法执勤用车",
			"特种专业技术用车", "离退休干部服务用车", "其他用车" };

	private long vehicles() {
		return books.sum("vehicles/");
	}

	private void table10() {
		doc.beginTable("公开10");
		doc.mark("公开10", doc.heading(scopeWord + "决算公开相关信息统计表"));
		doc.blank();
		doc.text("公开10表");
		doc.blank();
		doc.text("单位名称：" + unit.name + year + "年度金额单位：万元");
		doc.blank();
		doc.header("一、政府采购情况", "", "");
		doc.header("项目", "行次", "统计数");
		long goods = books.get("procure/goods");
		long services = books.get("procure/services");
		doc.mark("公开10/采购合计", doc.row("合计", "1", Money.cell(goods + services)));
		doc.row("货物", "2", Money.cell(goods));
		doc.row("工程", "3", "");
		doc.row("服务", "4", Money.cell(services));
		doc.row("二、机关运行经费", "", "");
		doc.row("项目", "", "统计数");
		long running = books.get("office/running");
		doc.row("（一）行政单位", "5", unit.administrative || unit.consolidates() ? Money.cell(running) : "");
		doc.row("（二）参照公务员法管理事业单位", "6", "");
		doc.row("三、国有资产占用情况", "", "");
		doc.mark("公开10/车辆", doc.row("（一）车辆数合计（辆）", "7", String.valueOf(vehicles())));
		for (int i = 0; i < VEHICLES.length; i++) {
			long n = books.get("vehicles/" + VEHICLES[i]);
			doc.row((i + 1) + ". " + VEHICLES[i], String.valueOf(8 + i), n == 0 ? "" : String.valueOf(n));
		}
		doc.row("（二）单价100万元（含）以上设备（不含车辆）", "17", "");
		tableEnd("本表反映" + scopeWord + "本年度政府采购、机关运行经费和国有资产占用情况。");
	}

	// ---- 第三部分 情况说明 -------------------------------------------------------------------------------------

	private long previous(String account) {
		return lastYear == null ? 0 : Money.printed(lastYear.get(account));
	}

	private long previousSum(String prefix) {
		return lastYear == null ? 0 : Money.printed(lastYear.sum(prefix));
	}

	private void paragraph(String mark, String text) {
		Document.Line line = doc.text(text);
		if (mark != null) {
			doc.mark(mark, line);
		}
		doc.blank();
	}

	private void narrative() {
		doc.heading("第三部分 情况说明");
		doc.blank();
		long total = p(incomeTotal() + openAll());
		long totalBefore = lastYear == null ? 0
				: p(lastYear.sum("income/") + lastYear.get("fund/fiscal/open") + lastYear.get("fund/other/open"));
		doc.heading("一、收入支出决算总体情况说明");
		doc.blank();
		paragraph("说明/总计", year + "年度收入总计" + Money.text(total) + "万元，支出总计" + Money.text(total) + "万元。与上年相比，收入总计"
				+ Wording.change(total, totalBefore, "，") + "，支出总计" + Wording.change(total, totalBefore, "，") + "。主要原因是"
				+ Wording.reason(total, totalBefore, "业务工作量增加，相应收入和支出增加", "压减一般性支出，相应收入和支出减少") + "。");

		doc.heading("二、收入决算情况说明");
		doc.blank();
		long income = p(incomeTotal());
		doc.mark("说明/收入合计", doc.text(year + "年度收入合计" + Money.text(income) + "万元，其中："));
		String[][] sources = { { "财政拨款收入", "income/fiscal@" }, { "事业收入", "income/business@" }, { "其他收入", "income/other@" } };
		List<String> parts = new ArrayList<>();
		for (String[] s : sources) {
			long amount = p(books.sum(s[1]));
			if (amount != 0) {
				parts.add(s[0] + Money.text(amount) + "万元，占比" + Money.percent(amount, income) + "%");
			}
		}
		lines("说明/收入", parts);

		doc.heading("三、支出决算情况说明");
		doc.blank();
		long spend = p(spendTotal());
		doc.text(year + "年度支出合计" + Money.text(spend) + "万元，其中：");
		long basic = p(books.sum(SPEND + "@") + books.sum(SPEND_OTHER + "@"));
		long project = p(books.sum(PROJECT + "@") + books.sum(PROJECT_OTHER + "@"));
		parts = new ArrayList<>();
		parts.add("基本支出" + Money.text(basic) + "万元，占比" + Money.percent(basic, spend) + "%");
		if (project != 0) {
			parts.add("项目支出" + Money.text(project) + "万元，占比" + Money.percent(project, spend) + "%");
		}
		lines("说明/支出", parts);

		doc.heading("四、财政拨款收支决算总体情况说明");
		doc.blank();
		long fiscal = p(fiscalIncome() + books.get("fund/fiscal/open"));
		long fiscalBefore = lastYear == null ? 0 : p(lastYear.sum("income/fiscal@") + lastYear.get("fund/fiscal/open"));
		paragraph("说明/财政拨款总计", year + "年度财政拨款收入总计" + Money.text(fiscal) + "万元，支出总计" + Money.text(fiscal)
				+ "万元。与上年相比，财政拨款收入总计" + Wording.change(fiscal, fiscalBefore, "，") + "；财政拨款支出总计"
				+ Wording.change(fiscal, fiscalBefore, "，") + "。主要原因是"
				+ Wording.reason(fiscal, fiscalBefore, "业务工作经费增加", "项目经费压减") + "。");

		generalBudget(spend);
		basicSpending();
		doc.heading("七、政府性基金预算财政拨款收支决算情况说明");
		doc.blank();
		paragraph("说明/政府性基金", "本年度无此项收支。");
		doc.heading("八、国有资本经营预算财政拨款支出决算情况说明");
		doc.blank();
		paragraph(null, "本年度无此项支出。");
		threePublicNarrative();
		otherMatters();
	}

	/** Lines of a list: "…；" each, the last "…。". */
	private void lines(String mark, List<String> parts) {
		for (int i = 0; i < parts.size(); i++) {
			Document.Line line = doc.text(parts.get(i) + (i == parts.size() - 1 ? "。" : "；"));
			doc.mark(mark + (i + 1), line);
		}
		doc.blank();
	}

	private void generalBudget(long spendTotal) {
		doc.heading("五、一般公共预算财政拨款支出决算情况说明");
		doc.blank();
		doc.heading("（一）一般公共预算财政拨款支出决算总体情况");
		doc.blank();
		long general = p(fiscalSpend());
		List<String> classes = SubjectTable.classes(books.items(SPEND, PROJECT));
		long change = 0;
		for (String c : classes) {
			change += p(books.sum(c, SPEND, PROJECT)) - (lastYear == null ? 0 : p(lastYear.sum(c, SPEND, PROJECT)));
		}
		// the total change is the sum of the printed class changes, as the reader adds them up
		paragraph("说明/一般公共预算", year + "年一般公共预算财政拨款决算支出" + Money.text(general) + "万元，占本年支出合计的"
				+ Money.percent(general, spendTotal) + "%。与上年相比，一般公共预算财政拨款支出"
				+ Wording.change(general, general - change, "，") + "。主要原因是"
				+ Wording.reason(change, 0, "业务工作经费增加", "项目经费压减") + "。");
		doc.heading("（二）一般公共预算财政拨款支出决算结构情况");
		doc.blank();
		paragraph(null, year + "年度一般公共预算财政拨款支出" + Money.text(general) + "万元，主要用于以下方面：");
		for (int i = 0; i < classes.size(); i++) {
			String c = classes.get(i);
			long amount = p(books.sum(c, SPEND, PROJECT));
			paragraph("说明/结构/" + c, Subjects.name(c) + "(类)" + Money.text(amount) + "万元，占比" + Money.percent(amount, general)
					+ "%" + (i == classes.size() - 1 ? "。" : "；"));
		}
		doc.heading("（三）一般公共预算财政拨款支出决算具体情况");
		doc.blank();
		long planned = p(budget.sum("spend/basic/general@") + budget.sum("spend/project/general@"));
		paragraph("说明/年初预算", year + "年度一般公共预算财政拨款支出年初预算" + Money.text(planned) + "万元，支出决算" + Money.text(general)
				+ "万元，完成年初预算的" + Money.percent(general, planned) + "%。其中：");
		for (String c : classes) {
			long amount = p(books.sum(c, SPEND, PROJECT));
			long plan = p(budget.sum(c, "spend/basic/general", "spend/project/general"));
			long before = lastYear == null ? 0 : p(lastYear.sum(c, SPEND, PROJECT));
			String changeText = Wording.change(amount, before, "，");
			paragraph("说明/具体/" + c, Subjects.name(c) + "年初预算" + Money.text(plan) + "万元，支出决算" + Money.text(amount)
					+ "万元，完成年初预算的" + Money.percent(amount, plan) + "%。较上年决算" + changeText + "，主要原因是"
					+ Wording.reason(amount, before, "相关业务支出增加", "相关业务支出减少") + "。");
		}
	}

	private void basicSpending() {
		doc.heading("六、一般公共预算财政拨款基本支出决算情况说明");
		doc.blank();
		long basic = p(books.sum(SPEND + "@"));
		paragraph("说明/基本支出", year + "年度财政拨款基本支出" + Money.text(basic) + "万元，其中：");
		List<String> personnel = new ArrayList<>();
		List<String> goods = new ArrayList<>();
		for (Subjects.Economic e : Subjects.ECONOMIC) {
			long amount = p(books.get("econ@" + e.code()));
			if (amount != 0) {
				(e.personnel() ? personnel : goods).add(e.name() + Money.text(amount) + "万元");
			}
		}
		paragraph("说明/人员经费", "人员经费" + Money.text(p(books.sum("econ@301") + books.sum("econ@303"))) + "万元，主要包括"
				+ String.join("、", personnel) + "；");
		paragraph("说明/公用经费", "公用经费" + Money.text(p(books.sum("econ@302"))) + "万元，主要包括" + String.join("、", goods) + "。");
	}

	private void threePublicNarrative() {
		doc.heading("九、财政拨款“三公”经费支出决算情况说明");
		doc.blank();
		doc.heading("（一）“三公”经费财政拨款支出决算总体情况说明");
		doc.blank();
		long abroad = p(books.get("sangong/abroad"));
		long carRun = p(books.get("sangong/carRun"));
		long reception = p(books.get("sangong/reception"));
		long total = p(books.get("sangong/abroad") + books.get("sangong/carRun") + books.get("sangong/reception"));
		long planned = p(books.get("sangong/budget/abroad") + books.get("sangong/budget/carRun") + books.get("sangong/budget/reception"));
		long before = lastYear == null ? 0 : p(lastYear.get("sangong/abroad") + lastYear.get("sangong/carRun") + lastYear.get("sangong/reception"));
		paragraph("说明/三公", year + "年度“三公”经费财政拨款支出全年预算" + Money.text(planned) + "万元，支出决算" + Money.text(total)
				+ "万元，完成全年预算的" + Money.percent(total, planned) + "%，比上年度" + Wording.change(total, before, "，")
				.replace("与上年持平", "持平") + "，主要原因是" + Wording.reason(total, before, "公务用车老化，运行维护费增加", "厉行节约，压减公务接待") + "。其中：");
		paragraph("说明/三公/出国", item("因公出国（境）费", abroad, p(books.get("sangong/budget/abroad")), previous("sangong/abroad"),
				"因公出国（境）任务", "；"));
		paragraph(null, "公务用车购置费支出0万元，与上年相同，主要原因是本年度未购置公务用车；");
		paragraph("说明/三公/运行", item("公务用车运行维护费", carRun, p(books.get("sangong/budget/carRun")), previous("sangong/carRun"),
				"公务用车运行维护", "；"));
		paragraph("说明/三公/接待", item("公务接待费", reception, p(books.get("sangong/budget/reception")), previous("sangong/reception"),
				"公务接待", "。"));
		doc.heading("（二）“三公”经费财政拨款支出决算具体情况说明");
		doc.blank();
		paragraph(null, "1、因公出国（境）费支出" + Money.said(abroad) + "万元，出国团组共" + books.get("count/trips") + "个，"
				+ books.get("count/travellers") + "人次。");
		paragraph(null, "2、公务用车购置支出0万元，使用财政拨款共购置公务用车0辆。");
		paragraph("说明/保有量", "3、公务用车运行维护费支出" + Money.said(carRun) + "万元，使用财政拨款负担的公务用车保有量共"
				+ books.get("count/carsFiscal") + "辆，主要用于机要通信、应急保障用车的燃料费、维修费、保险费等。");
		paragraph(null, "4、公务接待费支出" + Money.said(reception) + "万元，共接待" + books.get("count/receptions") + "批次，"
				+ books.get("count/guests") + "人次，均为国内接待。");
	}

	/** "公务接待费支出2.00万元，完成全年预算的66.67%，比上年度增加0.20万元，增长11.11%，主要原因是…；" */
	private static String item(String name, long actual, long planned, long before, String task, String end) {
		StringBuilder text = new StringBuilder(name + "支出" + Money.said(actual) + "万元");
		if (planned > 0) {
			text.append("，完成全年预算的").append(Money.percent(actual, planned)).append("%");
		}
		if (actual == before) {
			text.append("，与上年相同，主要原因是").append(actual == 0 ? "本年度无" + task + "任务" : task + "保持稳定");
		} else {
			text.append("，比上年度").append(Wording.change(actual, before, "，")).append("，主要原因是")
					.append(actual > before ? task + "需求增加" : "厉行节约，压减" + task);
		}
		return text.append(end).toString();
	}

	private void otherMatters() {
		doc.heading("十、其他重要事项情况说明");
		doc.blank();
		doc.heading("（一）机关运行经费支出情况说明");
		doc.blank();
		long running = p(books.get("office/running"));
		long runningBefore = previous("office/running");
		paragraph("说明/机关运行经费", year + "年机关运行经费支出" + Money.text(running) + "万元，比" + (year - 1) + "年"
				+ Wording.change(running, runningBefore, "，") + "，主要原因是"
				+ Wording.reason(running, runningBefore, "办公费、差旅费增加", "厉行节约，压减一般性支出") + "。");
		doc.heading("（二）政府采购情况说明");
		doc.blank();
		long goods = p(books.get("procure/goods"));
		long services = p(books.get("procure/services"));
		long procured = p(books.get("procure/goods") + books.get("procure/services"));
		long sme = p(books.get("procure/sme"));
		paragraph("说明/政府采购", year + "年度政府采购支出总额" + Money.text(procured) + "万元，其中：政府采购货物支出" + Money.said(goods)
				+ "万元、政府采购工程支出0万元、政府采购服务支出" + Money.said(services) + "万元。政府采购授予中小企业合同金额"
				+ Money.said(sme) + "万元，占政府采购支出总额的" + Money.percent(sme, procured) + "%。");
		doc.heading("（三）国有资产占用情况说明");
		doc.blank();
		List<String> kinds = new ArrayList<>();
		for (String v : VEHICLES) {
			long n = books.get("vehicles/" + v);
			if (n > 0) {
				kinds.add(v + n + "辆");
			}
		}
		paragraph("说明/车辆", "截至" + year + "年12月31日，本部门（单位）共有车辆" + vehicles() + "辆。其中：" + (kinds.isEmpty() ? "无" : String.join("、", kinds))
				+ "；单价100万元（含）以上设备（不含车辆）0台（套）。");
		doc.heading("（四）预算绩效管理情况说明");
		doc.blank();
		List<Ledger.Project> evaluated = evaluated();
		long funds = 0;
		for (Ledger.Project project : evaluated) {
			funds += p(project.annualBudget());
		}
		long projectSpend = p(books.sum(PROJECT + "@") + books.sum(PROJECT_OTHER + "@"));
		paragraph("说明/绩效", "根据预算绩效管理要求，本" + scopeWord + "组织对" + year + "年度项目支出开展了绩效自评，自评项目" + evaluated.size()
				+ "个，涉及资金" + Money.text(funds) + "万元，占项目支出总额的" + Money.percent(funds, projectSpend) + "%。自评结果见附件。");
	}

	/** The projects whose self-evaluation is annexed: the first few. */
	private List<Ledger.Project> evaluated() {
		List<Ledger.Project> projects = books.projects();
		return projects.subList(0, Math.min(MAX_ANNEXES, projects.size()));
	}

	private void annexes() {
		doc.heading("第五部分 附件");
		doc.blank();
		int n = 0;
		for (Ledger.Project project : evaluated()) {
			new SelfEvaluation(doc, project, year, unit).write("附件" + (++n));
		}
	}
}
