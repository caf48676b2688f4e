package org.fiscallens.rules.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.rules.ui.RuleFolders;

/**
 * A rule file opened in the editor: one of the user's files (editable, saved to disk) or a file of the standard
 * library (read-only). Its name is the one the library gives it, so findings and problems name it the same way.
 */
public final class RuleEditorInput implements IEditorInput {

	private final String name;
	private final Path file;
	private final RuleSource standard;

	private RuleEditorInput(String name, Path file, RuleSource standard) {
		this.name = name;
		this.file = file;
		this.standard = standard;
	}

	public static RuleEditorInput ofUserFile(Path file) {
		return new RuleEditorInput(RuleFolders.userName(file), file.toAbsolutePath(), null);
	}

	public static RuleEditorInput ofStandard(RuleSource source) {
		return new RuleEditorInput(source.name(), null, source);
	}

	/** The library's name of the file: {@code 我的规则/…} or {@code standard/…}. */
	public String libraryName() {
		return name;
	}

	public boolean isReadOnly() {
		return file == null;
	}

	/** The file on disk, or null for a file of the standard library. */
	public Path file() {
		return file;
	}

	String read() throws IOException {
		return file != null ? Files.readString(file, StandardCharsets.UTF_8) : standard.text();
	}

	void write(String text) throws IOException {
		if (file == null) {
			throw new IOException(name + " belongs to the standard library and is read-only");
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/** The file as a library source with the given (possibly unsaved) text; test fixtures resolve next to it. */
	public RuleSource sourceWith(String text) {
		if (file == null) {
			return new RuleSource(name, text, standard.fixtures());
		}
		Path folder = file.getParent();
		return new RuleSource(name, text, relative -> Files.readAllBytes(folder.resolve(relative)));
	}

	@Override
	public boolean exists() {
		return file == null || Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name.substring(name.lastIndexOf('/') + 1);
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file != null ? file.toString() : name;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RuleEditorInput input && input.name.equals(name);
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}
}
