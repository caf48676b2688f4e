package org.fiscallens.rules.ide.model;

import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.fiscallens.model.catalogue.TableCatalogue;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.rules.Builtins;
import org.fiscallens.rules.rules.Call;
import org.fiscallens.rules.rules.Expression;
import org.fiscallens.rules.rules.ForEach;
import org.fiscallens.rules.rules.Index;
import org.fiscallens.rules.rules.Let;
import org.fiscallens.rules.rules.ListLiteral;
import org.fiscallens.rules.rules.NameRef;
import org.fiscallens.rules.rules.Navigation;
import org.fiscallens.rules.rules.StringLiteral;

/**
 * What an expression stands for, as far as it can be seen without running the rule: the catalogue table its rows come
 * from (for column completion and hover), and the kind of value it is (a key of {@link Builtins#MEMBERS}, for member
 * completion). Lists answer with the kind of their elements, because a member applies to every element of a list.
 */
public final class ValueKinds {

	public static final String DOCUMENT = "document";
	public static final String TABLE = "table";
	public static final String ROW = "row";
	public static final String CELL = "cell";
	public static final String COLUMN = "column";
	public static final String CLAIM = "claim";
	public static final String SECTION = "section";
	public static final String ANNEX = "annex";

	private static final Set<String> ROWS_OF_TABLE = Set.of("rows", "row", "rowsMatching", "children", "first", "last");
	private static final int MAX_DEPTH = 20;

	private ValueKinds() {
	}

	/** The table a name stands for when no variable hides it: a code, alias or title of the catalogue. */
	public static Optional<CatalogueEntry> table(String name) {
		return name == null ? Optional.empty() : TableCatalogue.standard().lookup(name);
	}

	/** The catalogue table an expression's rows or cells come from, when it can be seen. */
	public static Optional<CatalogueEntry> tableOf(Expression e) {
		return tableOf(e, 0);
	}

	private static Optional<CatalogueEntry> tableOf(Expression e, int depth) {
		if (e == null || depth > MAX_DEPTH) {
			return Optional.empty();
		}
		if (e instanceof NameRef ref) {
			EObject binding = NamesInScope.variables(ref).get(ref.getName());
			if (binding instanceof ForEach f) {
				return tableOf(f.getSource(), depth + 1);
			}
			if (binding instanceof Let l) {
				return tableOf(l.getValue(), depth + 1);
			}
			return binding == null ? table(ref.getName()) : Optional.empty();
		}
		if (e instanceof Navigation n && ROWS_OF_TABLE.contains(n.getMember())) {
			return tableOf(n.getTarget(), depth + 1);
		}
		if (e instanceof Index i) {
			return tableOf(i.getTarget(), depth + 1);
		}
		if (e instanceof Call c && "table".equals(c.getFunction()) && c.getArguments().size() == 1
				&& c.getArguments().get(0).getValue() instanceof StringLiteral s) {
			return table(s.getValue());
		}
		return Optional.empty();
	}

	/** The kind of value (of its elements, for a list) an expression stands for, when it can be seen. */
	public static Optional<String> kindOf(Expression e) {
		return kindOf(e, 0);
	}

	private static Optional<String> kindOf(Expression e, int depth) {
		if (e == null || depth > MAX_DEPTH) {
			return Optional.empty();
		}
		if (e instanceof NameRef ref) {
			EObject binding = NamesInScope.variables(ref).get(ref.getName());
			if (binding instanceof ForEach f) {
				return kindOf(f.getSource(), depth + 1);
			}
			if (binding instanceof Let l) {
				return kindOf(l.getValue(), depth + 1);
			}
			if (binding == null && Builtins.NAMES.containsKey(ref.getName())) {
				return Optional.of(DOCUMENT);
			}
			return binding == null && table(ref.getName()).isPresent() ? Optional.of(TABLE) : Optional.empty();
		}
		if (e instanceof ListLiteral list && !list.getElements().isEmpty()) {
			return kindOf(list.getElements().get(0), depth + 1);
		}
		if (e instanceof Index i) {
			Optional<String> target = kindOf(i.getTarget(), depth + 1);
			return target.filter(ROW::equals).map(k -> CELL);
		}
		if (e instanceof Call c) {
			return Optional.ofNullable(switch (c.getFunction()) {
			case "table" -> TABLE;
			case "claims" -> CLAIM;
			case "sections" -> SECTION;
			case "annexes" -> ANNEX;
			case "previous", "budget", "final", "department", "units" -> DOCUMENT;
			default -> null;
			});
		}
		if (e instanceof Navigation n) {
			String member = n.getMember();
			if (member == null) {
				return Optional.empty();
			}
			Optional<String> target = kindOf(n.getTarget(), depth + 1);
			return Optional.ofNullable(switch (member) {
			case "rows", "row", "rowsMatching", "children" -> ROW;
			case "first", "last" -> target.orElse(null);
			case "cell", "cells", "amounts" -> CELL;
			case "columns", "amountColumns", "column" -> COLUMN;
			// d.previous() is the previous year's document; k.previous the claim before
			case "previous" -> target.filter(DOCUMENT::equals).isPresent() ? DOCUMENT : CLAIM;
			case "claims", "following", "nearest", "next", "current", "change" -> CLAIM;
			case "sections" -> SECTION;
			case "annexes" -> ANNEX;
			case "tables", "table" -> TABLE;
			case "budget", "final", "department", "units" -> DOCUMENT;
			default -> table(member).isPresent() ? TABLE : null;
			});
		}
		return Optional.empty();
	}
}
