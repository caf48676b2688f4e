package org.fiscallens.ui.editor;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.fiscallens.review.SubmissionEntry;
import org.fiscallens.ui.Messages;

/**
 * A document of the review workspace, named by its index entry; two inputs on the same document are equal. Open editors
 * are saved with the workbench and reopened on the same document at the next start ({@link DisclosureInputFactory}).
 */
public final class DisclosureEditorInput implements IEditorInput, IPersistableElement {

	private final SubmissionEntry entry;

	public DisclosureEditorInput(SubmissionEntry entry) {
		this.entry = entry;
	}

	public SubmissionEntry entry() {
		return entry;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return entry.unitName() + " " + entry.year() + " " + Messages.get("status." + entry.kind().getLiteral());
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getFactoryId() {
		return DisclosureInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		DisclosureInputFactory.save(entry, memento);
	}

	@Override
	public String getToolTipText() {
		return getName() + "\n" + entry.sourcePath();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(entry) ? adapter.cast(entry) : null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DisclosureEditorInput other && other.entry.id().equals(entry.id());
	}

	@Override
	public int hashCode() {
		return entry.id().hashCode();
	}
}
