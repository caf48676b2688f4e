package org.fiscallens.generator;

import java.util.List;

/**
 * What to generate: how many units, for which years, from which seed, with which share of documents carrying one
 * injected fault, in which text formats (each unit keeps one format).
 */
public record GeneratorOptions(int units, List<Integer> years, long seed, double faultRate, List<String> formats) {

	public static final List<String> ALL_FORMATS = List.of("tsv", "pipe", "html");

	public GeneratorOptions {
		if (units < 1) {
			throw new IllegalArgumentException("--units must be at least 1");
		}
		if (years.isEmpty()) {
			throw new IllegalArgumentException("give at least one year");
		}
		if (faultRate < 0 || faultRate > 1) {
			throw new IllegalArgumentException("--fault-rate must be between 0 and 1");
		}
		years = years.stream().sorted().distinct().toList();
		for (String f : formats) {
			TextFormat.of(f);
		}
		formats = List.copyOf(formats);
	}

	public static GeneratorOptions defaults(int units) {
		return new GeneratorOptions(units, List.of(2023, 2024), 1L, 0.0, ALL_FORMATS);
	}

	public GeneratorOptions withFaultRate(double rate) {
		return new GeneratorOptions(units, years, seed, rate, formats);
	}

	public GeneratorOptions withFormats(List<String> only) {
		return new GeneratorOptions(units, years, seed, faultRate, only);
	}

	/** The command line that generates this, for the README of the output folder. */
	String describe() {
		return "--units " + units + " --years " + String.join(",", years.stream().map(String::valueOf).toList()) + " --seed " + seed
				+ " --fault-rate " + faultRate + " --formats " + String.join(",", formats);
	}
}
