package org.fiscallens.rules.ui;

import java.util.List;

import org.fiscallens.engine.RuleLibrary;

/**
 * The author's whole library (standard + user files) loaded and validated as {@code check} and {@code test-rules}
 * will load it: after a save, a mistake that only shows across files (a duplicate definition, a test naming a rule
 * that is gone) is reported at once.
 */
public final class LibraryValidation {

	/** The outcome: how many files, and their problems. */
	public record Result(int files, List<RuleLibrary.Problem> problems) {
		public long errors() {
			return problems.stream().filter(RuleLibrary.Problem::error).count();
		}

		public long warnings() {
			return problems.size() - errors();
		}

		/** The problems of one file, by its library name. */
		public long problemsOf(String libraryName) {
			return problems.stream().filter(p -> p.file().equals(libraryName)).count();
		}
	}

	private static volatile Result last;

	private LibraryValidation() {
	}

	public static Result run() {
		var sources = RuleFolders.librarySources();
		Result result = new Result(sources.size(), RuleLibrary.load(sources).problems());
		last = result;
		return result;
	}

	/** The last result, or null before the first validation. */
	public static Result last() {
		return last;
	}
}
