package org.fiscallens.ui.editor;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.ui.Messages;

/**
 * The original text of a document, read from the file it was imported from, as lines (line 1 is index 0). When the
 * file is gone or has changed since the import, {@link #problem()} says so: line numbers may then no longer match.
 */
public record DocumentSource(List<String> lines, String problem) {

	public static DocumentSource read(Submission document, String path) {
		if (path == null || path.isEmpty()) {
			return new DocumentSource(List.of(), Messages.get("editor.source.none"));
		}
		Path file = Path.of(path);
		try {
			byte[] bytes = Files.readAllBytes(file);
			Charset charset = charset(document);
			String text = new String(bytes, charset);
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1); // the importer skips a byte-order mark too
			}
			List<String> lines = text.lines().toList();
			String expected = document.getSource() == null ? null : document.getSource().getSha256();
			String problem = expected != null && !expected.equalsIgnoreCase(sha256(bytes))
					? Messages.format("editor.source.changed", path)
					: null;
			return new DocumentSource(lines, problem);
		} catch (IOException | RuntimeException e) {
			return new DocumentSource(List.of(), Messages.format("editor.source.unreadable", path, e.getMessage()));
		}
	}

	private static Charset charset(Submission document) {
		String name = document.getSource() == null ? null : document.getSource().getEncoding();
		try {
			return name == null || name.isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(name);
		} catch (RuntimeException e) {
			return StandardCharsets.UTF_8;
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A 1-based line's text, or "" beyond the end. */
	public String line(int line) {
		return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
	}
}
