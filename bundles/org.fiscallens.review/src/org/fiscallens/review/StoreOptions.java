package org.fiscallens.review;

import java.util.Objects;

/**
 * How a {@link ReviewWorkspace} reads documents and reports its write steps. {@link #defaults()} is what the workbench
 * and the CLI use.
 */
public record StoreOptions(DocumentParser parser, WriteStepListener steps) {
    public StoreOptions {
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(steps, "steps");
    }

    public static StoreOptions defaults() {
        return new StoreOptions(DefaultParser.create(), WriteStepListener.NONE);
    }

    public StoreOptions withParser(DocumentParser newParser) {
        return new StoreOptions(newParser, steps);
    }

    public StoreOptions withSteps(WriteStepListener newSteps) {
        return new StoreOptions(parser, newSteps);
    }
}
