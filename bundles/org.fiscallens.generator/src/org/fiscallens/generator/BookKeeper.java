package org.fiscallens.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Keeps the books of one unit, year after year: the budget (预算) approved for the year, then the final accounts
 * (决算) of how it was executed, each year starting from last year's closing balances. Amounts are drawn per staff
 * member with some noise, to the 分, so the published 万元 figures carry natural rounding tails.
 */
final class BookKeeper {

	/** Yearly amounts per staff member, in 元, for the economic subjects of basic spending (before noise). */
	private static double perStaff(String code) {
		return switch (code) {
		case "30101" -> 36_000;
		case "30102" -> 30_000;
		case "30103" -> 8_000;
		case "30201" -> 3_000;
		case "30205" -> 300;
		case "30206" -> 1_200;
		case "30211" -> 2_500;
		case "30215" -> 600;
		case "30216" -> 800;
		case "30217" -> 600;
		case "30299" -> 1_500;
		default -> 0;
		};
	}

	private final UnitPlan unit;
	private final Random random;
	private final List<String> projectNames = new ArrayList<>();
	private final int cars;
	private final boolean travelsAbroad;

	BookKeeper(UnitPlan unit, long seed) {
		this.unit = unit;
		this.random = Randoms.of(seed, 1_000_003L, unit.number);
		int projects = 1 + random.nextInt(Math.min(3, unit.sector.projectNames.size()));
		int first = random.nextInt(unit.sector.projectNames.size());
		for (int i = 0; i < projects; i++) {
			projectNames.add(unit.sector.projectNames.get((first + i) % unit.sector.projectNames.size()));
		}
		this.cars = unit.administrative ? 1 + random.nextInt(3) : random.nextInt(3);
		this.travelsAbroad = unit.city.isEmpty() && unit.administrative && random.nextInt(3) == 0;
	}

	/** A book amount in 分: {@code yuan} with ±{@code spread} noise, to the 分. */
	private long amount(double yuan, double spread) {
		double noisy = yuan * (1 - spread + 2 * spread * random.nextDouble());
		return Math.max(0, Math.round(noisy * 100));
	}

	/** The budget of a year: basic spending by economic subject, projects, 三公, procurement. */
	Ledger budget(int year, int firstYear) {
		Ledger books = new Ledger();
		double growth = Math.pow(1.04, year - firstYear);
		int staff = unit.staff;
		for (Subjects.Economic e : Subjects.ECONOMIC) {
			books.add("econ@" + e.code(), amount(perStaff(e.code()) * staff * growth, 0.15));
		}
		long wages = books.get("econ@30101") + books.get("econ@30102") + books.get("econ@30103");
		books.add("econ@30108", Math.round(wages * 0.16));
		books.add("econ@30109", Math.round(wages * 0.08));
		books.add("econ@30110", Math.round(wages * 0.075));
		books.add("econ@30113", Math.round(wages * 0.12));
		books.add("econ@30228", Math.round(wages * 0.02));
		books.add("econ@30231", amount(18_000 * cars, 0.2));
		books.add("econ@30302", amount(40_000 * Math.max(1, staff / 5) * growth, 0.1));
		if (travelsAbroad) {
			books.add("econ@30212", amount(60_000, 0.3));
		}
		bookBasic(books, "spend/basic/general");
		for (String name : projectNames) {
			long general = amount(20_000 * staff * growth, 0.4);
			long unitFunds = unit.administrative ? 0 : amount(general * 0.002, 0.5) * (random.nextInt(2));
			books.add("spend/project/general@" + unit.projectItem, general);
			books.add("spend/project/unitfund@" + unit.projectItem, unitFunds);
			books.addProject(new Ledger.Project(name, unit.name, general, 0, 0, unitFunds, 0));
		}
		books.add("sangong/abroad", books.get("econ@30212"));
		books.add("sangong/reception", books.get("econ@30217"));
		books.add("sangong/carRun", books.get("econ@30231"));
		books.add("office/running", books.sum("econ@302"));
		books.add("procure/goods", amount(3_000 * staff, 0.5));
		books.add("procure/services", amount(5_000 * staff, 0.5));
		return books;
	}

	/** The functional items of basic spending follow from the economic subjects (养老、年金、医疗、公积金 apart). */
	private void bookBasic(Ledger books, String account) {
		long pension = books.get("econ@30108");
		long annuity = books.get("econ@30109");
		long medical = books.get("econ@30110");
		long housing = books.get("econ@30113");
		long total = books.sum("econ@");
		books.add(account + "@2080505", pension);
		books.add(account + "@2080506", annuity);
		books.add(account + "@" + unit.medicalItem(), medical);
		books.add(account + "@2210201", housing);
		books.add(account + "@" + unit.basicItem, total - pension - annuity - medical - housing);
	}

