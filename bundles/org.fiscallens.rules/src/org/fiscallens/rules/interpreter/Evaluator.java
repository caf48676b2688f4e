package org.fiscallens.rules.interpreter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EObject;
import org.fiscallens.model.disclosure.Annex;
import org.fiscallens.model.disclosure.AnnexValue;
import org.fiscallens.model.disclosure.Cell;
import org.fiscallens.model.disclosure.CellState;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.ClaimKind;
import org.fiscallens.model.disclosure.Column;
import org.fiscallens.model.disclosure.ColumnRole;
import org.fiscallens.model.disclosure.Direction;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Indicator;
import org.fiscallens.model.disclosure.Row;
import org.fiscallens.model.disclosure.Section;
import org.fiscallens.model.disclosure.Side;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Table;
import org.fiscallens.model.disclosure.TableNote;
import org.fiscallens.rules.rules.Argument;
import org.fiscallens.rules.rules.Binary;
import org.fiscallens.rules.rules.BooleanLiteral;
import org.fiscallens.rules.rules.Call;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.Expression;
import org.fiscallens.rules.rules.Index;
import org.fiscallens.rules.rules.ListLiteral;
import org.fiscallens.rules.rules.NameRef;
import org.fiscallens.rules.rules.Navigation;
import org.fiscallens.rules.rules.NumberLiteral;
import org.fiscallens.rules.rules.StringLiteral;
import org.fiscallens.rules.rules.Unary;

/**
 * Evaluates rule expressions over one document. Values are {@link Amount}s, strings, booleans, lists, model objects
 * (tables, rows, cells, claims, …) and {@link Missing}. Missing propagates: whatever is computed from a missing value
 * is missing, so the check that needs it becomes "not applicable" with the reason. The vocabulary (functions and
 * members) is documented in {@link Builtins}.
 */
final class Evaluator {

	private static final BigDecimal HUNDRED = new BigDecimal(100);

	private final DocumentContext doc;
	private final Map<String, Definition> definitions;
	private final Map<String, Object> constants = new HashMap<>();

	Evaluator(DocumentContext doc, Map<String, Definition> definitions) {
		this.doc = doc;
		this.definitions = definitions;
	}

	DocumentContext document() {
		return doc;
	}

	Object eval(Expression e, Scope scope) {
		if (e instanceof NumberLiteral n) {
			return Amount.constant(n.getValue());
		} else if (e instanceof StringLiteral s) {
			return s.getValue();
		} else if (e instanceof BooleanLiteral b) {
			return b.isValue();
		} else if (e instanceof ListLiteral l) {
			List<Object> values = new ArrayList<>();
			for (Expression element : l.getElements()) {
				values.add(eval(element, scope));
			}
			return values;
		} else if (e instanceof NameRef r) {
			return name(r.getName(), scope, r);
		} else if (e instanceof Call c) {
			return call(c, scope);
		} else if (e instanceof Navigation n) {
			Object target = eval(n.getTarget(), scope);
			return member(target, n.getMember(), arguments(n.getArguments(), scope), n);
		} else if (e instanceof Index i) {
			return index(eval(i.getTarget(), scope), eval(i.getKey(), scope), i);
		} else if (e instanceof Unary u) {
			return unary(u, scope);
		} else if (e instanceof Binary b) {
			return binary(b, scope);
		}
		throw new RuleError("cannot evaluate " + e.eClass().getName(), e);
	}

	// ---- names and calls

	private Object name(String name, Scope scope, EObject where) {
		if (scope.has(name)) {
			return scope.get(name);
		}
		Definition definition = definitions.get(name);
		if (definition != null) {
			if (!definition.getParameters().isEmpty()) {
				throw new RuleError(name + " needs arguments: " + name + "(…)", where);
			}
			return constants.computeIfAbsent(name, k -> eval(definition.getBody(), Scope.empty()));
		}
		return switch (name) {
		case "document" -> doc.submission();
		default -> {
			Table table = doc.table(name);
			yield table != null ? table : new Missing(name + " is not in " + doc.file());
		}
		};
	}

	private record Args(List<Object> positional, Map<String, Object> named) {
		Object get(int index, String name) {
			if (named.containsKey(name)) {
				return named.get(name);
			}
			return index < positional.size() ? positional.get(index) : null;
		}
	}

	private static final Args NO_ARGUMENTS = new Args(List.of(), Map.of());

	private Args arguments(List<Argument> arguments, Scope scope) {
		if (arguments.isEmpty()) {
			return NO_ARGUMENTS; // most navigations (r.children, t.rows) have none
		}
		List<Object> positional = new ArrayList<>(arguments.size());
		Map<String, Object> named = Map.of();
		for (Argument a : arguments) {
			Object value = eval(a.getValue(), scope);
			if (a.getName() != null) {
				if (named.isEmpty()) {
					named = new LinkedHashMap<>();
				}
				named.put(a.getName(), value);
			} else {
				positional.add(value);
			}
		}
		return new Args(positional, named);
	}

