package org.fiscallens.rules.ide.highlighting;

/**
 * The semantic styles of rule files. Their ids are LSP semantic token types, so the language server can send them as
 * they are; the workbench editor maps each id to a colour.
 */
public final class RulesHighlightingStyles {

	/** A table of the catalogue: 公开01, 表一. */
	public static final String TABLE = "type";
	/** A column key of a known table: r["基本支出"]. */
	public static final String COLUMN = "enumMember";
	/** A built-in function: sum, claims. */
	public static final String FUNCTION = "function";
	/** A definition of the library (where it is declared and where it is used). */
	public static final String DEFINITION = "macro";
	/** A variable: for-each, let, parameter. */
	public static final String VARIABLE = "variable";

	private RulesHighlightingStyles() {
	}
}
