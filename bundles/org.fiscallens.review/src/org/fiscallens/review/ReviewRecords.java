package org.fiscallens.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.review.Assignment;
import org.fiscallens.model.review.Comment;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.model.review.HistoryEntry;
import org.fiscallens.model.review.ReviewFactory;
import org.fiscallens.model.review.ReviewPackage;
import org.fiscallens.model.review.ReviewRecord;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.review.store.DurableFiles;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.SourceRef;

/**
 * The reviewers' record of a workspace: the rules' findings and every annotation on them — status (待审 → 确认 / 驳回
 * with a reason → 已整改), comments, manual findings, who reviews which unit — with the history of each change. A
 * finding is identified by unit, year, kind, rule and where it points (without line numbers), so the annotations of a
 * republished document move to its new version.
 * <p>
 * Stored per unit, in the workspace's {@code records/} folder: {@code <unit hash>.g<generation>.<e>-<w>-<i>.xmi} holds
 * one unit's findings (and their annotations); its name carries the unit's unresolved errors, warnings and infos (rounding
 * tails left out), so the province explorer shows every unit's counts from a directory listing, without reading any
 * record. Who reviews which unit is in {@code assignments.xmi} beside them (small, read on opening). A unit's record is
 * read when something of it is asked for; a save writes only the units that changed, each
 * atomically as a new generation (temp file, fsync, rename; then the older generation is deleted): a crash at any
 * moment leaves each unit's previous record or its new one, and on opening the newest complete generation wins. A
 * workspace of an earlier version, with the whole record in one {@code review.xmi}, is split into units when opened;
 * the old file is kept as {@code review.xmi.migrated} once every unit is safely written.
 */
public final class ReviewRecords {

	/** The single-file record of earlier versions, migrated to {@link #FOLDER} when opened. */
	public static final String FILE = "review.xmi";
	/** The folder of per-unit records, in the workspace folder. */
	public static final String FOLDER = "records";
	/** Who reviews which unit, in {@link #FOLDER}. */
	public static final String ASSIGNMENTS = "assignments.xmi";
	/** What {@link #FILE} is renamed to once migrated. */
	public static final String MIGRATED = FILE + ".migrated";
	/** Who made the automatic changes (e.g. a finding gone from a republished document). */
	public static final String SYSTEM = "FiscalLens";
	private static final ReviewFactory F = ReviewFactory.eINSTANCE;
	private static final Pattern PART = Pattern.compile("([0-9a-f]{16})\\.g(\\d+)\\.(\\d+)-(\\d+)-(\\d+)\\.xmi");

	/** A unit's record on disk: its newest generation and the counts its name carries. */
	private record Part(Path file, long generation, int errors, int warnings, int infos) {
	}

	private final Path folder;
	private final DurableFiles durable;
	/** The findings and assignments of the units read so far (all of them after {@link #model()}). */
	private final ReviewRecord record = F.createReviewRecord();
	private final Map<String, FindingRecord> byKey = new HashMap<>();
	private final Map<String, List<FindingRecord>> byUnit = new HashMap<>();
	/** unit hash → its file */
	private final Map<String, Part> onDisk = new HashMap<>();
	/** hashes of the units whose record is in memory (or that have none on disk) */
	private final Set<String> read = new HashSet<>();
	/** units whose findings changed since the last save */
	private final Set<String> dirty = new LinkedHashSet<>();
	private boolean assignmentsChanged;
	private boolean reading;

	private ReviewRecords(Path directory, WriteStepListener steps) {
		this.folder = directory.resolve(FOLDER);
		this.durable = new DurableFiles(steps);
		record.eAdapters().add(new Tracker());
	}