	private Object call(Call c, Scope scope) {
		String function = c.getFunction();
		Definition definition = definitions.get(function);
		if (definition != null) {
			if (definition.getParameters().size() != c.getArguments().size()) {
				throw new RuleError(function + " takes " + definition.getParameters().size() + " arguments", c);
			}
			Scope inner = Scope.empty();
			for (int i = 0; i < c.getArguments().size(); i++) {
				inner = inner.with(definition.getParameters().get(i).getName(),
						eval(c.getArguments().get(i).getValue(), scope));
			}
			Object result = eval(definition.getBody(), inner);
			return result instanceof Amount a ? a.withFormula(() -> function + "(" + a.formula() + ")") : result;
		}
		if (function.equals("if")) { // lazy: only the chosen branch is evaluated
			if (c.getArguments().size() != 3) {
				throw new RuleError("if(condition, then, else)", c);
			}
			Object condition = eval(c.getArguments().get(0).getValue(), scope);
			if (condition instanceof Missing) {
				return condition;
			}
			return eval(c.getArguments().get(truth(condition, c) ? 1 : 2).getValue(), scope);
		}
		Args args = arguments(c.getArguments(), scope);
		return builtin(function, args, doc, c);
	}

	private Object builtin(String function, Args args, DocumentContext on, EObject where) {
		switch (function) {
		case "sum": {
			List<Amount> amounts = new ArrayList<>();
			for (Object v : flatten(args.positional())) {
				Object a = amount(v, where);
				if (a instanceof Missing) {
					return a;
				}
				amounts.add((Amount) a);
			}
			return Amount.sum(amounts);
		}
		case "count":
			return Amount.constant(BigDecimal.valueOf(flatten(args.positional()).stream()
					.filter(v -> !(v instanceof Missing)).count()));
		case "min":
		case "max": {
			Amount best = null;
			for (Object v : flatten(args.positional())) {
				Object a = amount(v, where);
				if (a instanceof Missing) {
					return a;
				}
				Amount x = (Amount) a;
				int cmp = best == null ? 0 : x.value().compareTo(best.value());
				if (best == null || (function.equals("min") ? cmp < 0 : cmp > 0)) {
					best = x;
				}
			}
			return best == null ? new Missing(function + " of nothing") : best;
		}
		case "abs": {
			Object a = amount(args.get(0, "value"), where);
			return a instanceof Amount x && x.value().signum() < 0 ? x.negate() : a;
		}
		case "round": {
			Object a = amount(args.get(0, "value"), where);
			Object digits = amount(args.get(1, "digits"), where);
			if (a instanceof Missing) {
				return a;
			}
			int scale = digits instanceof Amount d ? d.value().intValue() : 2;
			return ((Amount) a).rounded(scale);
		}
		case "share": { // part / total × 100, in percent
			Object part = amount(args.get(0, "part"), where);
			Object total = amount(args.get(1, "total"), where);
			if (part instanceof Missing) {
				return part;
			}
			if (total instanceof Missing) {
				return total;
			}
			Amount ratio = ((Amount) part).dividedBy((Amount) total);
			if (ratio == null) {
				return new Missing("share of a zero total");
			}
			Amount percent = ratio.times(Amount.constant(HUNDRED));
			Amount p = (Amount) part;
			Amount t = (Amount) total;
			return percent.withFormula(() -> p.formula() + " ÷ " + t.formula() + " × 100");
		}
		case "unique": { // the narrative often states a figure twice: count each (label, value) once
			List<Object> result = new ArrayList<>();
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (Object v : flatten(args.positional())) {
				String key = v instanceof Claim k ? k.getLabel() + "=" + (k.getValue() == null ? "?"
						: k.getValue().stripTrailingZeros().toPlainString()) + k.getDirection() : String.valueOf(v);
				if (seen.add(key)) {
					result.add(v);
				}
			}
			return result;
		}
		case "exists": {
			Object v = args.get(0, "value");
			return !(v instanceof Missing) && v != null && !(v instanceof Collection<?> c && c.isEmpty());
		}
		case "sign": {
			Object a = amount(args.get(0, "value"), where);
			return a instanceof Amount x ? Amount.constant(BigDecimal.valueOf(x.value().signum())) : a;
		}
		case "contains": {
			Object text = args.get(0, "text");
			Object pattern = args.get(1, "pattern");
			if (text instanceof Missing) {
				return text;
			}
			return text != null && pattern(String.valueOf(pattern), where).matcher(text(text)).find();
		}
		case "quote": { // a text to match literally inside a pattern (project names have brackets)
			Object text = args.get(0, "text");
			return text instanceof Missing ? text : Pattern.quote(text(text));
		}
		case "replace": {
			Object text = args.get(0, "text");
			if (text instanceof Missing) {
				return text;
			}
			return pattern(text(args.get(1, "pattern")), where).matcher(text(text))
					.replaceAll(java.util.regex.Matcher.quoteReplacement(text(args.get(2, "with"))));
		}
		case "table": {
			String code = String.valueOf(args.get(0, "code"));
			Table table = on.table(code);
			return table != null ? table : new Missing(code + " is not in " + on.file());
		}
		case "claims":
			return claims(on, args, where);
		case "annexes": { // annexes(kind: "project|department|target", readable: true)
			Object kind = args.named().get("kind");
			Object readable = args.named().get("readable");
			List<Object> result = new ArrayList<>();
			for (Annex a : on.submission().getAnnexes()) {
				if (kind != null && !annexKind(a).equals(text(kind))) {
					continue;
				}
				if (Boolean.TRUE.equals(readable) && a.getValues().isEmpty()) {
					continue;
				}
				result.add(a);
			}
			return result;
		}
		case "sections":
			return sections(on, args, where);
		case "previous":
			return other(on, on.submission().getYear() - 1, on.submission().getKind(), "previous year's document");
		case "budget":
			return other(on, on.submission().getYear(), DisclosureKind.BUDGET, "budget of the same year");
		case "final":
			return other(on, on.submission().getYear(), DisclosureKind.FINAL, "final accounts of the same year");
		case "department": {
			Optional<Submission> department = on.others().department(on.submission());
			return department.<Object>map(s -> s).orElse(new Missing("the department's document is not in the workspace"));
		}
		case "units": {
			List<Submission> members = on.others().members(on.submission());
			return members.isEmpty() ? new Missing("no member unit's document is in the workspace")
					: new ArrayList<Object>(members);
		}
		default:
			throw new RuleError("unknown function " + function + "(…)", where);
		}
	}

