package org.fiscallens.rules.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.engine.RuleSource;

/**
 * Where rule files live for authoring: the standard library shipped with FiscalLens (read-only) and the user's rule
 * folder — {@code fiscallens.userRules} if set, else {@code ~/.fiscallens/rules} — created on first use.
 */
public final class RuleFolders {

	public static final String USER_RULES_PROPERTY = "fiscallens.userRules";

	private RuleFolders() {
	}

	public static Path userFolder() {
		String configured = System.getProperty(USER_RULES_PROPERTY);
		Path folder = configured != null ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".fiscallens", "rules");
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			// an unwritable home: the explorer shows the folder empty, saving a file reports the problem
		}
		return folder;
	}

	/** The user's rule files, sorted by path. */
	public static List<Path> userFiles() {
		try (Stream<Path> walk = Files.walk(userFolder())) {
			return walk.filter(p -> p.toString().endsWith(".flr")).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** The name a user's file has in messages and in the library: relative to the user folder. */
	public static String userName(Path file) {
		return "我的规则/" + userFolder().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
	}

	/** Every rule file an author's library consists of: the standard library, then the user's files. */
	public static List<RuleSource> librarySources() {
		List<RuleSource> sources = new ArrayList<>();
		try {
			sources.addAll(RuleLibrary.standardSources());
		} catch (IOException e) {
			// without the standard bundle (a bare test runtime) the user's files still form a library
		}
		for (Path file : userFiles()) {
			try {
				sources.add(RuleSource.of(file, userName(file)));
			} catch (IOException e) {
				// unreadable files are left out; opening one in the editor reports why
			}
		}
		return sources;
	}
}
