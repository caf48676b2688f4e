package org.fiscallens.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * One reporting unit of the province: where it is, what it does, and whether it is a department that consolidates
 * other units (部门) or a unit (单位) that reports alone or inside its department. A consolidating department keeps
 * no books of its own: its disclosures add up those of its units (the department's own office, 机关, among them).
 */
final class UnitPlan {

	final int number;
	final String name;
	final String city;
	final String county;
	final Sector sector;
	final boolean administrative;
	final String basicItem;
	final String projectItem;
	final int staff;
	final UnitPlan department;
	final List<UnitPlan> members = new ArrayList<>();
	final String format;
	/** Disclosed as a 部门 (department), else as a 单位. */
	final boolean departmentScope;

	UnitPlan(int number, String name, String city, String county, Sector sector, boolean administrative,
			String basicItem, String projectItem, int staff, UnitPlan department, boolean departmentScope,
			String format) {
		this.number = number;
		this.name = name;
		this.city = city;
		this.county = county;
		this.sector = sector;
		this.administrative = administrative;
		this.basicItem = basicItem;
		this.projectItem = projectItem;
		this.staff = staff;
		this.department = department;
		this.departmentScope = departmentScope;
		this.format = format;
		if (department != null) {
			department.members.add(this);
		}
	}

	/** A department whose disclosures consolidate its members' books. */
	boolean consolidates() {
		return !members.isEmpty();
	}

	/** 行政运行 items are for administrations; 事业单位 pay medical insurance under 事业单位医疗. */
	String medicalItem() {
		return administrative ? "2101101" : "2101102";
	}

	/** The level word of its region: 省/市/县(区), as in "负责全市…". */
	String level() {
		return county.isEmpty() ? (city.isEmpty() ? "省" : "市") : "县";
	}

	/** File name stem: number and name, e.g. 0042_青阳市医疗保障局. */
	String stem() {
		return String.format("%05d_%s", number, name);
	}
}