	private static Object other(DocumentContext on, int year, DisclosureKind kind, String what) {
		Submission s = on.submission();
		return on.others().find(s.getUnitName(), year, kind).<Object>map(x -> x)
				.orElse(new Missing(what + " (" + s.getUnitName() + " " + year + ") is not in the workspace"));
	}

	/** claims(label: "收入总计", kind: "amount", section: "收入") — regular expressions over label and section. */
	private Object claims(DocumentContext on, Args args, EObject where) {
		Pattern label = optionalPattern(args.get(0, "label"), where);
		Pattern section = optionalPattern(args.named().get("section"), where);
		Object kind = args.named().get("kind");
		List<Object> result = new ArrayList<>();
		if (on.submission().getNarrative() == null) {
			return result;
		}
		ClaimKind wantedKind = null;
		if (kind != null) {
			wantedKind = ClaimKind.VALUES.stream().filter(k -> k.getName().equalsIgnoreCase(String.valueOf(kind)))
					.findFirst().orElse(null);
			if (wantedKind == null) {
				return result; // no claim is of a kind that does not exist
			}
		}
		for (Section s : on.submission().getNarrative().getSections()) {
			if (section != null && !Matches.find(section, on.heading(s))) {
				continue;
			}
			for (Claim claim : s.getClaims()) {
				if (wantedKind != null && claim.getKind() != wantedKind) {
					continue; // the cheap test before the pattern
				}
				if (label != null && !Matches.find(label, claim.getLabel())) {
					continue;
				}
				result.add(claim);
			}
		}
		return result;
	}

	private Object sections(DocumentContext on, Args args, EObject where) {
		Pattern title = optionalPattern(args.get(0, "title"), where);
		List<Object> result = new ArrayList<>();
		if (on.submission().getNarrative() != null) {
			for (Section s : on.submission().getNarrative().getSections()) {
				if (title == null || Matches.find(title, text(s.getTitle()))) {
					result.add(s);
				}
			}
		}
		return result;
	}

	// ---- members

	/** A member without arguments, as in message placeholders ({r.name}). */
	Object member(Object target, String member, EObject where) {
		return member(target, member, NO_ARGUMENTS, where);
	}

