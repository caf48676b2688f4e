package org.fiscallens.rules.interpreter;

import java.util.HashMap;
import java.util.Map;

/** Variables in force while a rule runs: for-each variables, lets, function parameters. Immutable, nested. */
final class Scope {

	private final Scope parent;
	private final Map<String, Object> values;

	private Scope(Scope parent, Map<String, Object> values) {
		this.parent = parent;
		this.values = values;
	}

	static Scope empty() {
		return new Scope(null, Map.of());
	}

	Scope with(String name, Object value) {
		Map<String, Object> one = new HashMap<>(2);
		one.put(name, value);
		return new Scope(this, one);
	}

	boolean has(String name) {
		for (Scope s = this; s != null; s = s.parent) {
			if (s.values.containsKey(name)) {
				return true;
			}
		}
		return false;
	}

	Object get(String name) {
		for (Scope s = this; s != null; s = s.parent) {
			if (s.values.containsKey(name)) {
				return s.values.get(name);
			}
		}
		return null;
	}
}
