package org.fiscallens.ui.operations;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.swt.widgets.Display;

/** Edit › 撤销 / 重做 (Ctrl+Z, Ctrl+Y): the review edits of the workbench's operation history. */
public abstract class UndoRedoHandler extends AbstractHandler {

	private final IOperationHistoryListener listener = event -> {
		if (Display.getCurrent() != null) {
			update();
		} else {
			Display.getDefault().asyncExec(this::update);
		}
	};

	protected UndoRedoHandler() {
		ReviewOperation.history().addOperationHistoryListener(listener);
		update();
	}

	private void update() {
		setBaseEnabled(can());
	}

	protected abstract boolean can();

	/** Asked live: the history changes with every edit (the listener only tells menus to look again). */
	@Override
	public boolean isEnabled() {
		return can();
	}

	@Override
	public void dispose() {
		ReviewOperation.history().removeOperationHistoryListener(listener);
		super.dispose();
	}

	/** Takes back the last review edit. */
	public static class Undo extends UndoRedoHandler {
		@Override
		protected boolean can() {
			return ReviewOperation.history().canUndo(ReviewOperation.undoContext());
		}

		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			return ReviewOperation.history().undo(ReviewOperation.undoContext(), null, null);
		}
	}

	/** Makes the last undone review edit again. */
	public static class Redo extends UndoRedoHandler {
		@Override
		protected boolean can() {
			return ReviewOperation.history().canRedo(ReviewOperation.undoContext());
		}

		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			return ReviewOperation.history().redo(ReviewOperation.undoContext(), null, null);
		}
	}
}
