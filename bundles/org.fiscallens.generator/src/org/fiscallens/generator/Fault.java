package org.fiscallens.generator;

/**
 * A fault injected into a document: the relation family it breaks (1–7 of domain.md §4), its kind, what was changed,
 * and the 1-based line a reviewer would look at (the manifest line).
 */
public record Fault(int family, String kind, String description, int line) {
}
