package org.fiscallens.model.catalogue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Remembers the results of a pure text function. Label and title normalization runs regular expressions on the same
 * few thousand labels millions of times over a province (a third of the import and check time in a profile); a lookup
 * costs a hash. Thread-safe; bounded (forgets everything when full, so odd inputs cannot grow it without end).
 */
public final class TextMemo {

    private static final int LIMIT = 200_000;

    private final Map<String, String> results = new ConcurrentHashMap<>();
    private final UnaryOperator<String> function;

    public TextMemo(UnaryOperator<String> function) {
        this.function = function;
    }

    public String apply(String text) {
        String known = results.get(text);
        if (known != null) {
            return known;
        }
        String computed = function.apply(text);
        if (results.size() >= LIMIT) {
            results.clear();
        }
        results.put(text, computed);
        return computed;
    }
}
