package org.fiscallens.memo.facts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscallens.memo.MemoOptions;
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

	/** The standard library's completeness rule (决算 and 预算 alike) and the table codes its messages name. */
	private static final String REQUIRED_TABLES_RULE = "必备表格";
	private static final Pattern MISSING_TABLE = Pattern.compile("(公开\\d+[a-z]?|表[一二三四五六七八九十]+)");

	private final Reviews reviews;
	private final ReviewScope scope;
	private final MemoOptions options;

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
		return new UnitMemo(unitName, scope.regionOf(unitName), organ(scope.provinceOf(unitName)), String.join("、", years),
				kinds.size() > 1 ? "预决算" : kinds.stream().findFirst().orElse("决算"), reviewer(unitName),
				options.date().format(DATE), options.date().plusDays(options.dueDays()).format(DATE),
				options.draft(), documents, findings, count(reported, FindingSeverity.ERROR),
				count(reported, FindingSeverity.WARNING), count(reported, FindingSeverity.INFO),
				(int) reported.stream().filter(f -> f.getStatus() == FindingStatus.OPEN).count(), rounding,
				List.copyOf(roundingTables), manualFindings, corrected, options.showDismissed(),
				number(dismissed, 1));
	}

	/** The issuing organ of a summary: the one asked for, else the main province's 财政厅. */
	public String organ() {
		return organ(scope.province());
	}

	/** A unit memo is issued by the 财政厅 of the unit's own province unless an organ is asked for. */
	private String organ(String province) {
		return options.organ() != null && !options.organ().isBlank() ? options.organ() : province + "财政厅";
	}

	private String reviewer(String unitName) {
		if (options.reviewer() != null && !options.reviewer().isBlank()) {
			return options.reviewer();
		}
		return java.util.Optional.ofNullable(reviews.records().assignment(unitName)).map(Assignment::getReviewer)
				.filter(r -> !r.isBlank()).orElse(System.getProperty("user.name", ""));
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
		List<String> missing = missingTables(e);
		return new UnitMemo.ReviewedDocument(e.sourcePath(), e.year(),
				e.kind().getLiteral().equals("budget") ? "预算" : "决算", e.scope() == Scope.DEPARTMENT ? "部门" : "单位",
				tables, missing, e.diagnosticCount());
	}

	/**
	 * The required tables a document lacks, as the completeness rule (必备表格) found them: the memo states what the
	 * rules found, it does not judge again (a 决算 with 公开10a and 公开11 instead of 公开10 is complete). A finding the
	 * reviewer dismissed is not a missing table.
	 */
	private List<String> missingTables(SubmissionEntry e) {
		Set<String> codes = new LinkedHashSet<>();
		for (FindingRecord f : reviews.records().findingsOf(e.unitName(), e.year(), e.kind())) {
			if (REQUIRED_TABLES_RULE.equals(f.getRule()) && f.getStatus() != FindingStatus.DISMISSED
					&& f.getMessage() != null) {
				Matcher m = MISSING_TABLE.matcher(f.getMessage());
				while (m.find()) {
					codes.add(m.group(1));
				}
			}
		}
		return List.copyOf(codes);
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