	Object member(Object target, String member, Args args, EObject where) {
		if (target instanceof Missing) {
			return target;
		}
		if (target instanceof List<?> list) {
			switch (member) {
			case "count", "size":
				return Amount.constant(BigDecimal.valueOf(list.size()));
			case "first":
				return list.isEmpty() ? new Missing("empty list") : list.get(0);
			case "last":
				return list.isEmpty() ? new Missing("empty list") : list.get(list.size() - 1);
			case "isEmpty":
				return list.isEmpty();
			default: // a member of a list applies to each element
				List<Object> mapped = new ArrayList<>(list.size());
				for (Object element : list) {
					Object v = member(element, member, args, where);
					if (v instanceof List<?> inner) {
						mapped.addAll(inner);
					} else {
						mapped.add(v);
					}
				}
				return mapped;
			}
		}
		if (target instanceof Amount && member.equals("value")) {
			return target; // a.value("执行率").value reads like c.value of a cell
		}
		if (target instanceof Submission s) {
			return submissionMember(s, member, args, where);
		} else if (target instanceof Table t) {
			return tableMember(t, member, args, where);
		} else if (target instanceof Row r) {
			return rowMember(r, member, args, where);
		} else if (target instanceof Cell c) {
			return switch (member) {
			case "value" -> doc.amountOf(c);
			case "raw" -> text(c.getRaw());
			case "line" -> Amount.constant(BigDecimal.valueOf(c.getLine()));
			case "blank" -> c.getState() == CellState.BLANK || c.getState() == CellState.PLACEHOLDER;
			case "column" -> c.getColumn();
			default -> unknownMember("cell", member, where);
			};
		} else if (target instanceof Column c) {
			return switch (member) {
			case "name" -> text(c.getName());
			case "number" -> text(c.getNumber());
			default -> unknownMember("column", member, where);
			};
		} else if (target instanceof Claim k) {
			if (member.equals("following") || member.equals("nearest")) {
				Pattern p = pattern(text(args.get(0, "label")), where);
				return member.equals("following") ? following(k, p) : nearest(k, p);
			}
			return claimMember(k, member, where);
		} else if (target instanceof Section s) {
			return switch (member) {
			case "title" -> text(s.getTitle());
			case "numbering" -> text(s.getNumbering());
			case "claims" -> new ArrayList<Object>(s.getClaims());
			case "line" -> Amount.constant(BigDecimal.valueOf(s.getFirstLine()));
			default -> unknownMember("section", member, where);
			};
		} else if (target instanceof Annex a) {
			return annexMember(a, member, args, where);
		} else if (target instanceof AnnexValue v) {
			return switch (member) {
			case "value" -> annexAmount(v);
			case "label" -> text(v.getLabel());
			case "line" -> Amount.constant(BigDecimal.valueOf(v.getLine()));
			default -> unknownMember("annex value", member, where);
			};
		} else if (target instanceof Indicator i) {
			return switch (member) {
			case "name" -> text(i.getName());
			case "weight" -> i.getWeight() == null ? new Missing("no weight at line " + i.getLine())
					: Amount.printed(i.getWeight(), BigDecimal.ONE, SourceRef.text(doc.file(), i.getLine(), null));
			case "score" -> i.getScore() == null ? new Missing("no score at line " + i.getLine())
					: Amount.printed(i.getScore(), BigDecimal.ONE, SourceRef.text(doc.file(), i.getLine(), null));
			default -> unknownMember("indicator", member, where);
			};
		}
		throw new RuleError("." + member + " cannot be applied to " + describe(target), where);
	}

	private Object submissionMember(Submission s, String member, Args args, EObject where) {
		DocumentContext on = context(s);
		switch (member) {
		case "tables":
			return new ArrayList<Object>(s.getTables());
		case "year":
			return Amount.constant(BigDecimal.valueOf(s.getYear()));
		case "kind":
			return s.getKind() == DisclosureKind.BUDGET ? "预算" : "决算";
		case "unit":
			return text(s.getUnitName());
		case "annexes":
			return new ArrayList<Object>(s.getAnnexes());
		case "claims", "sections", "table", "previous", "budget", "final", "department", "units":
			return builtin(member, args, on, where);
		default: // another document's table by its code: previous().公开01
			Table table = on.table(member);
			return table != null ? table : new Missing(member + " is not in " + on.file());
		}
	}

	private Object tableMember(Table t, String member, Args args, EObject where) {
		switch (member) {
		case "rows": {
			// rows(side: "收入", level: 1, after: "本年收入合计", until: "总计"): all filters optional
			Object side = args.named().get("side");
			Object level = args.named().get("level");
			Object after = args.named().get("after");
			Object until = args.named().get("until");
			boolean started = after == null;
			List<Object> rows = new ArrayList<>();
			for (Row r : t.getRows()) {
				if (side != null && !sideMatches(r.getSide(), text(side))) {
					continue;
				}
				if (!started) {
					started = Labels.same(r.getName(), text(after));
					continue;
				}
				if (until != null && Labels.same(r.getName(), text(until))) {
					break;
				}
				if (level != null && !(level instanceof Amount a && r.getLevel().getValue() == a.value().intValue())) {
					continue;
				}
				rows.add(r);
			}
			if (!started) {
				return new Missing("no row " + text(after) + " in " + doc.code(t));
			}
			return rows;
		}
		case "row":
			return findRow(t, args, where);
		case "rowsMatching": {
			Pattern p = pattern(String.valueOf(args.get(0, "pattern")), where);
			Object side = args.named().get("side");
			List<Object> rows = new ArrayList<>();
			for (Row r : t.getRows()) {
				if ((side == null || sideMatches(r.getSide(), text(side))) && Matches.find(p, Labels.normalize(r.getName()))) {
					rows.add(r);
				}
			}
			return rows;
		}
		case "columns":
			return new ArrayList<Object>(t.getColumns());
		case "amountColumns": {
			List<Object> columns = new ArrayList<>();
			for (Column c : t.getColumns()) {
				if (c.getRole() == ColumnRole.AMOUNT) {
					columns.add(c);
				}
			}
			return columns;
		}
		case "column": {
			Column c = findColumn(t, args.get(0, "key"));
			return c != null ? c : new Missing("no column " + args.get(0, "key") + " in " + doc.code(t));
		}
		case "code":
			return doc.code(t);
		case "title":
			return text(t.getTitle());
		case "notes": {
			List<Object> notes = new ArrayList<>();
			for (TableNote n : t.getNotes()) {
				notes.add(text(n.getText()));
			}
			return notes;
		}
		case "hasNote": {
			Pattern p = pattern(String.valueOf(args.get(0, "pattern")), where);
			return t.getNotes().stream().anyMatch(n -> p.matcher(text(n.getText())).find());
		}
		case "empty":
			return t.getRows().stream().flatMap(r -> r.getCells().stream()).noneMatch(
					c -> c.getState() == CellState.VALUE && c.getValue() != null && c.getValue().signum() != 0);
		case "line":
			return Amount.constant(BigDecimal.valueOf(t.getFirstLine()));
		default:
			return unknownMember("table", member, where);
		}
	}

