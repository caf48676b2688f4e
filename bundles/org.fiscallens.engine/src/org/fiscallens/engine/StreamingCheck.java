package org.fiscallens.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

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

	/** Files imported together (in parallel) before the engine looks for finished units. */
	public static final int DEFAULT_CHUNK = 128;

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
		int lastChunk;
	}

	/** Imports and checks every file; the results are in file order. */
	public CheckReport run(List<Path> files) {
		DocumentResult[] results = new DocumentResult[files.size()];
		Map<String, Group> open = new HashMap<>();
		Map<String, List<Integer>> done = new HashMap<>();
		for (int start = 0, c = 0; start < files.size(); start += chunk, c++) {
			int from = start;
			List<Submission> imported = IntStream.range(from, Math.min(files.size(), from + chunk)).parallel()
					.mapToObj(i -> importer.apply(files.get(i))).toList();
			for (int k = 0; k < imported.size(); k++) {
				Submission s = imported.get(k);
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
						for (int i : earlier) {
							group.files.add(i);
							group.documents.add(importer.apply(files.get(i)));
						}
					}
				}
				group.files.add(from + k);
				group.documents.add(s);
				group.lastChunk = c;
			}
			List<Group> finished = new ArrayList<>();
			for (Iterator<Map.Entry<String, Group>> it = open.entrySet().iterator(); it.hasNext();) {
				Map.Entry<String, Group> e = it.next();
				if (e.getValue().lastChunk <= c - 2) {
					finished.add(e.getValue());
					done.put(e.getKey(), e.getValue().files);
					it.remove();
				}
			}
			check(finished, results);
		}
		check(new ArrayList<>(open.values()), results);
		return new CheckReport(List.of(results), engine.library().problems());
	}

	private void check(List<Group> groups, DocumentResult[] results) {
		record Job(int file, Submission document, SubmissionIndex others) {
		}
		List<Job> jobs = new ArrayList<>();
		for (Group g : groups) {
			SubmissionIndex others = new SubmissionIndex(g.documents);
			for (int i = 0; i < g.files.size(); i++) {
				jobs.add(new Job(g.files.get(i), g.documents.get(i), others));
			}
		}
		jobs.parallelStream().forEach(j -> {
			DocumentResult r = engine.check(j.document(), j.others());
			results[j.file()] = new DocumentResult(summary(j.document()), r.findings(), r.notApplicable(),
					r.comparisons(), r.ruleErrors());
		});
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
