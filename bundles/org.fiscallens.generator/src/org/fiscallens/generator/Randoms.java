package org.fiscallens.generator;

import java.util.Random;
import java.util.SplittableRandom;

/**
 * Independent random streams for the parts of a province (a unit's books, a document's fault), derived from the
 * seed and the part's coordinates. {@code new Random(seed + i)} would give correlated first draws for neighbouring
 * seeds, so the coordinates are mixed first.
 */
final class Randoms {

	private Randoms() {
	}

	static Random of(long seed, long... coordinates) {
		long mixed = new SplittableRandom(seed).nextLong();
		for (long c : coordinates) {
			mixed = new SplittableRandom(mixed ^ c).nextLong();
		}
		return new Random(mixed);
	}
}
