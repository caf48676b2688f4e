package org.fiscallens.rules.ide.docs;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.fiscallens.model.disclosure.CatalogueColumn;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.rules.Builtins;

/** What a word of a rule file refers to: a catalogue table or column, a built-in, or a declaration in the library. */
public sealed interface Referent {

	/** A table of the catalogue (公开01, 表一, or an alias). */
	record Table(CatalogueEntry entry) implements Referent {
	}

	/** A column of a catalogue table, named in {@code r["基本支出"]} or {@code r.cell("基本支出")}. */
	record Column(CatalogueEntry table, CatalogueColumn column) implements Referent {
	}

	/** A built-in function: {@code sum(…)}, {@code claims(…)}, … */
	record Function(Builtins.Word word) implements Referent {
	}

	/** A name that is always defined ({@code document}). */
	record BuiltinName(Builtins.Word word) implements Referent {
	}

	/** A member ({@code .rows}, {@code .value}, …), with its meaning for each kind of value that has it. */
	record Member(String name, Map<String, Builtins.Word> byKind) implements Referent {
	}

	/** A rule, a definition or a variable (for-each, let, parameter) declared in the library. */
	record Declaration(EObject declaration) implements Referent {
	}

	/** A referent and the text that names it (offsets in the document). */
	record Located(Referent referent, int offset, int length) {
	}
}
