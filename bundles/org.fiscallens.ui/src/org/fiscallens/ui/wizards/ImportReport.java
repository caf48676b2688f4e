package org.fiscallens.ui.wizards;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fiscallens.model.review.FindingSeverity;

/**
 * What an import did, for the summary a reviewer reads afterwards: documents imported, replaced and failed, every
 * {@code file:line: message} (a failed document never stopped the others), and the findings of the imported documents.
 */
public final class ImportReport {

	/** One imported document with the importer's diagnostics ({@code file:line: message}) and its findings. */
	public record Document(String file, String unit, int year, String kind, List<String> diagnostics,
			Map<FindingSeverity, Integer> findings, int rounding) {
	}

	int imported;
	int replaced;
	int failed;
	int unchanged;
	boolean cancelled;
	final List<String> messages = new ArrayList<>();
	final List<Document> documents = new ArrayList<>();

	public int imported() {
		return imported;
	}

	public int replaced() {
		return replaced;
	}

	public int failed() {
		return failed;
	}

	public int unchanged() {
		return unchanged;
	}

	public boolean cancelled() {
		return cancelled;
	}

	/** {@code file:line: message} for every failure and every error the importer reported. */
	public List<String> messages() {
		return messages;
	}

	public List<Document> documents() {
		return documents;
	}

	/** The findings of the imported documents by severity (rounding tails left out). */
	public Map<FindingSeverity, Integer> findings() {
		Map<FindingSeverity, Integer> total = new EnumMap<>(FindingSeverity.class);
		documents.forEach(d -> d.findings().forEach((s, n) -> total.merge(s, n, Integer::sum)));
		return total;
	}

	public int rounding() {
		return documents.stream().mapToInt(Document::rounding).sum();
	}
}