	/** row("总计", side: "收入"), row(code: "2080505"), row(no: 8): exactly one row, else missing. */
	private Object findRow(Table t, Args args, EObject where) {
		Object label = args.get(0, "label");
		Object code = args.named().get("code");
		Object number = args.named().get("no");
		Object side = args.named().get("side");
		Row found = null;
		// by label (the usual look-up) only the rows of that name are candidates
		for (Row r : label != null ? doc.rowsNamed(t, text(label)) : t.getRows()) {
			if (side != null && !sideMatches(r.getSide(), text(side))) {
				continue;
			}
			if (code != null && !text(code).equals(r.getSubjectCode())) {
				continue;
			}
			if (number != null && !text(number).equals(r.getNumber())) {
				continue;
			}
			if (found != null) {
				return new Missing("more than one row matches " + describeArgs(args) + " in " + doc.code(t)
						+ " (lines " + found.getLine() + ", " + r.getLine() + ")");
			}
			found = r;
		}
		return found != null ? found : new Missing("no row " + describeArgs(args) + " in " + doc.code(t));
	}

	private static boolean sideMatches(Side side, String wanted) {
		return switch (wanted) {
		case "收入", "income" -> side == Side.INCOME;
		case "支出", "expenditure" -> side == Side.EXPENDITURE;
		default -> false;
		};
	}

	/** A column by 栏次 (a number) or by header text (spaces ignored; the whole header path is searched). */
	private Column findColumn(Table t, Object key) {
		if (key instanceof Amount a) {
			String number = a.value().stripTrailingZeros().toPlainString();
			for (Column c : t.getColumns()) {
				if (number.equals(c.getNumber())) {
					return c;
				}
			}
			return null;
		}
		return doc.columnNamed(t, String.valueOf(key));
	}

	private Object rowMember(Row r, String member, Args args, EObject where) {
		switch (member) {
		case "cell":
			return cell(r, args.get(0, "column"), where);
		case "cells":
			return new ArrayList<Object>(r.getCells());
		case "amounts": {
			List<Object> cells = new ArrayList<>();
			for (Cell c : r.getCells()) {
				if (c.getColumn() != null && c.getColumn().getRole() == ColumnRole.AMOUNT) {
					cells.add(c);
				}
			}
			return cells;
		}
		case "children":
			return new ArrayList<Object>(doc.children(r));
		case "hasChildren":
			return !doc.children(r).isEmpty();
		case "level":
			return Amount.constant(BigDecimal.valueOf(r.getLevel().getValue()));
		case "code":
			return text(r.getSubjectCode());
		case "name":
			return text(r.getName());
		case "number":
			return text(r.getNumber());
		case "side":
			return r.getSide() == Side.INCOME ? "收入" : r.getSide() == Side.EXPENDITURE ? "支出" : "";
		case "line":
			return Amount.constant(BigDecimal.valueOf(r.getLine()));
		case "table":
			return r.getTable();
		default:
			return unknownMember("row", member, where);
		}
	}

	private Object cell(Row r, Object key, EObject where) {
		if (key instanceof Missing) {
			return key;
		}
		if (key instanceof Column column) {
			List<Cell> cells = r.getCells();
			for (int i = 0; i < cells.size(); i++) { // indexed: the most frequent loop of a check
				if (cells.get(i).getColumn() == column) {
					return cells.get(i);
				}
			}
			// the column is there and the row printed nothing under it: a blank cell, which reads as zero
			return Amount.blank(SourceRef.cell(doc.file(), r.getLine(),
					r.getTable() == null ? null : doc.code(r.getTable()), DocumentContext.rowLabel(r), column.getName()));
		}
		Table t = r.getTable();
		Column column = t == null ? null : findColumn(t, key);
		if (column == null) {
			return new Missing("no column " + describe(key) + " in " + (t == null ? "?" : doc.code(t)));
		}
		return cell(r, column, where);
	}

