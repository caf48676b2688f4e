package org.fiscallens.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subject codes the generator uses: functional classification (功能分类, 类/款/项 with their names) and the economic
 * classification (经济分类) of basic spending. A small, real subset of the national catalogue.
 */
final class Subjects {

	/** A 类 as the summary tables (公开01/04, 表一/表四) list it, with its 行次 on the expenditure side of 公开01. */
	record FunctionalClass(String code, String name) {
	}

	/** An economic subject of basic spending (公开06, 表六): 类 301/302/303 and its 款. */
	record Economic(String code, String name, String budgetName) {
		String group() {
			return code.substring(0, 3);
		}

		boolean personnel() {
			return !group().equals("302");
		}
	}

	/** The 类 rows of 公开01/公开04, in the order of the national template (行次 32 … 57). */
	static final List<FunctionalClass> FINAL_CLASSES = List.of(new FunctionalClass("201", "一般公共服务支出"),
			new FunctionalClass("202", "外交支出"), new FunctionalClass("203", "国防支出"),
			new FunctionalClass("204", "公共安全支出"), new FunctionalClass("205", "教育支出"),
			new FunctionalClass("206", "科学技术支出"), new FunctionalClass("207", "文化旅游体育与传媒支出"),
			new FunctionalClass("208", "社会保障和就业支出"), new FunctionalClass("210", "卫生健康支出"),
			new FunctionalClass("211", "节能环保支出"), new FunctionalClass("212", "城乡社区支出"),
			new FunctionalClass("213", "农林水支出"), new FunctionalClass("214", "交通运输支出"),
			new FunctionalClass("215", "资源勘探工业信息等支出"), new FunctionalClass("216", "商业服务业等支出"),
			new FunctionalClass("217", "金融支出"), new FunctionalClass("219", "援助其他地区支出"),
			new FunctionalClass("220", "自然资源海洋气象等支出"), new FunctionalClass("221", "住房保障支出"),
			new FunctionalClass("222", "粮油物资储备支出"), new FunctionalClass("223", "国有资本经营预算支出"),
			new FunctionalClass("224", "灾害防治及应急管理支出"), new FunctionalClass("229", "其他支出"),
			new FunctionalClass("231", "债务还本支出"), new FunctionalClass("232", "债务付息支出"),
			new FunctionalClass("234", "抗疫特别国债安排的支出"));

	/** The 类 rows of 表一/表四 of the budget template (one row per 类, 社会保险基金支出 included). */
	static final List<FunctionalClass> BUDGET_CLASSES = List.of(new FunctionalClass("201", "一般公共服务支出"),
			new FunctionalClass("202", "外交支出"), new FunctionalClass("203", "国防支出"),
			new FunctionalClass("204", "公共安全支出"), new FunctionalClass("205", "教育支出"),
			new FunctionalClass("206", "科学技术支出"), new FunctionalClass("207", "文化旅游体育与传媒支出"),
			new FunctionalClass("208", "社会保障和就业支出"), new FunctionalClass("209", "社会保险基金支出"),
			new FunctionalClass("210", "卫生健康支出"), new FunctionalClass("211", "节能环保支出"),
			new FunctionalClass("212", "城乡社区支出"), new FunctionalClass("213", "农林水支出"),
			new FunctionalClass("214", "交通运输支出"), new FunctionalClass("215", "资源勘探工业信息等支出"),
			new FunctionalClass("216", "商业服务业等支出"), new FunctionalClass("217", "金融支出"),
			new FunctionalClass("219", "援助其他地区支出"), new FunctionalClass("220", "自然资源海洋气象等支出"),
			new FunctionalClass("221", "住房保障支出"), new FunctionalClass("222", "粮油物资储备支出"),
			new FunctionalClass("224", "灾害防治及应急管理支出"), new FunctionalClass("229", "其他支出"));

	private static final Map<String, String> NAMES = new LinkedHashMap<>();

	static {
		for (FunctionalClass c : FINAL_CLASSES) {
			NAMES.put(c.code(), c.name());
		}
		name("20103", "政府办公厅（室）及相关机构事务");
		name("2010301", "行政运行");
		name("2010302", "一般行政管理事务");
		name("2010350", "事业运行");
		name("20501", "教育管理事务");
		name("2050101", "行政运行");
		name("2050102", "一般行政管理事务");
		name("20502", "普通教育");
		name("2050202", "小学教育");
		name("2050203", "初中教育");
		name("2050204", "高中教育");
		name("20805", "行政事业单位养老支出");
		name("2080505", "机关事业单位基本养老保险缴费支出");
		name("2080506", "机关事业单位职业年金缴费支出");
		name("21001", "卫生健康管理事务");
		name("2100101", "行政运行");
		name("2100102", "一般行政管理事务");
		name("21004", "公共卫生");
		name("2100401", "疾病预防控制机构");
		name("2100403", "妇幼保健机构");
		name("2100409", "重大公共卫生服务");
		name("21011", "行政事业单位医疗");
		name("2101101", "行政单位医疗");
		name("2101102", "事业单位医疗");
		name("21015", "医疗保障管理事务");
		name("2101501", "行政运行");
		name("2101502", "一般行政管理事务");
		name("2101550", "事业运行");
		name("21301", "农业农村");
		name("2130101", "行政运行");
		name("2130104", "事业运行");
		name("2130108", "病虫害控制");
		name("21401", "公路水路运输");
		name("2140101", "行政运行");
		name("2140104", "公路建设");
		name("2140106", "公路养护");
		name("22001", "自然资源事务");
		name("2200101", "行政运行");
		name("2200104", "自然资源规划及管理");
		name("2200150", "事业运行");
		name("22102", "住房改革支出");
		name("2210201", "住房公积金");
	}

	private static void name(String code, String name) {
		NAMES.put(code, name);
	}

	/** The economic subjects of basic spending, in the order of 公开06 (301, 302, 303). */
	static final List<Economic> ECONOMIC = List.of(new Economic("30101", "基本工资", "工资奖金津补贴"),
			new Economic("30102", "津贴补贴", "工资奖金津补贴"), new Economic("30103", "奖金", "工资奖金津补贴"),
			new Economic("30108", "机关事业单位基本养老保险缴费", "社会保障缴费"),
			new Economic("30109", "职业年金缴费", "社会保障缴费"), new Economic("30110", "职工基本医疗保险缴费", "社会保障缴费"),
			new Economic("30113", "住房公积金", "住房公积金"), new Economic("30201", "办公费", "办公经费"),
			new Economic("30205", "水费", "办公经费"), new Economic("30206", "电费", "办公经费"),
			new Economic("30211", "差旅费", "办公经费"), new Economic("30212", "因公出国（境）费用", "因公出国（境）费用"),
			new Economic("30215", "会议费", "会议费"), new Economic("30216", "培训费", "培训费"),
			new Economic("30217", "公务接待费", "公务接待费"), new Economic("30228", "工会经费", "其他商品和服务支出"),
			new Economic("30231", "公务用车运行维护费", "公务用车运行维护费"),
			new Economic("30299", "其他商品和服务支出", "其他商品和服务支出"), new Economic("30302", "退休费", "离退休费"));

	static final Map<String, String> ECONOMIC_CLASSES = Map.of("301", "工资福利支出", "302", "商品和服务支出", "303",
			"对个人和家庭的补助");

	private Subjects() {
	}

	static String name(String code) {
		String name = NAMES.get(code);
		if (name == null) {
			throw new IllegalArgumentException("no name for subject " + code);
		}
		return name;
	}

	static String className(String code) {
		return name(code.substring(0, 3));
	}
}
