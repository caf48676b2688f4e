package org.fiscallens.rules.interpreter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.rules.rules.AbsoluteTolerance;
import org.fiscallens.rules.rules.Block;
import org.fiscallens.rules.rules.Check;
import org.fiscallens.rules.rules.CompareOp;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.Expression;
import org.fiscallens.rules.rules.ForEach;
import org.fiscallens.rules.rules.Let;
import org.fiscallens.rules.rules.PointsTolerance;
import org.fiscallens.rules.rules.PrintedTolerance;
import org.fiscallens.rules.rules.Require;
import org.fiscallens.rules.rules.RoundingTolerance;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.Severity;
import org.fiscallens.rules.rules.Statement;
import org.fiscallens.rules.rules.Tolerance;

/**
 * Runs one rule on one document. A comparison that holds exactly is silent; one that differs within its tolerance is an
 * info finding marked as a rounding tail; beyond it, a finding of the rule's severity. A comparison that meets a
 * missing value is skipped; a rule none of whose comparisons could be made is "not applicable", with the reason.
 */
public final class RuleRunner {

	private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)\\}");

	private final Map<String, Definition> definitions;
	private final Map<Object, Map<String, Definition>> scoped = new java.util.concurrent.ConcurrentHashMap<>();
	private final Map<Expression, String> sources = new java.util.concurrent.ConcurrentHashMap<>();

	/** @param definitions the library's {@code define}s by name, visible to every rule */
	public RuleRunner(Map<String, Definition> definitions) {
		this.definitions = definitions;
	}

	public RuleResult run(Rule rule, DocumentContext doc) {
		String file = doc.file();
		DisclosureKind kind = doc.submission().getKind();
		switch (rule.getKind()) { // half the library is for the other kind of document: say so before any set-up
		case FINAL:
			if (kind != DisclosureKind.FINAL) {
				return notApplicable(rule, file, "only for 决算 (final accounts)");
			}
			break;
		case BUDGET:
			if (kind != DisclosureKind.BUDGET) {
				return notApplicable(rule, file, "only for 预算 (budgets)");
			}
			break;
		default:
			break;
		}
		Run run = new Run(rule, new Evaluator(doc, definitionsFor(rule)));
		try {
			if (rule.getCondition() != null) {
				Object condition = run.evaluator.eval(rule.getCondition(), Scope.empty());
				if (condition instanceof Missing m) {
					return run.notApplicable(file, m.reason());
				}
				if (!run.evaluator.truth(condition, rule.getCondition())) {
					return run.notApplicable(file, "condition not met: " + source(rule.getCondition()));
				}
			}
			for (Statement statement : rule.getStatements()) {
				run.execute(statement, Scope.empty());
			}
		} catch (RuleError e) {
			run.errors.add(e.location() + ": rule " + rule.getName() + ": " + e.getMessage());
		}
		if (run.comparisons == 0 && run.errors.isEmpty()) {
			return run.notApplicable(file, run.reasons.isEmpty() ? "nothing to compare" : run.reasons.iterator().next());
		}
		return new RuleResult(run.findings, null, run.comparisons, run.errors);
	}

	private static RuleResult notApplicable(Rule rule, String file, String reason) {
		return new RuleResult(List.of(), new NotApplicable(rule.getName(), file, reason), 0, List.of());
	}

	/** The library's definitions, with those of the rule's own file first (a file's definitions shadow others'). */
	private Map<String, Definition> definitionsFor(Rule rule) {
		return scoped.computeIfAbsent(rule.eContainer(), file -> {
			Map<String, Definition> merged = new java.util.HashMap<>(definitions);
			if (file instanceof org.fiscallens.rules.rules.RuleFile f) {
				f.getMembers().stream().filter(Definition.class::isInstance).map(Definition.class::cast)
						.forEach(d -> merged.put(d.getName(), d));
			}
			return merged;
		});
	}

	/** The state of one rule run. */
	private final class Run {
		final Rule rule;
		final Evaluator evaluator;
		final List<Finding> findings = new ArrayList<>();
		final Set<String> reasons = new LinkedHashSet<>();
		final List<String> errors = new ArrayList<>();
		int comparisons;

		Run(Rule rule, Evaluator evaluator) {
			this.rule = rule;
			this.evaluator = evaluator;
		}

		RuleResult notApplicable(String file, String reason) {
			return new RuleResult(List.of(), new NotApplicable(rule.getName(), file, reason), 0, errors);
		}

		void execute(Statement statement, Scope scope) {
			if (statement instanceof Block block) {
				Scope inner = scope;
				for (Statement s : block.getStatements()) {
					if (s instanceof Let let) {
						inner = inner.with(let.getVariable().getName(), evaluator.eval(let.getValue(), inner));
					} else {
						execute(s, inner);
					}
				}
			} else if (statement instanceof Let let) {
				// a let outside a block binds for nothing after it; the validator reports it
				evaluator.eval(let.getValue(), scope);
			} else if (statement instanceof ForEach forEach) {
				forEach(forEach, scope);
			} else if (statement instanceof Check check) {
				check(check, scope);
			} else if (statement instanceof Require require) {
				require(require, scope);
			}
		}

		void forEach(ForEach forEach, Scope scope) {
			Object source = evaluator.eval(forEach.getSource(), scope);
			if (source instanceof Missing m) {
				reasons.add(m.reason());
				return;
			}
			List<?> elements = source instanceof List<?> list ? list : List.of(source);
			for (Object element : elements) {
				if (element instanceof Missing m) {
					reasons.add(m.reason());
					continue;
				}
				Scope inner = scope.with(forEach.getVariable().getName(), element);
				if (forEach.getFilter() != null) {
					Object keep = evaluator.eval(forEach.getFilter(), inner);
					if (keep instanceof Missing m) {
						reasons.add(m.reason());
						continue;
					}
					if (!evaluator.truth(keep, forEach.getFilter())) {
						continue;
					}
				}
				execute(forEach.getBody(), inner);
			}
		}

		void check(Check check, Scope scope) {
			Object left = evaluator.amount(evaluator.eval(check.getLeft(), scope), check.getLeft());
			Object right = evaluator.amount(evaluator.eval(check.getRight(), scope), check.getRight());
			if (left instanceof Missing m) {
				reasons.add(m.reason());
				return;
			}
			if (right instanceof Missing m) {
				reasons.add(m.reason());
				return;
			}
			comparisons++;
			Amount l = (Amount) left;
			Amount r = (Amount) right;
			BigDecimal difference = l.value().subtract(r.value());
			BigDecimal excess = violation(check.getOp(), difference);
			if (excess.signum() == 0 || printedAsComputed(check, l, r, difference)) {
				return;
			}
			BigDecimal tolerance = tolerance(check.getTolerance(), l, r, scope);
			boolean rounding = excess.abs().compareTo(tolerance) <= 0;
			Severity severity = rounding ? Severity.INFO : rule.getSeverity();
			String expected = source(check.getRight()) + " = " + r.formula()
					+ (r.formula().equals(Amount.plain(r.value())) ? "" : " = " + Amount.plain(r.value()));
			String actual = source(check.getLeft()) + " = " + Amount.plain(l.value());
			List<SourceRef> locations = new ArrayList<>(l.sources());
			r.sources().stream().filter(s -> !locations.contains(s)).forEach(locations::add);
			Map<String, Object> values = Map.of("left", asPrinted(l, r), "right", asPrinted(r, l),
					"difference", Amount.constant(difference),
					"tolerance", Amount.constant(tolerance), "expected", expected, "actual", actual);
			String message = fill(rule.getMessage() != null ? rule.getMessage()
					: "{actual}，应为 {expected}（差 {difference}）", values, scope);
			if (rounding) {
				message = "尾数误差：" + message + "（容差 " + Amount.plain(tolerance) + "）";
			}
			findings.add(new Finding(rule.getName(), rule.getTitle(), severity, rounding,
					evaluator.document().file(), message, expected, actual, Amount.plain(difference),
					Amount.plain(tolerance), rule.getRationale(), List.copyOf(locations)));
		}

		void require(Require require, Scope scope) {
			Object value = evaluator.eval(require.getCondition(), scope);
			if (value instanceof Missing m) {
				reasons.add(m.reason());
				return;
			}
			comparisons++;
			if (evaluator.truth(value, require.getCondition())) {
				return;
			}
			Map<String, Object> values = Map.of("condition", source(require.getCondition()));
			String template = require.getExplanation() != null ? require.getExplanation()
					: rule.getMessage() != null ? rule.getMessage() : "不满足：{condition}";
			findings.add(new Finding(rule.getName(), rule.getTitle(), rule.getSeverity(), false,
					evaluator.document().file(), fill(template, values, scope), source(require.getCondition()),
					"false", "", "0", rule.getRationale(), locationsOf(scope)));
		}

		/** Locations of a require: the rows, claims and tables bound in the scope (what the rule was looking at). */
		private List<SourceRef> locationsOf(Scope scope) {
			List<SourceRef> refs = new ArrayList<>();
			String file = evaluator.document().file();
			for (String name : boundNames()) {
				Object v = scope.get(name);
				if (v instanceof Row row) {
					refs.add(SourceRef.cell(file, row.getLine(), row.getTable() == null ? null
							: evaluator.document().code(row.getTable()), DocumentContext.rowLabel(row), null));
				} else if (v instanceof Claim k) {
					refs.add(SourceRef.text(file, k.getLine(), Evaluator.text(evaluator.document().sectionOf(k) == null
							? null : evaluator.document().sectionOf(k).getTitle())));
				} else if (v instanceof Table t) {
					refs.add(SourceRef.cell(file, t.getFirstLine(), evaluator.document().code(t), null, null));
				}
			}
			return refs;
		}

		private List<String> boundNames() {
			List<String> names = new ArrayList<>();
			rule.eAllContents().forEachRemaining(o -> {
				if (o instanceof ForEach f) {
					names.add(f.getVariable().getName());
				} else if (o instanceof Let l) {
					names.add(l.getVariable().getName());
				}
			});
			return names;
		}

		/**
		 * A printed value that is the computed one written at its printed precision (99.96% for 99.958687%, 5.2% for
		 * 5.238%) agrees with it: no rounding tail to report. Only where the rule allows rounding (a tolerance clause),
		 * only for equality, and only between one printed value and one computed from others: two printed values that
		 * differ (78.16 in the text, 78.17 in the table) still do.
		 */
		private static boolean printedAsComputed(Check check, Amount l, Amount r, BigDecimal difference) {
			if (check.getTolerance() == null || check.getOp() != CompareOp.EQ) {
				return false;
			}
			Amount printed = l.printedScale() >= 0 && l.terms() == 1 ? l : r.printedScale() >= 0 && r.terms() == 1 ? r : null;
			Amount computed = printed == l ? r : l;
			if (printed == null || computed.printedScale() >= 0) {
				return false;
			}
			// within half a unit of the printed value's last digit (its own rounding error, in the compared unit)
			return difference.abs().compareTo(printed.uncertainty()) <= 0;
		}

		/** How far the comparison is from holding (0 when it holds). */
		/**
		 * A computed amount as the message shows it beside a printed one: at the printed value's decimals, so a reviewer
		 * reads "89.79% 与计算的 89.80%" rather than 89.800306 (the exact value stays in the finding's expected/actual).
		 */
		private static Amount asPrinted(Amount shown, Amount printed) {
			boolean computed = shown.printedScale() < 0;
			int scale = printed.printedScale();
			return computed && scale >= 0 && shown.value().scale() > scale ? shown.rounded(scale) : shown;
		}

		private BigDecimal violation(CompareOp op, BigDecimal difference) {
			return switch (op) {
			case EQ -> difference;
			case NE -> difference.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
			case LT -> difference.signum() < 0 ? BigDecimal.ZERO : difference.max(new BigDecimal("0.01"));
			case LE -> difference.signum() <= 0 ? BigDecimal.ZERO : difference;
			case GT -> difference.signum() > 0 ? BigDecimal.ZERO : difference.negate().max(new BigDecimal("0.01"));
			case GE -> difference.signum() >= 0 ? BigDecimal.ZERO : difference.negate();
			};
		}

		private BigDecimal tolerance(Tolerance tolerance, Amount l, Amount r, Scope scope) {
			if (tolerance == null) {
				return BigDecimal.ZERO;
			} else if (tolerance instanceof AbsoluteTolerance a) {
				return a.getAmount();
			} else if (tolerance instanceof PointsTolerance p) {
				return p.getAmount();
			} else if (tolerance instanceof PrintedTolerance) {
				return l.uncertainty().add(r.uncertainty());
			} else if (tolerance instanceof RoundingTolerance rt) {
				// n printed terms, each off by up to half a unit of its last digit (0.005 万元 for 2 decimals)
				int terms = Math.max(1, Math.max(l.terms(), r.terms()));
				if (rt.getTerms() != null) {
					Object n = evaluator.amount(evaluator.eval(rt.getTerms(), scope), rt.getTerms());
					if (n instanceof Amount a) {
						terms = a.value().intValue();
					}
				}
				BigDecimal perTerm = perTermError(l).max(perTermError(r));
				return perTerm.multiply(BigDecimal.valueOf(terms));
			}
			return BigDecimal.ZERO;
		}

		private BigDecimal perTermError(Amount a) {
			return a.terms() == 0 ? HALF_CENT.min(a.uncertainty().max(BigDecimal.ZERO))
					: a.uncertainty().divide(BigDecimal.valueOf(a.terms()), 10, java.math.RoundingMode.HALF_UP);
		}

		/** Fills {name} and {variable.member} placeholders of a message. */
		private String fill(String template, Map<String, Object> values, Scope scope) {
			Matcher m = PLACEHOLDER.matcher(template);
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(out, Matcher.quoteReplacement(placeholder(m.group(1).trim(), values, scope)));
			}
			m.appendTail(out);
			return out.toString();
		}

		private String placeholder(String path, Map<String, Object> values, Scope scope) {
			String[] parts = path.split("\\.");
			Object v = values.containsKey(parts[0]) ? values.get(parts[0]) : scope.has(parts[0]) ? scope.get(parts[0]) : null;
			if (v == null) {
				return "{" + path + "}";
			}
			try {
				for (int i = 1; i < parts.length && !(v instanceof Missing); i++) {
					v = evaluator.member(v, parts[i], rule);
				}
			} catch (RuleError e) {
				return "{" + path + "}";
			}
			return evaluator.describe(v);
		}
	}

	/**
	 * The text of an expression as the rule author wrote it; kept per expression, as a rule whose condition does not
	 * hold says so for every document of a province.
	 */
	private String source(Expression expression) {
		return sources.computeIfAbsent(expression, e -> {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
			return node == null ? "?" : NodeModelUtils.getTokenText(node);
		});
	}
}