	/**
	 * The JDK's XML parser caps the characters its entities (&quot; and the like, counted over the whole file) may
	 * produce at 100,000; a province's record quotes far more than that. The record is FiscalLens's own file and has no
	 * DTD, so there is no entity expansion to guard against: lift the caps (0 = none).
	 */
	private static final Map<String, Object> NO_SIZE_LIMITS = Map.of(
			"http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "0",
			"http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "0");

	/** The record of the workspace folder {@code directory}; empty when there is none yet. Reads no unit's record. */
	public static ReviewRecords open(Path directory) throws IOException {
		return open(directory, WriteStepListener.NONE);
	}

	/** {@link #open(Path)}, telling {@code steps} about every file written (for the crash tests). */
	public static ReviewRecords open(Path directory, WriteStepListener steps) throws IOException {
		ReviewRecords records = new ReviewRecords(directory, steps);
		Path legacy = directory.resolve(FILE);
		if (Files.exists(legacy)) {
			records.migrate(legacy);
		} else {
			records.scan();
			Path assignments = records.folder.resolve(ASSIGNMENTS);
			if (Files.exists(assignments)) {
				records.absorb(parse(assignments));
			}
		}
		return records;
	}

	/** Everything, every unit's record read: prefer {@link #findingsOf} and {@link #openFindings} on a province. */
	public ReviewRecord model() {
		readAll();
		return record;
	}

	/** Every finding, every unit's record read: prefer {@link #findingsOf} on a province. */
	public List<FindingRecord> findings() {
		readAll();
		return record.getFindings();
	}

	public FindingRecord get(String key) {
		int bar = key.indexOf('|');
		if (bar >= 0) {
			readUnit(key.substring(0, bar));
		}
		return byKey.get(key);
	}

	/** The findings of one unit's document (this year and kind), the manual ones included. */
	public List<FindingRecord> findingsOf(String unitName, int year, DisclosureKind kind) {
		String prefix = documentKey(unitName, year, kind);
		return unitFindings(unitName).stream().filter(f -> f.getKey().startsWith(prefix)).toList();
	}

	/** The findings of all of a unit's documents. */
	public List<FindingRecord> findingsOf(String unitName) {
		return List.copyOf(unitFindings(unitName));
	}

	/**
	 * A unit's unresolved (待审 or 确认) findings by severity, rounding tails left out; read from the name of its file
	 * when its record is not in memory.
	 */
	public Map<FindingSeverity, Integer> openFindings(String unitName) {
		Map<FindingSeverity, Integer> counts = new EnumMap<>(FindingSeverity.class);
		String hash = hash(unitName);
		if (read.contains(hash)) {
			for (FindingRecord f : byUnit.getOrDefault(unitName, List.of())) {
				if (isOpen(f)) {
					counts.merge(f.getSeverity(), 1, Integer::sum);
				}
			}
		} else {
			Part part = onDisk.get(hash);
			if (part != null) {
				put(counts, FindingSeverity.ERROR, part.errors());
				put(counts, FindingSeverity.WARNING, part.warnings());
				put(counts, FindingSeverity.INFO, part.infos());
			}
		}
		return counts;
	}

	/** The unresolved findings of every unit ({@link #openFindings}), counted without reading any unit's record. */
	public int openFindingCount() {
		Set<String> units = new HashSet<>(onDisk.keySet());
		int n = 0;
		for (Map.Entry<String, List<FindingRecord>> unit : byUnit.entrySet()) {
			if (units.remove(hash(unit.getKey()))) {
				n += openFindings(unit.getKey()).values().stream().mapToInt(Integer::intValue).sum();
			} else if (!unit.getValue().isEmpty()) {
				n += (int) unit.getValue().stream().filter(ReviewRecords::isOpen).count();
			}
		}
		for (String hash : units) {
			Part p = onDisk.get(hash);
			n += p.errors() + p.warnings() + p.infos();
		}
		return n;
	}

	/** Who reviews a unit and how far, or null when nobody was assigned. */
	public Assignment assignment(String unitName) {
		return record.getAssignments().stream().filter(a -> a.getUnitName().equals(unitName)).findFirst().orElse(null);
	}

	/** What {@link #record} changed. */
	public record Merge(int added, int kept, int corrected, int dropped) {
	}

	/**
	 * Records the rules' findings on one document. A finding seen before keeps its status, comments and history and
	 * points to this version; a new one is 待审. A finding of an earlier version that this version no longer has
	 * becomes 已整改 (the unit corrected it); one of the same version that the rules no longer report (they changed) is
	 * dropped if nobody annotated it, else kept with a history note. Manual findings are never touched.
	 */
	public Merge record(SubmissionEntry document, List<Finding> findings) {
		readUnit(document.unitName());
		String prefix = documentKey(document.unitName(), document.year(), document.kind());
		Set<String> seen = new HashSet<>();
		Map<String, Integer> occurrences = new HashMap<>();
		int added = 0;
		int kept = 0;
		for (Finding finding : findings) {
			// the same rule can be broken twice at the same place (two sentences of a section): number them in
			// reading order, which a republished document keeps
			String base = prefix + signature(finding);
			int n = occurrences.merge(base, 1, Integer::sum);
			String key = n == 1 ? base : base + "#" + n;
			seen.add(key);
			FindingRecord existing = byKey.get(key);
			if (existing == null) {
				FindingRecord created = F.createFindingRecord();
				created.setKey(key);
				created.setStatus(FindingStatus.OPEN);
				fill(created, document, finding);
				record.getFindings().add(created);
				added++;
			} else {
				if (existing.getStatus() == FindingStatus.CORRECTED && !existing.getSubmissionId().equals(document.id())) {
					// it was gone in a version and is back in this one
					change(existing, FindingStatus.OPEN, DismissReason.NONE, "再次出现于新版本", SYSTEM, document.id());
				}
				fill(existing, document, finding);
				kept++;
			}
		}
		int corrected = 0;
		int dropped = 0;
		for (FindingRecord f : new ArrayList<>(byUnit.getOrDefault(document.unitName(), List.of()))) {
			if (f.isManual() || !f.getKey().startsWith(prefix) || seen.contains(f.getKey())) {
				continue;
			}
			if (!f.getSubmissionId().equals(document.id())) {
				if (f.getStatus() != FindingStatus.CORRECTED) {
					change(f, FindingStatus.CORRECTED, DismissReason.NONE, "新版本中已不存在", SYSTEM, document.id());
					corrected++;
				}
			} else if (f.getHistory().isEmpty() && f.getComments().isEmpty()) {
				record.getFindings().remove(f);
				dropped++;
			}
		}
		return new Merge(added, kept, corrected, dropped);
	}

	/** A reviewer's decision; a dismissal needs a reason. */
	public void setStatus(FindingRecord finding, FindingStatus to, DismissReason reason, String comment, String who) {
		if (to == FindingStatus.DISMISSED && (reason == null || reason == DismissReason.NONE)) {
			throw new IllegalArgumentException("驳回须说明理由（误报、尾数误差或单位已说明）");
		}
		change(finding, to, to == FindingStatus.DISMISSED ? reason : DismissReason.NONE, comment, who,
				finding.getSubmissionId());
	}

	public void comment(FindingRecord finding, String text, String who) {
		Comment c = F.createComment();
		c.setAuthor(who);
		c.setTime(new Date());
		c.setText(text);
		finding.getComments().add(c);
	}

	/** A finding the rules missed, on any cell, row or text span of a document. */
	public FindingRecord addManual(SubmissionEntry document, FindingSeverity severity, String message,
			List<FindingLocation> where, String who) {
		readUnit(document.unitName());
		record.setNextManualNumber(record.getNextManualNumber() + 1);
		FindingRecord f = F.createFindingRecord();
		f.setKey(documentKey(document.unitName(), document.year(), document.kind()) + "manual-"
				+ record.getNextManualNumber());
		f.setManual(true);
		f.setRule("人工");
		f.setTitle(message);
		f.setMessage(message);
		f.setSeverity(severity);
		f.setSubmissionId(document.id());
		f.setUnitName(document.unitName());
		f.setYear(document.year());
		f.setKind(document.kind().getLiteral());
		f.setFile(document.sourcePath());
		f.getLocations().addAll(where);
		f.setStatus(FindingStatus.CONFIRMED);
		HistoryEntry created = history(who, FindingStatus.OPEN, FindingStatus.CONFIRMED, DismissReason.NONE, "人工发现",
				document.id());
		f.getHistory().add(created);
		record.getFindings().add(f);
		return f;
	}

	public static FindingLocation location(int line, String table, String row, String column, String section) {
		FindingLocation l = F.createFindingLocation();
		l.setLine(line);
		l.setTable(table);
		l.setRow(row);
		l.setColumn(column);
		l.setSection(section);
		return l;
	}

	/** Who reviews a unit, and how far the review of the unit is. */
	public void assign(String unitName, String reviewer, UnitReviewStatus status) {
		Assignment a = record.getAssignments().stream().filter(x -> x.getUnitName().equals(unitName)).findFirst()
				.orElseGet(() -> {
					Assignment created = F.createAssignment();
					created.setUnitName(unitName);
					record.getAssignments().add(created);
					return created;
				});
		a.setReviewer(reviewer);
		a.setStatus(status);
	}

	/**
	 * Writes the record of every unit that changed since the last save (and only those), each atomically as a new
	 * generation of its file; then deletes the generations they replace. A crash leaves each unit old or new.
	 */
	public void save() throws IOException {
		if (dirty.isEmpty() && !assignmentsChanged) {
			return;
		}
		Files.createDirectories(folder);
		List<Written> units;
		try {
			units = unitFiles(new ArrayList<>(dirty));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		Map<Path, byte[]> contents = new LinkedHashMap<>();
		Map<String, Part> written = new LinkedHashMap<>();
		List<Path> replaced = new ArrayList<>();
		for (Written w : units) {
			if (w.old() != null) {
				replaced.add(w.old().file());
			}
			written.put(w.hash(), w.part());
			if (w.part() != null) {
				contents.put(w.part().file(), w.content());
			}
		}
		if (assignmentsChanged) {
			ReviewRecord assignments = F.createReviewRecord();
			assignments.getAssignments().addAll(EcoreUtil.copyAll(record.getAssignments()));
			contents.put(folder.resolve(ASSIGNMENTS), serialize(assignments));
		}
		durable.writeAllAtomically(contents);
		for (Path old : replaced) {
			durable.delete(old); // the newer generation is durable: the older one is no longer needed
		}
		for (Map.Entry<String, Part> e : written.entrySet()) {
			if (e.getValue() == null) {
				onDisk.remove(e.getKey());
			} else {
				onDisk.put(e.getKey(), e.getValue());
			}
		}
		dirty.clear();
		assignmentsChanged = false;
	}

	/** A unit's file as a save writes it (no part when the unit has no findings left). */
	private record Written(String hash, Part old, Part part, byte[] content) {
	}

	/** Each unit's file is made on its own (copy and XMI text, most of a save): on every core, kept in order. */
	private List<Written> unitFiles(List<String> units) {
		return units.parallelStream().map(unitName -> {
			String hash = hash(unitName);
			Part old = onDisk.get(hash);
			List<FindingRecord> findings = byUnit.getOrDefault(unitName, List.of());
			if (findings.isEmpty()) {
				return new Written(hash, old, null, null);
			}
			ReviewRecord unitRecord = F.createReviewRecord();
			unitRecord.getFindings().addAll(EcoreUtil.copyAll(findings));
			unitRecord.setNextManualNumber(record.getNextManualNumber());
			int[] counts = new int[3];
			findings.stream().filter(ReviewRecords::isOpen).forEach(f -> counts[f.getSeverity().getValue()]++);
			long generation = old == null ? 1 : old.generation() + 1;
			Path file = folder.resolve(hash + ".g" + generation + "." + counts[0] + "-" + counts[1] + "-" + counts[2]
					+ ".xmi");
			try {
				return new Written(hash, old, new Part(file, generation, counts[0], counts[1], counts[2]),
						serialize(unitRecord));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).toList();
	}

	/**
	 * Drops from memory the findings of every unit saved and unchanged since (they are read again when asked for):
	 * keeps a province-wide import within bounded memory. Objects handed out before stay valid but detached.
	 */
	void forgetSaved() {
		Set<String> saved = new HashSet<>();
		for (String unit : byUnit.keySet()) {
			if (!dirty.contains(unit) && onDisk.containsKey(hash(unit))) {
				saved.add(unit);
			}
		}
		if (saved.isEmpty()) {
			return;
		}
		List<FindingRecord> kept = new ArrayList<>();
		for (FindingRecord f : record.getFindings()) {
			if (!saved.contains(f.getUnitName())) {
				kept.add(f);
			}
		}
		reading = true;
		try {
			// one pass each way: removing thousands of findings one by one from a long list would be quadratic
			record.getFindings().clear();
			record.getFindings().addAll(kept);
		} finally {
			reading = false;
		}
		saved.forEach(u -> read.remove(hash(u)));
		byUnit.values().removeIf(List::isEmpty);
	}

	private static byte[] serialize(ReviewRecord unitRecord) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createURI("review.xmi"));
		resource.getContents().add(unitRecord);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		return bytes.toByteArray();
	}

	private static ReviewRecord parse(Path file) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
		try {
			resource.load(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_PARSER_PROPERTIES, NO_SIZE_LIMITS));
		} catch (IOException | RuntimeException e) {
			throw new CorruptFileException(file, "the review record cannot be read: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ReviewRecord r)) {
			throw new CorruptFileException(file, "not a review record", null);
		}
		resource.getContents().clear();
		return r;
	}

	/** Finds each unit's newest file; removes temp files and older generations a crash left behind. */
	private void scan() throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		List<Path> leftovers = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Matcher m = PART.matcher(file.getFileName().toString());
				if (!m.matches()) {
					if (file.getFileName().toString().endsWith(DurableFiles.TEMP_SUFFIX)) {
						leftovers.add(file);
					}
					continue;
				}
				Part part = new Part(file, Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)),
						Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
				Part other = onDisk.get(m.group(1));
				if (other != null && other.generation() > part.generation()) {
					leftovers.add(file);
				} else {
					if (other != null) {
						leftovers.add(other.file());
					}
					onDisk.put(m.group(1), part);
				}
			}
		}
		for (Path p : leftovers) {
			Files.deleteIfExists(p);
		}
	}

	/**
	 * Splits the single {@code review.xmi} of an earlier version into units. Until it is renamed (the last step) it
	 * stays the record: a crash meanwhile makes the next open start the migration again.
	 */
	private void migrate(Path legacy) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path p : files.toList()) {
					Files.delete(p); // an interrupted migration's units
				}
			}
		}
		absorb(parse(legacy));
		byUnit.keySet().forEach(u -> read.add(hash(u)));
		dirty.addAll(byUnit.keySet());
		assignmentsChanged = !record.getAssignments().isEmpty();
		save();
		durable.move(legacy, legacy.resolveSibling(MIGRATED));
		durable.syncDirectory(legacy.getParent());
	}

	private List<FindingRecord> unitFindings(String unitName) {
		readUnit(unitName);
		return byUnit.getOrDefault(unitName, List.of());
	}

	/** Brings a unit's record into memory, once. */
	private void readUnit(String unitName) {
		String hash = hash(unitName);
		if (!read.add(hash)) {
			return;
		}
		Part part = onDisk.get(hash);
		if (part == null) {
			return;
		}
		try {
			absorb(parse(part.file()));
		} catch (IOException e) {
			read.remove(hash);
			throw new UncheckedIOException(e);
		}
	}

	/** Moves a record read from a file into the one in memory (not a change: nothing to save). */
	private void absorb(ReviewRecord unitRecord) {
		reading = true;
		try {
			record.setNextManualNumber(Math.max(record.getNextManualNumber(), unitRecord.getNextManualNumber()));
			record.getAssignments().addAll(new ArrayList<>(unitRecord.getAssignments()));
			record.getFindings().addAll(new ArrayList<>(unitRecord.getFindings()));
		} finally {
			reading = false;
		}
	}

	/** Every unit's record, in the order of their file names (so always the same order). */
	private void readAll() {
		List<String> hashes = new ArrayList<>(onDisk.keySet());
		hashes.sort(null);
		hashes.removeIf(read::contains);
		// parsing the files is most of the work and shares nothing: on every core; absorbing stays in file order
		List<Object> parsed = hashes.parallelStream().map(hash -> {
			try {
				return (Object) parse(onDisk.get(hash).file());
			} catch (IOException e) {
				return e;
			}
		}).toList();
		for (int i = 0; i < hashes.size(); i++) {
			if (parsed.get(i) instanceof IOException e) {
				throw new UncheckedIOException(e);
			}
			read.add(hashes.get(i));
			absorb((ReviewRecord) parsed.get(i));
		}
	}

	private static boolean isOpen(FindingRecord f) {
		return !f.isRounding() && (f.getStatus() == FindingStatus.OPEN || f.getStatus() == FindingStatus.CONFIRMED);
	}

	private static void put(Map<FindingSeverity, Integer> counts, FindingSeverity severity, int n) {
		if (n > 0) {
			counts.put(severity, n);
		}
	}

	/** The name of a unit's file: the start of the sha256 of its name. */
	static String hash(String unitName) {
		return DocumentImport.sha256(unitName.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
	}

	/**
	 * Keeps the look-ups current and notes which units changed, whatever changes the record: these methods, or a
	 * view, an undo or a command working on {@link #model()} directly.
	 */
	private final class Tracker extends EContentAdapter {
		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (n.isTouch()) {
				return;
			}
			Object feature = n.getFeature();
			if (n.getNotifier() == record && feature == ReviewPackage.Literals.REVIEW_RECORD__FINDINGS) {
				int type = n.getEventType();
				if (type == Notification.MOVE) {
					return; // the order of the record's list means nothing
				}
				if (type != Notification.ADD && type != Notification.ADD_MANY) {
					for (Object o : values(n.getOldValue())) {
						if (o instanceof FindingRecord f) {
							byUnit.getOrDefault(f.getUnitName(), new ArrayList<>()).remove(f);
							byKey.remove(f.getKey(), f);
							changed(f.getUnitName());
						}
					}
				}
				if (type != Notification.REMOVE && type != Notification.REMOVE_MANY) {
					for (Object o : values(n.getNewValue())) {
						if (o instanceof FindingRecord f) {
							byUnit.computeIfAbsent(f.getUnitName(), u -> new ArrayList<>()).add(f);
							byKey.put(f.getKey(), f);
							changed(f.getUnitName());
						}
					}
				}
				return;
			}
			if (n.getNotifier() instanceof FindingRecord f && feature == ReviewPackage.Literals.FINDING_RECORD__UNIT_NAME) {
				String from = n.getOldStringValue();
				if (from != null) {
					byUnit.getOrDefault(from, new ArrayList<>()).remove(f);
					changed(from);
				}
				byUnit.computeIfAbsent(f.getUnitName(), u -> new ArrayList<>()).add(f);
			}
			if (n.getNotifier() instanceof FindingRecord f && feature == ReviewPackage.Literals.FINDING_RECORD__KEY) {
				byKey.remove(n.getOldStringValue(), f);
				byKey.put(f.getKey(), f);
			}
			if (n.getNotifier() == record && feature == ReviewPackage.Literals.REVIEW_RECORD__ASSIGNMENTS) {
				assignmentsChanged |= !reading;
				return;
			}
			EObject at = n.getNotifier() instanceof EObject e ? e : null;
			while (at != null && !(at instanceof FindingRecord) && !(at instanceof Assignment)) {
				at = at.eContainer();
			}
			if (at instanceof FindingRecord f) {
				changed(f.getUnitName());
			} else if (at instanceof Assignment) {
				assignmentsChanged |= !reading;
			}
		}

		private void changed(String unitName) {
			if (!reading && unitName != null) {
				dirty.add(unitName);
			}
		}

		private static Collection<?> values(Object value) {
			if (value == null) {
				return List.of();
			}
			return value instanceof Collection<?> c ? c : List.of(value);
		}
	}

	private void change(FindingRecord f, FindingStatus to, DismissReason reason, String comment, String who,
			String submissionId) {
		f.getHistory().add(history(who, f.getStatus(), to, reason, comment, submissionId));
		f.setStatus(to);
		f.setDismissReason(reason);
	}

	private static HistoryEntry history(String who, FindingStatus from, FindingStatus to, DismissReason reason,
			String comment, String submissionId) {
		HistoryEntry h = F.createHistoryEntry();
		h.setAuthor(who);
		h.setTime(new Date());
		h.setFrom(from);
		h.setTo(to);
		h.setReason(reason);
		h.setComment(comment);
		h.setSubmissionId(submissionId);
		return h;
	}

	private static void fill(FindingRecord r, SubmissionEntry document, Finding f) {
		r.setSubmissionId(document.id());
		r.setUnitName(document.unitName());
		r.setYear(document.year());
		r.setKind(document.kind().getLiteral());
		r.setFile(document.sourcePath());
		r.setRule(f.rule());
		r.setTitle(f.title());
		r.setSeverity(FindingSeverity.get(f.severity().getLiteral()));
		r.setRounding(f.rounding());
		r.setMessage(f.message());
		r.setExpected(f.expected());
		r.setActual(f.actual());
		r.setDifference(f.difference());
		r.setRationale(f.rationale());
		r.getLocations().clear();
		for (SourceRef s : f.locations()) {
			r.getLocations().add(location(s.line(), s.table(), s.row(), s.column(), s.section()));
		}
	}

	private static String documentKey(String unitName, int year, DisclosureKind kind) {
		return unitName + "|" + year + "|" + kind.getLiteral() + "|";
	}

	/** The rule and where it points, without lines (which move when a unit republishes). */
	private static String signature(Finding f) {
		Set<String> places = new TreeSet<>();
		for (SourceRef s : f.locations()) {
			places.add(s.table() != null ? s.table() + "/" + s.row() + "/" + s.column() : "§" + s.section());
		}
		return f.rule() + "@" + String.join(";", places);
	}
}