	private Object claimMember(Claim k, String member, EObject where) {
		return switch (member) {
		case "value" -> doc.amountOf(k);
		case "signed" -> {
			Object a = doc.amountOf(k);
			yield k.getDirection() == Direction.DECREASE && a instanceof Amount x && x.value().signum() > 0
					? x.negate() : a;
		}
		case "label" -> text(k.getLabel());
		case "kind" -> k.getKind() == null ? ClaimKind.AMOUNT.getName() : k.getKind().getName().toLowerCase();
		case "unit" -> text(k.getUnit());
		case "direction" -> k.getDirection() == null ? "" : k.getDirection().getLiteral();
		case "sentence" -> text(k.getSentence());
		case "raw" -> text(k.getRaw());
		case "line" -> Amount.constant(BigDecimal.valueOf(k.getLine()));
		case "section" -> {
			Section s = doc.sectionOf(k);
			yield s == null ? "" : text(s.getTitle());
		}
		case "previous" -> neighbour(k, -1, null, null);
		case "next" -> neighbour(k, 1, null, null);
		// for a change or a rate: the amount it is about (本年), and for a rate the change it divides
		case "current" -> current(k);
		case "change" -> neighbour(k, -1, ClaimKind.CHANGE, null);
		default -> unknownMember("claim", member, where);
		};
	}

	/**
	 * The amount a change is about: the nearest amount before it in its section that has the change's label or is a
	 * 决算 figure ("支出决算为1.26万元 … 较上年决算减少1.271万元"); else the amount just before it in its paragraph.
	 */
	private Object current(Claim k) {
		Section section = doc.sectionOf(k);
		if (section == null) {
			return new Missing("claim outside a section");
		}
		List<Claim> claims = section.getClaims();
		for (int i = claims.indexOf(k) - 1; i >= 0; i--) {
			Claim c = claims.get(i);
			if (c.getKind() == ClaimKind.AMOUNT && c.getLabel() != null
					&& (c.getLabel().equals(k.getLabel()) || c.getLabel().endsWith("决算"))) {
				return c;
			}
		}
		for (int i = claims.indexOf(k) - 1; i >= 0 && claims.get(i).getLine() == k.getLine(); i--) {
			if (claims.get(i).getKind() == ClaimKind.AMOUNT) {
				return claims.get(i); // otherwise the amount just before it in the same paragraph
			}
		}
		return new Missing("no amount for the change '" + k.getRaw() + "' at line " + k.getLine());
	}

	/**
	 * The claims after {@code k} on the same line whose label matches (the parts a total is "其中" made of), up to the
	 * next amount that is not such a part.
	 */
	private Object following(Claim k, Pattern label) {
		Section section = doc.sectionOf(k);
		List<Object> result = new ArrayList<>();
		if (section == null) {
			return result;
		}
		List<Claim> claims = section.getClaims();
		for (int i = claims.indexOf(k) + 1; i < claims.size(); i++) {
			Claim c = claims.get(i);
			if (c.getLine() != k.getLine()) {
				break;
			}
			boolean part = Matches.find(label, c.getLabel());
			if (part) {
				result.add(c);
			} else if (c.getKind() == ClaimKind.AMOUNT) {
				break; // another amount that is no part: the next total begins
			}
		}
		return result;
	}

	/** The nearest claim before {@code k} in its sentence whose label matches. */
	private Object nearest(Claim k, Pattern label) {
		Section section = doc.sectionOf(k);
		if (section != null) {
			List<Claim> claims = section.getClaims();
			for (int i = claims.indexOf(k) - 1; i >= 0; i--) {
				Claim c = claims.get(i);
				if (c.getSentence() != null && !c.getSentence().equals(k.getSentence())) {
					break;
				}
				if (Matches.find(label, c.getLabel())) {
					return c;
				}
			}
		}
		return new Missing("no claim matching " + label + " before '" + k.getRaw() + "' at line " + k.getLine());
	}

	/** The nearest claim before (-1) or after (+1) in the same section, optionally of a kind and with a label. */
	private Object neighbour(Claim k, int step, ClaimKind kind, String label) {
		Section section = doc.sectionOf(k);
		if (section == null) {
			return new Missing("claim outside a section");
		}
		List<Claim> claims = section.getClaims();
		for (int i = claims.indexOf(k) + step; i >= 0 && i < claims.size(); i += step) {
			Claim c = claims.get(i);
			if ((kind == null || c.getKind() == kind) && (label == null || label.equals(c.getLabel()))) {
				return c;
			}
			if (kind == null) {
				break;
			}
		}
		return new Missing("no " + (kind == null ? "" : kind.getName().toLowerCase() + " ") + "claim "
				+ (step < 0 ? "before" : "after") + " '" + k.getRaw() + "' at line " + k.getLine());
	}

