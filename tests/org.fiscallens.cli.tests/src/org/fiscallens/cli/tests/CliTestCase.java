package org.fiscallens.cli.tests;

import java.nio.file.Path;

/** Tests of {@code ./fiscallens ...}: each test runs commands in-process and reads what they printed. */
abstract class CliTestCase {

	protected static final Path SEEDS = Path.of(System.getProperty("fiscallens.seeds", "samples/seeds"));

	private final CliRun cli = new CliRun();

	protected int run(Path workingDirectory, String... args) {
		return cli.run(workingDirectory, args);
	}

	protected String out() {
		return cli.out();
	}

	protected String err() {
		return cli.err();
	}
}
