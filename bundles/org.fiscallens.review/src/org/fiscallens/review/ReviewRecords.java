package org.fiscallens.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
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
import org.fiscallens.model.review.ReviewRecord;
import org.fiscallens.model.review.UnitReviewStatus;
import org.fiscallens.review.store.DurableFiles;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.SourceRef;

/**
 * The reviewers' record of a workspace ({@code review.xmi} in its folder): the rules' findings and every annotation
 * on them — status (待审 → 确认 / 驳回 with a reason → 已整改), comments, manual findings, who reviews which unit — with
 * the history of each change. Saved atomically (temp file, fsync, rename): a crash at any moment leaves the previous
 * record or the new one. A finding is identified by unit, year, kind, rule and where it points (without line numbers),
 * so the annotations of a republished document move to its new version.
 */
public final class ReviewRecords {

	public static final String FILE = "review.xmi";
	/** Who made the automatic changes (e.g. a finding gone from a republished document). */
	public static final String SYSTEM = "FiscalLens";
	private static final ReviewFactory F = ReviewFactory.eINSTANCE;

	private final Path file;
	private final ReviewRecord record;
	private final Map<String, FindingRecord> byKey = new HashMap<>();

	private ReviewRecords(Path file, ReviewRecord record) {
		this.file = file;
		this.record = record;
		record.getFindings().forEach(f -> byKey.put(f.getKey(), f));
	}

	/**
	 * The JDK's XML parser caps the characters its entities (&quot; and the like, counted over the whole file) may
	 * produce at 100,000; a province's record quotes far more than that. The record is FiscalLens's own file and has no
	 * DTD, so there is no entity expansion to guard against: lift the caps (0 = none).
	 */
	private static final Map<String, Object> NO_SIZE_LIMITS = Map.of(
			"http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "0",
			"http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "0");

	/** The record of the workspace folder {@code directory}; empty when there is none yet. */
	public static ReviewRecords open(Path directory) throws IOException {
		Path file = directory.resolve(FILE);
		if (!Files.exists(file)) {
			return new ReviewRecords(file, F.createReviewRecord());
		}
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
		try {
			resource.load(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_PARSER_PROPERTIES, NO_SIZE_LIMITS));
		} catch (IOException | RuntimeException e) {
			throw new CorruptFileException(file, "the review record cannot be read: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ReviewRecord r)) {
			throw new CorruptFileException(file, "not a review record", null);
		}
		return new ReviewRecords(file, r);
	}

	public ReviewRecord model() {
		return record;
	}

	public List<FindingRecord> findings() {
		return record.getFindings();
	}

	public FindingRecord get(String key) {
		return byKey.get(key);
	}

	/** The findings of one unit's document (this year and kind), the manual ones included. */
	public List<FindingRecord> findingsOf(String unitName, int year, DisclosureKind kind) {
		String prefix = documentKey(unitName, year, kind);
		return record.getFindings().stream().filter(f -> f.getKey().startsWith(prefix)).toList();
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
				byKey.put(key, created);
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
		for (FindingRecord f : new ArrayList<>(record.getFindings())) {
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
				byKey.remove(f.getKey());
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
		byKey.put(f.getKey(), f);
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

	/** Writes the record atomically: a crash leaves the previous file or this one, never a mix. */
	public void save() throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
		resource.getContents().add(record);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		} finally {
			resource.getContents().clear(); // the record stays ours, not the temporary resource's
		}
		Files.createDirectories(file.getParent());
		DurableFiles files = new DurableFiles(WriteStepListener.NONE);
		files.writeAtomically(file, bytes.toByteArray(), true);
		files.syncDirectory(file.getParent());
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
