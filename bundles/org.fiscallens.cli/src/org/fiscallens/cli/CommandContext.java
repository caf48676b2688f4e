package org.fiscallens.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** Where a command writes and against which directory its relative paths are resolved. */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory) {

	/** A path as the user typed it, resolved against the working directory. */
	public Path resolve(String path) {
		return workingDirectory.resolve(path).normalize();
	}
}
