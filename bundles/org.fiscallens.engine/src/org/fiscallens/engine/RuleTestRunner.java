package org.fiscallens.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.disclosure.UnitKind;
import org.fiscallens.rules.interpreter.DocumentContext;
import org.fiscallens.rules.interpreter.Finding;
import org.fiscallens.rules.interpreter.RuleResult;
import org.fiscallens.rules.interpreter.RuleRunner;
import org.fiscallens.rules.interpreter.SourceRef;
import org.fiscallens.rules.rules.Expectation;
import org.fiscallens.rules.rules.ExpectedKind;
import org.fiscallens.rules.rules.RuleTest;
import org.fiscallens.rules.rules.Severity;

/**
 * Runs the rule authors' {@code test} blocks: imports each test's tiny document, runs the rule on it, and compares the
 * findings with the expectations.
 */
public final class RuleTestRunner {

	/** One test's verdict. */
	public record Outcome(String file, String test, String rule, boolean passed, String detail, List<Finding> findings) {
		@Override
		public String toString() {
			return (passed ? "PASS " : "FAIL ") + rule + " — " + test + (passed ? "" : ": " + detail);
		}
	}

	private final RuleLibrary library;
	private final DisclosureImporter importer = new DisclosureImporter();

	public RuleTestRunner(RuleLibrary library) {
		this.library = library;
	}

	public List<Outcome> runAll() {
		List<Outcome> outcomes = new ArrayList<>();
		for (RuleTest test : library.tests()) {
			outcomes.add(run(test));
		}
		return outcomes;
	}

	public Outcome run(RuleTest test) {
		RuleSource source = library.sourceOf(test);
		String file = source == null ? "?" : source.name();
		String rule = test.getRule() == null || test.getRule().eIsProxy() ? "?" : test.getRule().getName();
		byte[] document;
		try {
			document = test.isFile() ? source.fixtures().read(test.getDocument())
					: test.getDocument().getBytes(StandardCharsets.UTF_8);
		} catch (IOException e) {
			return new Outcome(file, test.getName(), rule, false, "cannot read the test document: " + e.getMessage(),
					List.of());
		}
		Submission submission = importer.importBytes(file + "#" + test.getName(), document);
		List<Submission> all = new ArrayList<>(List.of(submission));
		try {
			for (String other : test.getOthers()) {
				all.add(importer.importBytes(other, source.fixtures().read(other)));
			}
		} catch (IOException e) {
			return new Outcome(file, test.getName(), rule, false, "cannot read a test document: " + e.getMessage(),
					List.of());
		}
		linkMemberUnits(all);
		RuleResult result = new RuleRunner(library.definitions()).run(test.getRule(),
				new DocumentContext(submission, new SubmissionIndex(all)));
		List<String> failures = new ArrayList<>(result.errors());
		for (Expectation expectation : test.getExpectations()) {
			String failure = verify(expectation, result);
			if (failure != null) {
				failures.add(failure);
			}
		}
		return new Outcome(file, test.getName(), rule, failures.isEmpty(), String.join("; ", failures),
				result.findings());
	}

	/**
	 * In a test, the unit-scope documents given with a department-scope document are its member units (outside tests
	 * the review workspace knows which units belong to which department).
	 */
	private static void linkMemberUnits(List<Submission> documents) {
		Submission department = documents.get(0);
		if (documents.size() < 2 || department.getScope() != Scope.DEPARTMENT) {
			return;
		}
		Unit head = DisclosureFactory.eINSTANCE.createUnit();
		head.setName(department.getUnitName());
		head.setKind(UnitKind.DEPARTMENT);
		department.setUnit(head);
		for (Submission s : documents.subList(1, documents.size())) {
			if (s.getScope() == Scope.UNIT) {
				Unit unit = DisclosureFactory.eINSTANCE.createUnit();
				unit.setName(s.getUnitName());
				unit.setDepartment(head);
				s.setUnit(unit);
			}
		}
	}

	private static String verify(Expectation expectation, RuleResult result) {
		ExpectedKind kind = expectation.getKind();
		if (kind == ExpectedKind.NOT_APPLICABLE) {
			boolean na = result.notApplicable() != null;
			return na == !expectation.isNone() ? null
					: expectation.isNone() ? "expected the rule to apply, but: " + result.notApplicable().reason()
							: "expected not applicable, but it compared " + result.comparisons() + " values";
		}
		List<Finding> matching = result.findings().stream().filter(f -> matches(kind, f.severity())).toList();
		// "expect error at line 12" without a count: at least one
		boolean atLeastOne = !expectation.isNone() && expectation.getCount() == 0;
		int expected = expectation.isNone() ? 0 : expectation.getCount();
		if (atLeastOne ? matching.isEmpty() : matching.size() != expected) {
			return "expected " + expected + " " + kind.getLiteral() + ", got " + matching.size() + describe(matching)
					+ (result.notApplicable() != null ? " (not applicable: " + result.notApplicable().reason() + ")" : "");
		}
		for (Integer line : expectation.getLines()) {
			boolean found = matching.stream().flatMap(f -> f.locations().stream()).mapToInt(SourceRef::line)
					.anyMatch(l -> l == line);
			if (!found) {
				return "no " + kind.getLiteral() + " at line " + line + describe(matching);
			}
		}
		return null;
	}

	private static boolean matches(ExpectedKind kind, Severity severity) {
		return switch (kind) {
		case FINDING -> true;
		case ERROR -> severity == Severity.ERROR;
		case WARNING -> severity == Severity.WARNING;
		case INFO -> severity == Severity.INFO;
		default -> false;
		};
	}

	private static String describe(List<Finding> findings) {
		if (findings.isEmpty()) {
			return "";
		}
		StringBuilder s = new StringBuilder(" [");
		for (Finding f : findings) {
			s.append(f.severity().getLiteral()).append(" at ").append(f.locations().stream()
					.map(l -> String.valueOf(l.line())).toList()).append(": ").append(f.message()).append("; ");
		}
		return s.append(']').toString();
	}
}
