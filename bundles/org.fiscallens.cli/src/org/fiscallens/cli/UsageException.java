package org.fiscallens.cli;

/** Wrong arguments: reported with the command's usage, exit code 2. */
public class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
