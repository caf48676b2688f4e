package org.fiscallens.generator;

/**
 * A 项目支出绩效自评表 (project self-evaluation) annex, in the layout of the provincial form (seed 000): the funds block
 * (年初预算数, 全年预算数, 全年执行数, 结余, 执行率, 得分), the indicators with weights and scores, the total score and
 * grade, and the analysis that restates the execution rate in words.
 */
final class SelfEvaluation {

	private final Document doc;
	private final Ledger.Project project;
	private final int year;
	private final UnitPlan unit;

	SelfEvaluation(Document doc, Ledger.Project project, int year, UnitPlan unit) {
		this.doc = doc;
		this.project = project;
		this.year = year;
		this.unit = unit;
	}

	void write(String markPrefix) {
		long budget = Money.printed(project.annualBudget());
		long executed = Money.printed(project.executed());
		String rate = Money.percent(executed, budget);
		// the funds are worth 10 points, scored by the execution rate
		double fundsScore = Math.round(Double.parseDouble(rate) * 10) / 100.0;
		double indicators = Math.min(90, Math.round((project.score() - 10) * 2) / 2.0);
		double[] weights = { 20, 15, 10, 5, 30, 10 };
		double[] scores = { 20, 15, 10, 5, 30, 10 };
		double lost = 90 - indicators;
		scores[1] -= Math.min(lost, 10);
		scores[4] -= Math.max(0, lost - 10);
		String total = format(fundsScore + scores[0] + scores[1] + scores[2] + scores[3] + scores[4] + scores[5]);
		double totalValue = Double.parseDouble(total);
		String grade = totalValue >= 90 ? "优" : totalValue >= 80 ? "良" : totalValue >= 60 ? "中" : "差";

		doc.mark(markPrefix, doc.heading(project.name() + "项目支出绩效自评表"));
		doc.text("(" + year + "年度)");
		doc.blank();
		String department = unit.department != null ? unit.department.name : unit.name;
		doc.row("项目名称", "", project.name(), "", "", "", "", "", "", "", "", "", "");
		doc.row("主管部门及代码", "", department, "", "", "", "", "预算单位", project.unit(), "", "", "", "");
		doc.header("项目资金预算安排及执行进度（万元）", "", "", "年初预算数", "", "", "全年预算数", "全年执行数", "资金结（转）余", "执行率", "得分", "偏差原因", "");
		doc.header("", "", "", "目标申报数", "预算编制数", "", "", "", "", "", "", "", "");
		String b = Money.text(budget);
		String e = Money.text(executed);
		String balance = Money.text(budget - executed);
		doc.mark(markPrefix + "/资金", doc.row("", "资金总额：", "", "0", b, "", b, e, balance, rate, format(fundsScore), "", ""));
		doc.row("", "本级财政资金", "", "0", b, "", b, e, balance, rate, format(fundsScore), "",
				budget == executed ? "无偏差" : "部分支出按进度结转");
		doc.row("项目年度绩效目标", "年度目标", "", "", "", "", "", "实际完成情况", "", "", "", "", "");
		String goal = "按计划完成" + project.name() + "相关工作任务，保障" + unit.sector.agency.replace("局", "") + "业务正常开展。";
		doc.row("", goal, "", "", "", "", "", "基本完成年度绩效目标。", "", "", "", "", "");
		doc.row("绩效指标", "一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值", "实际完成值", "定性指标情况说明", "分值", "得分", "偏差原因分析及改进措施", "", "");
		doc.row("", "产出指标", "数量指标", "完成工作任务数", "≥项", "≥10项", "≥10项", "", format(weights[0]), format(scores[0]), "", "", "");
		doc.row("", "", "质量指标", "工作任务完成合格率", "≥%", "≥95%", "≥" + (scores[1] >= 15 ? 95 : 90) + "%", "", format(weights[1]), format(scores[1]), "", "", "");
		doc.row("", "", "时效指标", "任务按期完成率", "", "100%", "达成预期指标", "", format(weights[2]), format(scores[2]), "", "", "");
		doc.row("", "", "成本指标", "成本控制在预算内", "≤万元", "≤" + b + "万元", "≤" + e + "万元", "", format(weights[3]), format(scores[3]), "", "", "");
		doc.row("", "效益指标", "社会效益", "服务保障水平", "", "有效提升", "达成预期指标", "", format(weights[4]), format(scores[4]), "", "", "");
		doc.row("", "满意度指标", "服务对象满意度", "群众满意度", "≥%", "≥90%", "≥95%", "", format(weights[5]), format(scores[5]), "", "", "");
		doc.mark(markPrefix + "/总分", doc.row("", "总 分", "", "", "", "", "", "", "", total, grade, "", ""));
		doc.mark(markPrefix + "/执行情况", doc.row("项目绩效分析", "自评结果分析", "项目实施和预算执行情况", "", "全年预算数" + b + "万元，执行" + e + "万元，预算执行率" + rate + "%。", "", "", "", "", "", "", "", ""));
		doc.row("", "", "产出情况及分析", "", "项目按计划实施，完成年度工作任务。", "", "", "", "", "", "", "", "");
		doc.row("", "", "效益情况及分析", "", "通过项目的实施，有效保障了相关业务正常开展。", "", "", "", "", "", "", "", "");
		doc.row("", "主要经验做法", "", "加强项目预算执行管理，按进度拨付资金。", "", "", "", "", "", "", "", "", "");
		doc.row("", "项目管理中存在的主要问题及原因分析", "", "无", "", "", "", "", "", "", "", "", "");
		doc.blank();
		doc.text("备注: “执行率”是执行数与“全年预算数”相比数。");
		doc.blank();
	}

	static String format(double value) {
		if (value == Math.rint(value)) {
			return String.valueOf((long) value);
		}
		return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
