package org.fiscallens.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/** A page of the disclosure editor, built the first time it is shown (or something on it is selected). */
abstract class EditorPage {

	final DisclosureEditor editor;
	final Composite holder;
	private boolean created;

	/** @param stacked whether the page stacks a caption above its content (else the content fills it) */
	EditorPage(DisclosureEditor editor, Composite parent, boolean stacked) {
		this.editor = editor;
		holder = new Composite(parent, SWT.NONE);
		if (stacked) {
			GridLayout layout = new GridLayout(1, false);
			layout.marginWidth = 0;
			layout.marginHeight = 0;
			holder.setLayout(layout);
		} else {
			holder.setLayout(new FillLayout());
		}
	}

	Composite control() {
		return holder;
	}

	public boolean isCreated() {
		return created;
	}

	/** Builds the page's content (once). */
	public void create() {
		if (!created) {
			created = true;
			build();
			holder.layout(true, true);
		}
	}

	abstract void build();
}
