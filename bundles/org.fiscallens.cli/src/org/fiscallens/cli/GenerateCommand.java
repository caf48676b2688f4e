package org.fiscallens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fiscallens.generator.GeneratedDocument;
import org.fiscallens.generator.GeneratorOptions;
import org.fiscallens.generator.ProvinceGenerator;

/**
 * {@code ./fiscallens generate --units N [--years 2023,2024] [--seed S] [--fault-rate R] [--formats tsv,pipe,html] OUT}:
 * writes a synthetic province with a manifest of its injected faults.
 */
final class GenerateCommand implements Command {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String summary() {
		return "generate a synthetic province (决算 and 预算 per unit and year) with injected faults and their manifest";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("units", "years", "seed", "fault-rate", "formats");
	}

	@Override
	public String usage() {
		return """
				Usage: ./fiscallens generate --units N [--years 2023,2024] [--seed S] [--fault-rate R] [--formats tsv,pipe,html] OUT

				Writes a made-up province into OUT: cities and counties, departments consolidating their units, and for each
				unit and year a 决算公开 and a 预算公开 whose figures come from books kept in 元 (published in 万元, so totals
				show rounding tails). The same options always give the same files.

				Options:
				  --units N          number of units (each writes 2 documents per year)
				  --years LIST       years, comma-separated (default 2023,2024); the first year's narrative compares
				                     with a year that is not written
				  --seed S           random seed (default 1)
				  --fault-rate R     share of documents that get one injected fault, 0–1 (default 0)
				  --formats LIST     text formats to use, each unit keeping one: tsv, pipe, html (default all three)

				OUT also gets manifest.csv (file, line, family, kind, description of each fault), regions.csv (unit, city,
				county, read by the review workspace) and a README saying how it was generated.

				Exit codes: 0 written, 2 bad usage or OUT not writable.
				""";
	}

	@Override
	public int run(Arguments arguments, CommandContext context) throws Exception {
		if (arguments.positional().size() != 1) {
			throw new UsageException("give one output folder OUT");
		}
		if (!arguments.has("units")) {
			throw new UsageException("--units is required");
		}
		GeneratorOptions options = options(arguments);
		List<GeneratedDocument> documents = new ProvinceGenerator(options).generate(context.resolve(arguments.positional().get(0)));
		long faults = documents.stream().mapToLong(d -> d.faults().size()).sum();
		context.out().printf("fiscallens generate: %d units, %d documents, %d injected faults in %s%n", options.units(),
				documents.size(), faults, arguments.positional().get(0));
		return Cli.EXIT_OK;
	}

	static GeneratorOptions options(Arguments arguments) throws UsageException {
		try {
			List<Integer> years = new ArrayList<>();
			for (String year : arguments.value("years", "2023,2024").split(",")) {
				years.add(Integer.parseInt(year.strip()));
			}
			return new GeneratorOptions(Integer.parseInt(arguments.value("units", "100")), years,
					Long.parseLong(arguments.value("seed", "1")), Double.parseDouble(arguments.value("fault-rate", "0")),
					List.of(arguments.value("formats", String.join(",", GeneratorOptions.ALL_FORMATS)).split(",")));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}
}