	/**
	 * The final accounts of a year: the budget executed with some variance, income and carry-over balances that
	 * tie to last year's closing, 三公 with counts, procurement, vehicles.
	 */
	Ledger execute(Ledger budget, Ledger lastYear) {
		Ledger books = new Ledger();
		for (Subjects.Economic e : Subjects.ECONOMIC) {
			long planned = budget.get("econ@" + e.code());
			books.add("econ@" + e.code(), planned == 0 ? 0 : amount(planned / 100.0, 0.06));
		}
		bookBasic(books, "spend/basic/fiscal");
		long projectFiscal = 0;
		for (Ledger.Project planned : budget.projects()) {
			double rate = random.nextInt(3) == 0 ? 1.0 : 0.8 + 0.2 * random.nextDouble();
			long executed = Math.round(planned.annualBudget() * rate);
			long unitFunds = Math.round(planned.unitFunds() * 0.9);
			projectFiscal += executed;
			books.add("spend/project/fiscal@" + unit.projectItem, executed);
			books.add("spend/project/other@" + unit.projectItem, unitFunds);
			double score = rate >= 0.999 ? 95 + random.nextInt(50) / 10.0 : 80 + random.nextInt(150) / 10.0;
			books.addProject(new Ledger.Project(planned.name(), unit.name, planned.annualBudget(), 0, executed,
					unitFunds, score));
		}

		// fiscal income = fiscal spending ± the change of the fiscal carry-over, booked on the project item
		long fiscalOpen = lastYear == null ? amount(2_000 * unit.staff, 0.5) : lastYear.get("fund/fiscal/close");
		long fiscalSpend = books.sum("spend/basic/fiscal@") + books.sum("spend/project/fiscal@");
		long change = Math.max(-fiscalOpen, Math.max(-projectFiscal, Math.round(fiscalSpend * (random.nextDouble() * 0.12 - 0.04))));
		for (String item : books.items("spend/basic/fiscal", "spend/project/fiscal")) {
			books.add("income/fiscal@" + item, books.sum(item, "spend/basic/fiscal", "spend/project/fiscal"));
		}
		books.add("income/fiscal@" + unit.projectItem, change);
		books.set("fund/fiscal/open", fiscalOpen);
		books.set("fund/fiscal/close", fiscalOpen + change);

		// institutions earn 事业收入 and spend most of it on their own running; some units have small 其他收入
		long otherOpen = lastYear == null ? (unit.administrative ? 0 : amount(3_000 * unit.staff, 0.5))
				: lastYear.get("fund/other/close");
		long otherIncome = 0;
		long otherSpend = books.sum("spend/project/other@");
		if (!unit.administrative) {
			long business = amount(15_000 * unit.staff, 0.3);
			books.add("income/business@" + unit.basicItem, business);
			books.add("spend/basic/other@" + unit.basicItem, Math.round(business * 0.9));
			books.add("income/business@" + unit.projectItem, otherSpend);
			otherIncome += business + otherSpend;
			otherSpend += Math.round(business * 0.9);
		}
		if (random.nextInt(5) == 0) {
			long interest = amount(3_000, 0.8);
			books.add("income/other@" + unit.basicItem, interest);
			otherIncome += interest;
		}
		books.set("fund/other/open", otherOpen);
		books.set("fund/other/close", otherOpen + otherIncome - otherSpend);

		books.add("sangong/budget/abroad", budget.get("sangong/abroad"));
		books.add("sangong/budget/reception", budget.get("sangong/reception"));
		books.add("sangong/budget/carRun", budget.get("sangong/carRun"));
		books.add("sangong/abroad", books.get("econ@30212"));
		books.add("sangong/reception", books.get("econ@30217"));
		books.add("sangong/carRun", books.get("econ@30231"));
		if (books.get("econ@30212") > 0) {
			books.add("count/trips", 1 + random.nextInt(2));
			books.add("count/travellers", 3 + random.nextInt(5));
		}
		long batches = Math.max(1, books.get("econ@30217") / 400_000);
		books.add("count/receptions", batches);
		books.add("count/guests", batches * (4 + random.nextInt(5)));
		books.add("count/carsFiscal", cars);
		books.add("vehicles/机要通信用车", Math.min(cars, 1));
		books.add("vehicles/应急保障用车", Math.max(0, cars - 1));
		books.add("vehicles/执法执勤用车", unit.administrative ? random.nextInt(2) : 0);
		books.add("vehicles/特种专业技术用车", unit.administrative ? 0 : random.nextInt(2));
		books.add("office/running", books.sum("econ@302"));
		long goods = amount(budget.get("procure/goods") / 100.0, 0.2);
		long services = amount(budget.get("procure/services") / 100.0, 0.2);
		books.add("procure/goods", goods);
		books.add("procure/services", services);
		books.add("procure/sme", Math.round((goods + services) * (0.6 + 0.3 * random.nextDouble())));
		books.add("staff/posts", unit.staff + 1 + random.nextInt(3));
		books.add("staff/actual", unit.staff);
		return books;
	}
}
