package org.fiscallens.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.fiscallens.generator.GeneratorOptions;
import org.fiscallens.generator.ProvinceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same options give the same bytes, file by file; another seed gives another province. */
public class GeneratorDeterminismTest {

	private static final GeneratorOptions OPTIONS = new GeneratorOptions(30, List.of(2023, 2024), 42L, 0.2,
			GeneratorOptions.ALL_FORMATS);

	@Test
	public void sameSeedGivesSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
		new ProvinceGenerator(OPTIONS).generate(first);
		new ProvinceGenerator(OPTIONS).generate(second);
		List<Path> files = files(first);
		assertEquals(files, files(second));
		assertFalse(files.isEmpty());
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
		}
	}

	@Test
	public void anotherSeedGivesAnotherProvince(@TempDir Path first, @TempDir Path second) throws IOException {
		new ProvinceGenerator(OPTIONS).generate(first);
		new ProvinceGenerator(new GeneratorOptions(30, List.of(2023, 2024), 43L, 0.2, GeneratorOptions.ALL_FORMATS))
				.generate(second);
		Path any = files(first).stream().filter(p -> p.toString().contains("决算")).findFirst().orElseThrow();
		assertFalse(Files.exists(second.resolve(any)) && Files.readString(first.resolve(any)).equals(Files.readString(second.resolve(any))));
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}
}
