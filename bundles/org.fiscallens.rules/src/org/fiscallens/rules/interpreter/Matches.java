package org.fiscallens.rules.interpreter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.fiscallens.model.catalogue.TextMemo;

/**
 * Whether a rule's pattern is found in a label, remembered: the rules ask the same few patterns about the same few
 * thousand claim labels and headings in every document of a province, and a look-up costs a hash where a search
 * costs a walk of the regular expression. Thread-safe; bounded (forgets a pattern's answers when it has too many).
 */
final class Matches {

	private static final int LIMIT = 50_000;
	private static final int PATTERNS = 2_000;
	private static final Map<Pattern, TextMemo<Boolean>> ANSWERS = new ConcurrentHashMap<>();

	private Matches() {
	}

	/** {@code pattern.matcher(text).find()}; false for a null text. */
	static boolean find(Pattern pattern, String text) {
		if (text == null) {
			return false;
		}
		TextMemo<Boolean> answers = ANSWERS.get(pattern);
		if (answers == null) {
			if (ANSWERS.size() >= PATTERNS) {
				ANSWERS.clear(); // rules that compute their patterns from the data must not grow this without end
			}
			answers = ANSWERS.computeIfAbsent(pattern, p -> new TextMemo<>(t -> p.matcher(t).find(), LIMIT));
		}
		return answers.apply(text);
	}
}
