package org.fiscallens.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The selection of a part that has no viewer to provide it (an editor's pages, a dashboard's charts): it holds what was
 * selected last and tells the listeners, so the findings and details views follow.
 */
public final class PartSelection implements ISelectionProvider {

	private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
		listeners.forEach(l -> l.selectionChanged(event));
	}

	/** The part's first selection, set before anyone listens (so nobody is told). */
	public void initialize(ISelection initial) {
		selection = initial;
	}
}
