package org.fiscallens.memo;

/** Progress of an export, one step per document written; {@link #cancelled()} stops it between documents. */
public interface Progress {

	Progress NONE = (done, total, current) -> {
	};

	void worked(int done, int total, String current);

	default boolean cancelled() {
		return false;
	}
}
