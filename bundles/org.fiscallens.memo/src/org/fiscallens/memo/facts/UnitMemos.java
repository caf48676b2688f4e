package org.fiscallens.memo.facts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.fiscallens.memo.MemoOptions;
import org.fiscallens.model.catalogue.TableCatalogue;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.model.review.Assignment;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.model.review.FindingStatus;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;

/** Builds the facts of a unit's 审核意见 from the review: its documents and the reviewers' decisions on its findings. */
public final class UnitMemos {

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	/** The order of a memo: errors first, then the latest document, then where in the document. */
	public static final Comparator<FindingRecord> ORDER = Comparator
			.comparingInt((FindingRecord f) -> f.getSeverity().getValue())
			.thenComparing(Comparator.comparingInt(FindingRecord::getYear).reversed())
			.thenComparing(f -> f.getKind() == null ? "" : f.getKind())
			.thenComparingInt(UnitMemos::firstLine);

	private final Reviews reviews;
	private final ReviewScope scope;
	private final MemoOptions options;
	private final TableCatalogue catalogue = TableCatalogue.standard();

	public UnitMemos(Reviews reviews, ReviewScope scope, MemoOptions options) {
		this.reviews = reviews;
		this.scope = scope;
		this.options = options;
	}

	public UnitMemo build(String unitName) {
		List<FindingRecord> reported = new ArrayList<>();
		List<FindingRecord> manual = new ArrayList<>();
		List<FindingRecord> dismissed = new ArrayList<>();
		int rounding = 0;
		int corrected = 0;
		Set<String> roundingTables = new TreeSet<>();
		for (FindingRecord f : reviews.records().findings()) {
			if (!unitName.equals(f.getUnitName())) {
				continue;
			}
			if (f.getStatus() == FindingStatus.DISMISSED) {
				dismissed.add(f);
			} else if (f.isRounding()) {
				rounding++;
				f.getLocations().stream().map(FindingLocation::getTable).filter(t -> t != null && !t.isBlank())
						.forEach(roundingTables::add);
			} else if (f.getStatus() == FindingStatus.CORRECTED) {
				corrected++;
			} else if (options.reports(f.getStatus())) {
				(f.isManual() ? manual : reported).add(f);
			}
		}
		reported.sort(ORDER);
		manual.sort(ORDER);
		dismissed.sort(ORDER);
		List<MemoFinding> findings = number(reported, 1);
		List<MemoFinding> manualFindings = number(manual, findings.size() + 1);
		List<UnitMemo.ReviewedDocument> documents = scope.entries(unitName).stream().map(this::reviewed).toList();
		Set<String> years = new TreeSet<>(Comparator.reverseOrder());
		Set<String> kinds = new LinkedHashSet<>();
		documents.forEach(d -> {
			years.add(String.valueOf(d.year()));
			kinds.add(d.kind());
		});
		return new UnitMemo(unitName, scope.regionOf(unitName), organ(), String.join("、", years),
				kinds.size() > 1 ? "预决算" : kinds.stream().findFirst().orElse("决算"), reviewer(unitName),
				options.date().format(DATE), options.date().plusDays(options.dueDays()).format(DATE),
				options.draft(), documents, findings, count(reported, FindingSeverity.ERROR),
				count(reported, FindingSeverity.WARNING), count(reported, FindingSeverity.INFO),
				(int) reported.stream().filter(f -> f.getStatus() == FindingStatus.OPEN).count(), rounding,
				List.copyOf(roundingTables), manualFindings, corrected, options.showDismissed(),
				number(dismissed, 1));
	}

	public String organ() {
		return options.organ() != null && !options.organ().isBlank() ? options.organ() : scope.province() + "财政厅";
	}

	private String reviewer(String unitName) {
		if (options.reviewer() != null && !options.reviewer().isBlank()) {
			return options.reviewer();
		}
		return reviews.records().model().getAssignments().stream().filter(a -> unitName.equals(a.getUnitName()))
				.map(Assignment::getReviewer).filter(r -> r != null && !r.isBlank()).findFirst()
				.orElse(System.getProperty("user.name", ""));
	}

	private UnitMemo.ReviewedDocument reviewed(SubmissionEntry e) {
		boolean wasLoaded = reviews.workspace().isLoaded(e.id());
		List<String> tables = new ArrayList<>();
		try {
			Submission s = reviews.workspace().load(e.id());
			for (Table t : s.getTables()) {
				String code = t.getCatalogueCode() != null ? t.getCatalogueCode() : t.getPrintedCode();
				if (code != null && !tables.contains(code)) {
					tables.add(code);
				}
			}
		} finally {
			if (!wasLoaded) {
				reviews.workspace().unload(e.id()); // a province's memos must not keep every document in memory
			}
		}
		List<String> missing = catalogue.entries(e.kind()).stream().filter(CatalogueEntry::isRequired)
				.map(CatalogueEntry::getCode).filter(c -> !tables.contains(c)).toList();
		return new UnitMemo.ReviewedDocument(e.sourcePath(), e.year(),
				e.kind().getLiteral().equals("budget") ? "预算" : "决算", e.scope() == Scope.DEPARTMENT ? "部门" : "单位",
				tables, missing, e.diagnosticCount());
	}

	static List<MemoFinding> number(List<FindingRecord> records, int first) {
		List<MemoFinding> result = new ArrayList<>();
		for (FindingRecord f : records) {
			result.add(MemoFinding.of(first + result.size(), f));
		}
		return result;
	}

	private static int count(List<FindingRecord> findings, FindingSeverity severity) {
		return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
	}

	private static int firstLine(FindingRecord f) {
		return f.getLocations().stream().mapToInt(FindingLocation::getLine).filter(l -> l > 0).min().orElse(0);
	}
}
