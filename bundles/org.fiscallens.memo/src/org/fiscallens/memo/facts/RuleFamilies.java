package org.fiscallens.memo.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.RuleFile;

/**
 * The relation family of each rule of the standard library, from the package of its file ({@code package 决算.表内}
 * → 表内). The review record names a rule without its package, so the family is looked up by kind and name.
 */
final class RuleFamilies {

	private static volatile Map<String, String> families;

	private RuleFamilies() {
	}

	/** The family of a rule, or null when the standard library has no such rule. */
	static String family(String kindLiteral, String rule) {
		return families().get(("budget".equals(kindLiteral) ? "预算" : "决算") + "|" + rule);
	}

	private static Map<String, String> families() {
		if (families == null) {
			synchronized (RuleFamilies.class) {
				if (families == null) {
					Map<String, String> map = new HashMap<>();
					try {
						for (Rule rule : RuleLibrary.standard().rules()) {
							if (rule.eContainer() instanceof RuleFile file && file.getName() != null) {
								String[] parts = file.getName().split("\\.");
								if (parts.length >= 2) {
									map.put(parts[0] + "|" + rule.getName(), parts[1]);
								}
							}
						}
					} catch (IOException e) {
						throw new UncheckedIOException("the standard rule library cannot be read", e);
					}
					families = map;
				}
			}
		}
		return families;
	}
}
