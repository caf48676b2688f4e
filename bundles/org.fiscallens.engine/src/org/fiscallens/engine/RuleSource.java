package org.fiscallens.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One rule file to load: its name for messages (a path as given, or {@code standard/xyz.flr}), its text, and where
 * fixture files named by its tests are found.
 */
public record RuleSource(String name, String text, FixtureResolver fixtures) {

	/** Reads a fixture file named in a rule test, relative to the rule file. */
	@FunctionalInterface
	public interface FixtureResolver {
		byte[] read(String relativePath) throws IOException;
	}

	public static RuleSource of(Path file, String displayName) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		return new RuleSource(displayName, Files.readString(file, StandardCharsets.UTF_8),
				relative -> Files.readAllBytes(folder.resolve(relative)));
	}

	public static RuleSource of(URL url, String displayName) throws IOException {
		try (InputStream in = url.openStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return new RuleSource(displayName, text, relative -> {
				try (InputStream fixture = new URL(url, relative).openStream()) {
					return fixture.readAllBytes();
				}
			});
		}
	}

	/**
	 * Every {@code .flr} file below {@code path} (or {@code path} itself when it is a file), in name order, each named
	 * {@code shownAs} + its path relative to {@code path} — the name messages use.
	 */
	public static List<RuleSource> allIn(Path path, String shownAs) throws IOException {
		if (!Files.isDirectory(path)) {
			return List.of(of(path, shownAs));
		}
		List<RuleSource> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path file : walk.filter(p -> p.toString().endsWith(".flr")).sorted().toList()) {
				files.add(of(file, Path.of(shownAs).resolve(path.relativize(file)).toString()));
			}
		}
		return files;
	}

	public static RuleSource inline(String name, String text) {
		return new RuleSource(name, text, relative -> {
			throw new IOException("an inline rule file has no fixture files: " + relative);
		});
	}
}
