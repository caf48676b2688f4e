package org.fiscallens.engine;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.rules.interpreter.DocumentContexts;
import org.fiscallens.rules.interpreter.DocumentSet;
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
 * Departments ({@link #departments}): a department's documents are checked with all of its member units' documents
 * (部门 = Σ 所属单位), once the department and the members that came are finished. Members usually follow their
 * department, so their documents are kept until then rather than read again; a member dropped before its department
 * came is read again, and a member that turns up after its department was checked has the department checked again.
 */
public final class StreamingCheck {

	/** Files read ahead of the reading position; a unit not seen in the last two such chunks is checked. */
	public static final int DEFAULT_CHUNK = 32;

	private final CheckEngine engine;
	private final Function<Path, Submission> importer;
	private final int chunk;
	private Consumer<Submission> onImported = s -> {
	};
	private BiFunction<Path, Submission, List<String>> membersOf = (file, s) -> List.of();
	private int reopened;
	private boolean givenOrder;

	/** {@code importer} must be thread-safe (the DisclosureImporter is: it keeps no state between files). */
	public StreamingCheck(CheckEngine engine, Function<Path, Submission> importer, int chunk) {
		if (chunk < 1) {
			throw new IllegalArgumentException("chunk must be positive");
		}
		this.engine = engine;
		this.importer = importer;
		this.chunk = chunk;
	}

	/**
	 * Called in reading order ({@link #readingOrder}), on the calling thread, once per file as soon as it is imported
	 * (a re-read excepted).
	 */
	public StreamingCheck onImported(Consumer<Submission> listener) {
		this.onImported = listener;
		return this;
	}

	/**
	 * How to tell the member units a department's document names (from its file and document; none for a unit's):
	 * called on the importing threads, so it must be thread-safe.
	 */
	public StreamingCheck departments(BiFunction<Path, Submission, List<String>> members) {
		this.membersOf = members;
		return this;
	}

	/** Reads the files in the order given, not in {@link #readingOrder}: the work then depends on how they come. */
	public StreamingCheck inGivenOrder() {
		this.givenOrder = true;
		return this;
	}

	/** How many units came back after they had been checked and dropped (and were read and checked again). */
	public int reopenedUnits() {
		return reopened;
	}

	private record Imported(Submission document, List<String> members) {
	}

	/**
	 * A unit's files, in reading order. The documents of the first {@code toRead} files (a unit that came back after it
	 * was dropped) are read again by the task that checks the group, on the pool; the others are held.
	 */
	private static final class Group {
		final List<Integer> files = new ArrayList<>();
		final List<Submission> held = new ArrayList<>();
		int toRead;
		int lastFile;

		static Group readAgain(List<Integer> earlier, int lastFile) {
			Group g = new Group();
			g.files.addAll(earlier);
			g.toRead = earlier.size();
			g.lastFile = lastFile;
			return g;
		}
	}

	/** A department: the members its documents name (the longest list), and what waits for its check. */
	private static final class Department {
		List<String> members = List.of();
		/** its own documents, once its unit is finished; null while it is open or after it was checked */
		Group own;
		/** the members finished since the department came, kept for its check */
		final Map<String, Group> finishedMembers = new HashMap<>();
		boolean checked;
	}

	/** The state of one run, on the calling thread; checks run on the pool and write their own slots of results. */
	private final class Run {
		final List<Path> files;
		final DocumentResult[] results;
		final ExecutorService pool;
		final List<Future<?>> checks = new ArrayList<>();
		final Map<String, Group> open = new HashMap<>();
		final Map<String, List<Integer>> done = new HashMap<>();
		final Map<String, Department> departments = new LinkedHashMap<>();
		/** the departments whose own unit is finished, waiting for their members: looked at after every chunk */
		final Set<Department> waiting = new LinkedHashSet<>();
		final Map<String, String> departmentOf = new HashMap<>();
		final int[] original;

		Run(List<Path> files, int[] original, ExecutorService pool) {
			this.files = files;
			this.original = original;
			this.results = new DocumentResult[files.size()];
			this.pool = pool;
		}

		void add(int file, Imported imported) {
			Submission s = imported.document();
			onImported.accept(s);
			String unit = Labels.normalize(s.getUnitName());
			Group group = open.get(unit);
			if (group == null) {
				group = new Group();
				List<Integer> earlier = done.remove(unit);
				if (earlier != null) {
					// the unit came back: its earlier files are read again, to be checked together with this one
					reopened++;
					group = Group.readAgain(earlier, file);
				}
				open.put(unit, group);
				reopenDepartmentOf(unit, file);
				Department own = departments.get(unit);
				if (own != null) {
					own.own = null;
					waiting.remove(own);
					own.checked = false; // the department came back: it is checked again when it is finished
				}
			}
			group.files.add(file);
			group.held.add(s);
			group.lastFile = file;
			if (!imported.members().isEmpty()) {
				Department d = departments.computeIfAbsent(unit, k -> new Department());
				if (imported.members().size() > d.members.size()) {
					d.members = imported.members();
					for (String member : d.members) {
						departmentOf.put(Labels.normalize(member), unit);
					}
				}
			}
		}

		/**
		 * A member that comes (again) after its department was checked: the department's documents are read again and
		 * wait, as an open unit, to be checked with this member.
		 */
		private void reopenDepartmentOf(String unit, int file) {
			String key = departmentOf.get(unit);
			Department d = key == null ? null : departments.get(key);
			if (d == null || !d.checked || open.containsKey(key)) {
				return;
			}
			List<Integer> earlier = done.remove(key);
			if (earlier != null) {
				reopened++;
				open.put(key, Group.readAgain(earlier, file));
				d.checked = false;
			}
		}

		/** Checks the units not seen since {@code before} (every open one for {@code Integer.MAX_VALUE}). */
		void finishUnitsBefore(int before) {
			for (Iterator<Map.Entry<String, Group>> it = open.entrySet().iterator(); it.hasNext();) {
				Map.Entry<String, Group> e = it.next();
				if (e.getValue().lastFile < before) {
					finished(e.getKey(), e.getValue());
					it.remove();
				}
			}
			for (Department d : List.copyOf(waiting)) {
				if (!d.checked && d.members.stream().noneMatch(m -> open.containsKey(Labels.normalize(m)))) {
					checkDepartment(d);
				}
			}
		}

		private void finished(String unit, Group group) {
			done.put(unit, group.files);
			String department = departmentOf.get(unit);
			if (department != null && !departments.get(department).checked) {
				departments.get(department).finishedMembers.put(unit, group);
			}
			Department own = departments.get(unit);
			if (own != null) {
				own.own = group; // checked with its members, once they are finished too
				waiting.add(own);
			} else {
				checks.add(pool.submit(() -> {
					List<Submission> documents = documents(group);
					check(group.files, documents, new SubmissionIndex(documents));
				}));
			}
		}

		private void checkDepartment(Department d) {
			Group own = d.own;
			List<Group> kept = new ArrayList<>();
			List<Integer> again = new ArrayList<>(); // members finished before their department came: read again
			for (String member : d.members) {
				String key = Labels.normalize(member);
				Group finished = d.finishedMembers.get(key);
				if (finished != null) {
					kept.add(finished);
				} else {
					again.addAll(done.getOrDefault(key, List.of()));
				}
			}
			List<String> members = d.members;
			checks.add(pool.submit(() -> {
				List<Submission> ownDocuments = documents(own);
				List<Submission> all = new ArrayList<>(ownDocuments);
				kept.forEach(g -> all.addAll(documents(g)));
				again.forEach(e -> all.add(importer.apply(files.get(e))));
				check(own.files, ownDocuments, new Members(new SubmissionIndex(all), members));
			}));
			d.own = null;
			waiting.remove(d);
			d.finishedMembers.clear();
			d.checked = true;
		}

		/** A finished group's documents, in the order of its files (on the pool: reads those it does not hold). */
		private List<Submission> documents(Group group) {
			List<Submission> documents = new ArrayList<>(group.files.size());
			for (int i = 0; i < group.toRead; i++) {
				documents.add(importer.apply(files.get(group.files.get(i))));
			}
			documents.addAll(group.held);
			return documents;
		}

		private void check(List<Integer> indices, List<Submission> documents, DocumentSet others) {
			DocumentContexts contexts = new DocumentContexts(others); // each document indexed once for the group
			for (int i = 0; i < indices.size(); i++) {
				Submission document = documents.get(i);
				DocumentResult r = engine.check(contexts.of(document));
				results[original[indices.get(i)]] = new DocumentResult(summary(document), r.findings(), r.notApplicable(),
						r.comparisons(), r.ruleErrors());
			}
		}
	}

	/**
	 * Imports and checks every file; the results are in file order. One pool of threads (one per core) both imports
	 * files, a bounded number ahead of the reading position, and checks finished units as tasks of their own: with the
	 * two steps in one queue no core waits at a chunk's end for the slowest file of the chunk.
	 */
	public CheckReport run(List<Path> given) {
		int[] original = givenOrder ? IntStream.range(0, given.size()).toArray() : readingOrder(given);
		List<Path> files = new ArrayList<>(given.size());
		for (int i : original) {
			files.add(given.get(i));
		}
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "fiscallens-check");
			t.setDaemon(true);
			return t;
		});
		Run run = new Run(files, original, pool);
		try {
			Deque<Future<Imported>> ahead = new ArrayDeque<>();
			int next = 0;
			for (int i = 0; i < files.size(); i++) {
				for (; next < files.size() && next < i + chunk; next++) {
					Path file = files.get(next);
					ahead.add(pool.submit(() -> {
						Submission s = importer.apply(file);
						return new Imported(s, membersOf.apply(file, s));
					}));
				}
				run.add(i, result(ahead.poll()));
				if (i % chunk == chunk - 1) {
					run.finishUnitsBefore(i - 2 * chunk + 1); // not seen in the last two chunks of files
				}
			}
			run.finishUnitsBefore(Integer.MAX_VALUE);
			for (Future<?> check : run.checks) {
				result(check);
			}
		} finally {
			pool.shutdownNow();
		}
		return new CheckReport(List.of(run.results), engine.library().problems());
	}

	private static final Pattern YEAR_OR_KIND = Pattern.compile("(19|20)\\d\\d|决算|预算");

	/**
	 * The order to read files in: by path with years and 决算/预算 left out, so that a unit's files come together even
	 * when a province is filed by year (2023决算/某局_2023_决算.txt, 2024预算/某局_2024_预算.txt); otherwise every unit
	 * would come back three times and be read and checked again. Files filed by unit keep their order. The findings
	 * do not depend on the order, only the work does.
	 *
	 * @return the indices of {@code files} in reading order
	 */
	static int[] readingOrder(List<Path> files) {
		String[] keys = new String[files.size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = YEAR_OR_KIND.matcher(files.get(i).toString()).replaceAll("");
		}
		return IntStream.range(0, keys.length).boxed().sorted(Comparator.comparing((Integer i) -> keys[i]))
				.mapToInt(Integer::intValue).toArray();
	}

	/** The documents of a department's members (all of them or none), and the department's other years and kinds. */
	private record Members(SubmissionIndex index, List<String> names) implements DocumentSet {

		@Override
		public Optional<Submission> find(String unitName, int year, DisclosureKind kind) {
			return index.find(unitName, year, kind);
		}

		@Override
		public List<Submission> members(Submission department) {
			return DocumentSet.allMembers(names, name -> index.find(name, department.getYear(), department.getKind()));
		}

		@Override
		public Optional<Submission> department(Submission unit) {
			return Optional.empty();
		}
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
