package org.fiscallens.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.fiscallens.model.review.FindingRecord;

/**
 * What the disclosure editor publishes when the reviewer selects a place in a document (a cell, a claim, a source
 * line): the findings there, and a description of the place, so the findings view can list them and say where they
 * are.
 */
public final class LocationSelection extends StructuredSelection {

	private final String submissionId;
	private final String place;

	public LocationSelection(String submissionId, String place, List<FindingRecord> findings) {
		super(findings);
		this.submissionId = submissionId;
		this.place = place;
	}

	public String submissionId() {
		return submissionId;
	}

	/** The place as a reviewer reads it, e.g. {@code 公开06 30199 其他工资福利支出 · 决算数}. */
	public String place() {
		return place;
	}

	@SuppressWarnings("unchecked")
	public List<FindingRecord> findings() {
		return (List<FindingRecord>) toList();
	}
}
