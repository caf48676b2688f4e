package org.fiscallens.ui.operations;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;
import org.fiscallens.ui.Messages;

/** Edit › 撤销 / 重做 (Ctrl+Z, Ctrl+Y): the review edits of the workbench's operation history. */
public abstract class UndoRedoHandler extends AbstractHandler implements IElementUpdater {

	private final IOperationHistoryListener listener = event -> {
		if (Display.getCurrent() != null) {
			update();
		} else {
			Display.getDefault().asyncExec(this::update);
		}
	};

	protected UndoRedoHandler() {
		ReviewOperation.history().addOperationHistoryListener(listener);
		setBaseEnabled(can());
	}

	private void update() {
		setBaseEnabled(can());
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		if (commands != null) {
			commands.refreshElements(commandId(), null);
		}
	}

	protected abstract String commandId();

	/** The edit it would take back or make again, e.g. 撤销 标为确认. */
	protected abstract IUndoableOperation next();

	protected abstract String labelKey();

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		IUndoableOperation next = next();
		element.setText(Messages.get(labelKey()) + (next == null ? "" : " " + next.getLabel()));
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
		protected String commandId() {
			return "org.eclipse.ui.edit.undo";
		}

		@Override
		protected IUndoableOperation next() {
			return ReviewOperation.history().getUndoOperation(ReviewOperation.undoContext());
		}

		@Override
		protected String labelKey() {
			return "op.undo";
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
		protected String commandId() {
			return "org.eclipse.ui.edit.redo";
		}

		@Override
		protected IUndoableOperation next() {
			return ReviewOperation.history().getRedoOperation(ReviewOperation.undoContext());
		}

		@Override
		protected String labelKey() {
			return "op.redo";
		}

		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			return ReviewOperation.history().redo(ReviewOperation.undoContext(), null, null);
		}
	}
}
