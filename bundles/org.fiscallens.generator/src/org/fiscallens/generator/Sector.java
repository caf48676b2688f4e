package org.fiscallens.generator;

import java.util.List;

/**
 * A line of government work: the agency that leads it in each region (a 部门), the subject items its spending falls
 * under, the institutions (事业单位) it may consolidate, and the projects it typically runs.
 */
enum Sector {
	HEALTH_INSURANCE("医疗保障局", "医疗保障局", "负责医疗保障政策的贯彻落实、医保基金监督管理和医疗救助工作。", "2101501", "2101502",
			List.of(new Member("医疗保险服务中心", "2101550", "2101502"), new Member("医疗保障基金稽核中心", "2101550", "2101502")),
			List.of("医疗保障业务工作经费", "医保信息系统运行维护经费", "医疗救助资金管理经费", "定点医药机构检查经费")),
	HEALTH("卫生健康委员会", "卫生健康委员会", "负责卫生健康政策的贯彻落实、疾病预防控制和基层卫生服务管理工作。", "2100101", "2100102",
			List.of(new Member("疾病预防控制中心", "2100401", "2100409"), new Member("妇幼保健院", "2100403", "2100409")),
			List.of("基本公共卫生服务项目经费", "重大传染病防控经费", "卫生健康监督执法经费", "家庭医生签约服务经费")),
	EDUCATION("教育局", "教育厅", "负责教育事业发展规划、各级各类学校管理和教师队伍建设工作。", "2050101", "2050102",
			List.of(new Member("实验学校", "2050203", "2050203"), new Member("教师发展中心", "2050202", "2050202")),
			List.of("义务教育均衡发展经费", "教师培训经费", "学生资助工作经费", "校舍维修改造经费")),
	AGRICULTURE("农业农村局", "农业农村厅", "负责农业农村发展规划、耕地保护、农业技术推广和动物防疫工作。", "2130101", "2130108",
			List.of(new Member("农业技术推广中心", "2130104", "2130108"), new Member("动物疫病预防控制中心", "2130104", "2130108")),
			List.of("高标准农田建设管理经费", "农作物病虫害防治经费", "动物疫病强制免疫经费", "农技推广服务经费")),
	TRANSPORT("交通运输局", "交通运输厅", "负责公路水路运输发展规划、农村公路建设养护和运输市场监管工作。", "2140101", "2140106",
			List.of(new Member("公路养护中心", "2140106", "2140106")),
			List.of("农村公路养护经费", "交通运输执法经费", "公路安全隐患整治经费")),
	NATURAL_RESOURCES("自然资源局", "自然资源厅", "负责国土空间规划、自然资源调查确权登记和耕地保护监督工作。", "2200101", "2200104",
			List.of(new Member("不动产登记中心", "2200150", "2200104")),
			List.of("国土空间规划编制经费", "不动产登记工作经费", "自然资源调查监测经费")),
	GENERAL("机关事务管理局", "机关事务管理局", "负责机关事务管理、公共机构节能和公务用车服务保障工作。", "2010301", "2010302",
			List.of(new Member("机关事务服务中心", "2010350", "2010302")),
			List.of("机关办公区物业管理经费", "公共机构节能管理经费", "公务用车平台运行经费"));

	/** An institution (事业单位) of the sector: its name after the region, and the items of its basic and project spending. */
	record Member(String name, String basicItem, String projectItem) {
	}

	final String agency;
	final String provincialAgency;
	final String duties;
	final String basicItem;
	final String projectItem;
	final List<Member> members;
	final List<String> projectNames;

	Sector(String agency, String provincialAgency, String duties, String basicItem, String projectItem,
			List<Member> members, List<String> projectNames) {
		this.agency = agency;
		this.provincialAgency = provincialAgency;
		this.duties = duties;
		this.basicItem = basicItem;
		this.projectItem = projectItem;
		this.members = members;
		this.projectNames = projectNames;
	}
}
