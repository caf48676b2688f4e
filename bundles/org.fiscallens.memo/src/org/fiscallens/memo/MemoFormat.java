package org.fiscallens.memo;

import java.util.Locale;

/** The formats a memo is written in: DOCX for the reviewers (Word), HTML for the web, Markdown for archives. */
public enum MemoFormat {
	DOCX("docx"), HTML("html"), MD("md");

	private final String extension;

	MemoFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	public static MemoFormat of(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}
}
