package org.fiscallens.rules.interpreter;

/**
 * Variables in force while a rule runs: for-each variables, lets, function parameters. Immutable: each binding is a
 * link to the scope it extends (a rule binds a handful of names, so a walk beats a map per binding).
 */
final class Scope {

	private static final Scope EMPTY = new Scope(null, null, null);

	private final Scope parent;
	private final String name;
	private final Object value;

	private Scope(Scope parent, String name, Object value) {
		this.parent = parent;
		this.name = name;
		this.value = value;
	}

	static Scope empty() {
		return EMPTY;
	}

	Scope with(String name, Object value) {
		return new Scope(this, name, value);
	}

	private Scope binding(String wanted) {
		for (Scope s = this; s.parent != null; s = s.parent) {
			if (s.name.equals(wanted)) {
				return s;
			}
		}
		return null;
	}

	boolean has(String name) {
		return binding(name) != null;
	}

	Object get(String name) {
		Scope s = binding(name);
		return s == null ? null : s.value;
	}
}
