package org.fiscallens.model.catalogue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of a text. Label and title normalization runs regular expressions on the
 * same few thousand labels millions of times over a province (a third of the import and check time in a profile); a
 * lookup costs a hash. Thread-safe; bounded (forgets everything when full, so odd inputs cannot grow it without end).
 *
 * @param <R> the result (never null)
 */
public final class TextMemo<R> {

    private static final int LIMIT = 200_000;

    private final Map<String, R> results = new ConcurrentHashMap<>();
    private final Function<String, R> function;
    private final int limit;

    public TextMemo(Function<String, R> function) {
        this(function, LIMIT);
    }

    /** @param limit how many results it keeps at most */
    public TextMemo(Function<String, R> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    public R apply(String text) {
        R known = results.get(text);
        if (known != null) {
            return known;
        }
        R computed = function.apply(text);
        if (results.size() >= limit) {
            results.clear();
        }
        results.put(text, computed);
        return computed;
    }
}
