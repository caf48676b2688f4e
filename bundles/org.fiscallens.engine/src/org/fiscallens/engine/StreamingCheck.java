package org.fiscallens.engine;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.rules.interpreter.Labels;

/**
 * Imports and checks documents read from files on every core without holding them all in memory: a province of
 * 20,000 documents would need gigabytes. The cross-document look-ups of the rules ({@code previous()},
 * {@code budget()}, {@code final()}) only ever reach documents of the same unit, so documents are gathered by unit;
 * a unit not seen in the last two chunks of files is checked as a group and dropped (its results keep a summary of
 * each document, without tables' rows or narrative). Files usually come unit by unit (sorted paths); a unit that
 * turns up again after it was dropped is read again from its files and checked again as a whole, so the findings are
 * exactly those of checking all documents together — in any file order.
 * <p>
 * For documents as the importer reads them from files: department links between units (which only a review
 * workspace makes) are not followed here.
 */
public final class StreamingCheck {

	/** Files read ahead of the reading position; a unit not seen in the last two such chunks is checked. */
	public static final int DEFAULT_CHUNK = 32;

	private final CheckEngine engine;
	private final Function<Path, Submission> importer;
	private final int chunk;
	private Consumer<Submission> onImported = s -> {
	};
	private int reopened;

	/** {@code importer} must be thread-safe (the DisclosureImporter is: it keeps no state between files). */
	public StreamingCheck(CheckEngine engine, Function<Path, Submission> importer, int chunk) {
		if (chunk < 1) {
			throw new IllegalArgumentException("chunk must be positive");
		}
		this.engine = engine;
		this.importer = importer;
		this.chunk = chunk;
	}

	/** Called in file order, on the calling thread, once per file as soon as it is imported (a re-read excepted). */
	public StreamingCheck onImported(Consumer<Submission> listener) {
		this.onImported = listener;
		return this;
	}

	/** How many units came back after they had been checked and dropped (and were read and checked again). */
	public int reopenedUnits() {
		return reopened;
	}

	private static final class Group {
		final List<Integer> files = new ArrayList<>();
		final List<Submission> documents = new ArrayList<>();
		int lastFile;
	}

	/**
	 * Imports and checks every file; the results are in file order. One pool of threads (one per core) both imports
	 * files, a bounded number ahead of the reading position, and checks finished units as tasks of their own: with the
	 * two steps in one queue no core waits at a chunk's end for the slowest file of the chunk.
	 */
	public CheckReport run(List<Path> files) {
		DocumentResult[] results = new DocumentResult[files.size()];
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "fiscallens-check");
			t.setDaemon(true);
			return t;
		});
		try {
			Deque<Future<Submission>> ahead = new ArrayDeque<>();
			List<Future<?>> checks = new ArrayList<>();
			Map<String, Group> open = new HashMap<>();
			Map<String, List<Integer>> done = new HashMap<>();
			int next = 0;
			for (int i = 0; i < files.size(); i++) {
				for (; next < files.size() && next < i + chunk; next++) {
					Path file = files.get(next);
					ahead.add(pool.submit(() -> importer.apply(file)));
				}
				Submission s = result(ahead.poll());
				onImported.accept(s);
				String unit = Labels.normalize(s.getUnitName());
				Group group = open.get(unit);
				if (group == null) {
					group = new Group();
					open.put(unit, group);
					List<Integer> earlier = done.remove(unit);
					if (earlier != null) {
						// the unit came back: read its earlier files again, so they are checked together with this one
						reopened++;
						for (int e : earlier) {
							group.files.add(e);
							group.documents.add(importer.apply(files.get(e)));
						}
					}
				}
				group.files.add(i);
				group.documents.add(s);
				group.lastFile = i;
				if (i % chunk == chunk - 1) {
					// a unit not seen in the last two chunks of files is finished
					for (Iterator<Map.Entry<String, Group>> it = open.entrySet().iterator(); it.hasNext();) {
						Map.Entry<String, Group> e = it.next();
						if (e.getValue().lastFile <= i - 2 * chunk) {
							Group finished = e.getValue();
							checks.add(pool.submit(() -> check(finished, results)));
							done.put(e.getKey(), finished.files);
							it.remove();
						}
					}
				}
			}
			for (Group g : open.values()) {
				checks.add(pool.submit(() -> check(g, results)));
			}
			for (Future<?> f : checks) {
				result(f);
			}
		} finally {
			pool.shutdownNow();
		}
		return new CheckReport(List.of(results), engine.library().problems());
	}

	private static <T> T result(Future<T> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private void check(Group g, DocumentResult[] results) {
		SubmissionIndex others = new SubmissionIndex(g.documents);
		for (int i = 0; i < g.files.size(); i++) {
			Submission document = g.documents.get(i);
			DocumentResult r = engine.check(document, others);
			results[g.files.get(i)] = new DocumentResult(summary(document), r.findings(), r.notApplicable(),
					r.comparisons(), r.ruleErrors());
		}
	}

	/** What the reports need of a checked document: who, when, which tables, the diagnostics — not its contents. */
	static Submission summary(Submission s) {
		Submission copy = DisclosureFactory.eINSTANCE.createSubmission();
		copy.setUnitName(s.getUnitName());
		copy.setYear(s.getYear());
		copy.setKind(s.getKind());
		copy.setScope(s.getScope());
		copy.setTitle(s.getTitle());
		if (s.getSource() != null) {
			copy.setSource(EcoreUtil.copy(s.getSource()));
		}
		copy.getDiagnostics().addAll(EcoreUtil.copyAll(s.getDiagnostics()));
		for (Table t : s.getTables()) {
			Table stub = DisclosureFactory.eINSTANCE.createTable();
			stub.setCatalogueCode(t.getCatalogueCode());
			stub.setTitle(t.getTitle());
			copy.getTables().add(stub);
		}
		return copy;
	}
}