	private Object annexMember(Annex a, String member, Args args, EObject where) {
		switch (member) {
		case "title":
			return text(a.getTitle());
		case "project":
			return text(a.getProject());
		case "kind":
			return annexKind(a);
		case "claims": { // the narrative around the annex: the section it is printed in, or the one just before it
			Section around = null;
			if (doc.submission().getNarrative() != null) {
				for (Section s : doc.submission().getNarrative().getSections()) {
					if (s.getFirstLine() <= a.getFirstLine()) {
						around = s;
					}
				}
			}
			if (around == null) {
				return new ArrayList<>();
			}
			Pattern label = optionalPattern(args.get(0, "label"), where);
			Object kind = args.named().get("kind");
			List<Object> result = new ArrayList<>();
			for (Claim claim : around.getClaims()) {
				if ((label == null || Matches.find(label, claim.getLabel()))
						&& (kind == null || claim.getKind().getName().equalsIgnoreCase(text(kind)))) {
					result.add(claim);
				}
			}
			return result;
		}
		case "readable":
			return !a.getValues().isEmpty();
		case "line":
			return Amount.constant(BigDecimal.valueOf(a.getFirstLine()));
		case "values": { // a.values or a.values("\\.资金总额$"): the values whose label matches
			Object pattern = args.get(0, "label");
			List<Object> values = new ArrayList<>();
			Pattern p = optionalPattern(pattern, where);
			for (AnnexValue v : a.getValues()) {
				if (p == null || Matches.find(p, v.getLabel())) {
					values.add(v);
				}
			}
			return values;
		}
		case "indicators":
			return new ArrayList<Object>(a.getIndicators());
		case "value": {
			Pattern p = pattern(String.valueOf(args.get(0, "label")), where);
			for (AnnexValue v : a.getValues()) {
				if (Matches.find(p, v.getLabel())) {
					return annexAmount(v);
				}
			}
			return new Missing("no value " + args.get(0, "label") + " in annex " + a.getTitle());
		}
		default:
			return unknownMember("annex", member, where);
		}
	}

	private static String annexKind(Annex a) {
		return switch (a.getKind()) {
		case PROJECT_SELF_EVALUATION -> "project";
		case DEPARTMENT_SELF_EVALUATION -> "department";
		case PROJECT_TARGET -> "target";
		default -> "other";
		};
	}

	private Object annexAmount(AnnexValue v) {
		if (v.getValue() == null) {
			return new Missing("unreadable annex value '" + v.getLabel() + "' at line " + v.getLine());
		}
		// money in an annex printed in 元 is compared in 万元 like everything else; rates and scores stay as printed
		boolean yuan = v.eContainer() instanceof Annex a && a.getValues().stream()
				.anyMatch(u -> "金额单位".equals(u.getLabel()) && "元".equals(u.getRaw()));
		boolean money = v.getLabel() != null && !v.getLabel().matches(".*(执行率|分值|得分|总分|等级)$");
		BigDecimal factor = yuan && money ? new BigDecimal("0.0001") : BigDecimal.ONE;
		return Amount.printed(v.getValue(), factor, SourceRef.text(doc.file(), v.getLine(), "附件"));
	}

	private static Object unknownMember(String type, String member, EObject where) {
		throw new RuleError("a " + type + " has no member ." + member, where);
	}

	// ---- operators

	private Object index(Object target, Object key, EObject where) {
		if (target instanceof Missing) {
			return target;
		}
		if (target instanceof Row r) {
			return cell(r, key, where);
		}
		if (target instanceof Table t) {
			return findRow(t, new Args(List.of(key), Map.of()), where);
		}
		if (target instanceof List<?> list) { // like a member, an index applies to every element of a list
			List<Object> mapped = new ArrayList<>(list.size());
			for (Object element : list) {
				mapped.add(index(element, key, where));
			}
			return mapped;
		}
		throw new RuleError("[…] cannot be applied to " + describe(target), where);
	}

	private Object unary(Unary u, Scope scope) {
		Object v = eval(u.getOperand(), scope);
		if (v instanceof Missing) {
			return v;
		}
		if (u.getOp().equals("not")) {
			return !truth(v, u);
		}
		Object a = amount(v, u);
		return a instanceof Amount x ? x.negate() : a;
	}

