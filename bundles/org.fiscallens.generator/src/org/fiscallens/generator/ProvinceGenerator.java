package org.fiscallens.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a province: lays out its units, keeps each unit's books year after year (a department's books being
 * the sum of its units'), writes a 决算 and a 预算 disclosure per unit and year, injects faults into a share of them,
 * and writes {@code manifest.csv} (the faults), {@code regions.csv} (where each unit is) and a README. Deterministic:
 * the same options give the same bytes.
 */
public final class ProvinceGenerator {

	public static final String MANIFEST = "manifest.csv";
	public static final String REGIONS = "regions.csv";

	private final GeneratorOptions options;
	private final FaultInjector faults;

	public ProvinceGenerator(GeneratorOptions options) {
		this.options = options;
		this.faults = new FaultInjector(options.seed(), options.faultRate());
	}

	/** Writes the province into {@code out} and returns the documents written, in order. */
	public List<GeneratedDocument> generate(Path out) throws IOException {
		Files.createDirectories(out);
		List<UnitPlan> units = ProvinceLayout.layout(options.units(), Randoms.of(options.seed(), 17L), options.formats());
		List<GeneratedDocument> written = new ArrayList<>();
		try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve(MANIFEST), StandardCharsets.UTF_8);
				BufferedWriter regions = Files.newBufferedWriter(out.resolve(REGIONS), StandardCharsets.UTF_8)) {
			manifest.write("file,line,family,kind,description\n");
			regions.write("unit,city,county\n");
			for (UnitPlan unit : units) {
				regions.write(csv(unit.name) + "," + csv(unit.city) + "," + csv(unit.county) + "\n");
			}
			// a department's books need its members' books: keep books per group, then let them go
			Map<UnitPlan, Books> books = new HashMap<>();
			for (UnitPlan unit : units) {
				if (unit.department == null) {
					writeGroup(unit, books, out, manifest, written);
					books.clear();
				}
			}
		}
		Files.writeString(out.resolve("README"), readme(units.size(), written.size()), StandardCharsets.UTF_8);
		return written;
	}

	/** Budget and final books of one unit for every year from the year before the first (for the comparisons). */
	private record Books(Map<Integer, Ledger> budgets, Map<Integer, Ledger> finals) {
	}

	private Books booksOf(UnitPlan unit, Map<UnitPlan, Books> cache) {
		Books known = cache.get(unit);
		if (known != null) {
			return known;
		}
		Books books = new Books(new HashMap<>(), new HashMap<>());
		int first = options.years().get(0) - 1;
		int last = options.years().get(options.years().size() - 1);
		if (unit.consolidates()) {
			for (int year = first; year <= last; year++) {
				books.budgets.put(year, new Ledger());
				books.finals.put(year, new Ledger());
			}
			for (UnitPlan member : unit.members) {
				Books m = booksOf(member, cache);
				for (int year = first; year <= last; year++) {
					books.budgets.get(year).addAll(m.budgets.get(year));
					books.finals.get(year).addAll(m.finals.get(year));
				}
			}
		} else {
			BookKeeper keeper = new BookKeeper(unit, options.seed());
			Ledger lastYear = null;
			for (int year = first; year <= last; year++) {
				Ledger budget = keeper.budget(year, first);
				Ledger execution = keeper.execute(budget, lastYear);
				books.budgets.put(year, budget);
				books.finals.put(year, execution);
				lastYear = execution;
			}
		}
		cache.put(unit, books);
		return books;
	}

	private void writeGroup(UnitPlan head, Map<UnitPlan, Books> books, Path out, BufferedWriter manifest,
			List<GeneratedDocument> written) throws IOException {
		List<UnitPlan> group = new ArrayList<>();
		group.add(head);
		group.addAll(head.members);
		for (UnitPlan unit : group) {
			Books b = booksOf(unit, books);
			for (int year : options.years()) {
				for (boolean budget : new boolean[] { false, true }) {
					written.add(writeDocument(unit, year, budget, b, books, out, manifest));
				}
			}
		}
	}

	private GeneratedDocument writeDocument(UnitPlan unit, int year, boolean budget, Books books,
			Map<UnitPlan, Books> all, Path out, BufferedWriter manifest) throws IOException {
		TextFormat format = TextFormat.of(unit.format);
		Path folder = out.resolve(unit.city.isEmpty() ? ProvinceLayout.PROVINCE + "本级" : unit.city);
		Path file = folder.resolve(unit.stem() + "_" + year + "_" + (budget ? "预算" : "决算") + format.extension());
		FaultInjector.Plan plan = faults.plan(unit, year, budget, year > options.years().get(0));

		Books source = books;
		if (plan != null && plan.kind() == FaultKind.DEPARTMENT_MISMATCH) {
			source = withoutLastMember(unit, all);
		}
		Document document = budget
				? new BudgetDisclosure(unit, year, source.budgets.get(year), source.budgets.get(year - 1)).write()
				: new FinalDisclosure(unit, year, source.finals.get(year), source.finals.get(year - 1), source.budgets.get(year)).write();
		FaultInjector.Injected injected = plan == null ? null : faults.inject(plan, document);
		TextFormat.Rendered rendered = format.render(document);
		Files.createDirectories(folder);
		Files.writeString(file, rendered.text(), StandardCharsets.UTF_8);

		List<Fault> recorded = new ArrayList<>();
		String relative = out.relativize(file).toString();
		if (injected != null) {
			Fault fault = new Fault(plan.kind().family, plan.kind().name(), injected.description(), rendered.line(injected.line()));
			recorded.add(fault);
			manifest.write(csv(relative) + "," + fault.line() + "," + fault.family() + "," + fault.kind() + ","
					+ csv(fault.description()) + "\n");
		}
		return new GeneratedDocument(file, unit.name, year, budget, unit.department == null ? null : unit.department.name,
				unit.departmentScope, recorded);
	}

	/** A department's books missing its last member: internally consistent, but no longer the sum of its units. */
	private Books withoutLastMember(UnitPlan department, Map<UnitPlan, Books> all) {
		Books books = new Books(new HashMap<>(), new HashMap<>());
		for (UnitPlan member : department.members.subList(0, department.members.size() - 1)) {
			Books m = booksOf(member, all);
			m.budgets.forEach((year, ledger) -> books.budgets.computeIfAbsent(year, y -> new Ledger()).addAll(ledger));
			m.finals.forEach((year, ledger) -> books.finals.computeIfAbsent(year, y -> new Ledger()).addAll(ledger));
		}
		return books;
	}

	private String readme(int units, int documents) {
		return "# Generated province " + ProvinceLayout.PROVINCE + "\n\n" + "Generated by `./fiscallens generate " + options.describe()
				+ "`: " + units + " units, " + documents + " disclosures (决算 and 预算 per unit and year). "
				+ "`manifest.csv` lists the injected faults (file, line, relation family, kind); `regions.csv` places each unit "
				+ "in its city and county. The data is synthetic: no real unit's figures.\n";
	}

	private static String csv(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}
}