	private Object binary(Binary b, Scope scope) {
		String op = b.getOp();
		Object left = eval(b.getLeft(), scope);
		if (op.equals("and") || op.equals("or")) {
			if (left instanceof Missing) {
				return left;
			}
			boolean l = truth(left, b);
			if (op.equals("and") ? !l : l) {
				return l;
			}
			Object right = eval(b.getRight(), scope);
			return right instanceof Missing ? right : truth(right, b);
		}
		Object right = eval(b.getRight(), scope);
		if (left instanceof Missing) {
			return left;
		}
		if (right instanceof Missing) {
			return right;
		}
		if (op.equals("+") && (left instanceof String || right instanceof String)) {
			return text(left) + text(right); // building a pattern or a label
		}
		if ((op.equals("==") || op.equals("!=")) && !(isNumeric(left) && isNumeric(right))) {
			boolean equal = text(left).equals(text(right));
			return op.equals("==") == equal;
		}
		Object la = amount(left, b);
		Object ra = amount(right, b);
		if (la instanceof Missing) {
			return la;
		}
		if (ra instanceof Missing) {
			return ra;
		}
		Amount x = (Amount) la;
		Amount y = (Amount) ra;
		return switch (op) {
		case "+" -> x.plus(y);
		case "-" -> x.minus(y);
		case "*" -> x.times(y);
		case "/" -> {
			Amount q = x.dividedBy(y);
			yield q != null ? q : new Missing("division by zero (" + y.formula() + ")");
		}
		case "==" -> x.value().compareTo(y.value()) == 0;
		case "!=" -> x.value().compareTo(y.value()) != 0;
		case "<" -> x.value().compareTo(y.value()) < 0;
		case "<=" -> x.value().compareTo(y.value()) <= 0;
		case ">" -> x.value().compareTo(y.value()) > 0;
		case ">=" -> x.value().compareTo(y.value()) >= 0;
		default -> throw new RuleError("unknown operator " + op, b);
		};
	}

	// ---- conversions

	private static boolean isNumeric(Object v) {
		return v instanceof Amount || v instanceof Cell || v instanceof Claim || v instanceof AnnexValue;
	}

	/** A value as an amount: cells and claims give their printed number; missing stays missing. */
	Object amount(Object v, EObject where) {
		if (v instanceof Amount || v instanceof Missing) {
			return v;
		}
		if (v instanceof Cell c) {
			Object known = doc.knownAmount(c); // most cells are this document's, read several times
			return known != null ? known : context(c).amountOf(c);
		}
		if (v instanceof Claim k) {
			return context(k).amountOf(k);
		}
		if (v instanceof AnnexValue a) {
			return annexAmount(a);
		}
		if (v == null) {
			return new Missing("no value");
		}
		throw new RuleError("a number is needed here, not " + describe(v), where);
	}

	boolean truth(Object v, EObject where) {
		if (v instanceof Boolean b) {
			return b;
		}
		throw new RuleError("a condition (true/false) is needed here, not " + describe(v), where);
	}

	private DocumentContext context(EObject element) {
		EObject root = element;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		return root instanceof Submission s ? context(s) : doc;
	}

	private DocumentContext context(Submission s) {
		return doc.contextOf(s);
	}

	private static List<Object> flatten(List<Object> values) {
		List<Object> flat = new ArrayList<>();
		flattenInto(values, flat);
		return flat;
	}

	private static void flattenInto(List<?> values, List<Object> flat) {
		for (Object v : values) {
			if (v instanceof List<?> list) {
				flattenInto(list, flat);
			} else {
				flat.add(v);
			}
		}
	}

	private static Pattern optionalPattern(Object value, EObject where) {
		return value == null ? null : pattern(String.valueOf(value), where);
	}

	/** Rules name the same few patterns for every document: compile each once (bounded, in case rules compute them). */
	private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

	private static Pattern pattern(String regex, EObject where) {
		Pattern known = PATTERNS.get(regex);
		if (known != null) {
			return known;
		}
		try {
			Pattern compiled = Pattern.compile(regex);
			if (PATTERNS.size() >= 10_000) {
				PATTERNS.clear();
			}
			PATTERNS.put(regex, compiled);
			return compiled;
		} catch (PatternSyntaxException e) {
			throw new RuleError("not a valid pattern: " + regex, where);
		}
	}

	static String text(Object v) {
		if (v == null) {
			return "";
		}
		if (v instanceof Amount a) {
			return Amount.plain(a.value());
		}
		return String.valueOf(v);
	}

	private static String describeArgs(Args args) {
		List<String> parts = new ArrayList<>();
		args.positional().forEach(p -> parts.add('"' + text(p) + '"'));
		args.named().forEach((k, v) -> parts.add(k + ": " + text(v)));
		return "(" + String.join(", ", parts) + ")";
	}

	/** How a value is shown in messages. */
	String describe(Object v) {
		if (v instanceof Row r) {
			return DocumentContext.rowLabel(r);
		} else if (v instanceof Table t) {
			return doc.code(t);
		} else if (v instanceof Claim k) {
			return text(k.getRaw() != null ? k.getRaw() : k.getLabel());
		} else if (v instanceof Cell c) {
			return text(c.getRaw());
		} else if (v instanceof Column c) {
			return text(c.getName());
		} else if (v instanceof Section s) {
			return text(s.getTitle());
		} else if (v instanceof Submission s) {
			return text(s.getUnitName()) + " " + s.getYear();
		} else if (v instanceof Missing m) {
			return "?";
		} else if (v instanceof List<?> list) {
			return "a list of " + list.size();
		}
		return text(v);
	}
}
