package org.fiscallens.rules.ui.explorer;

import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.rules.ui.editor.RuleEditor;
import org.fiscallens.rules.ui.editor.RuleEditorInput;

/** 规则资源管理器: the standard library (read-only) and the user's rule folder; a double-click opens a file. */
public class RuleExplorerView extends ViewPart {

	public static final String ID = "org.fiscallens.rules.ui.explorer";

	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((RuleTreeNode) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((RuleTreeNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((RuleTreeNode) element).label();
			}

			@Override
			public Image getImage(Object element) {
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				return images.getImage(element instanceof RuleTreeNode.File ? ISharedImages.IMG_OBJ_FILE
						: ISharedImages.IMG_OBJ_FOLDER);
			}
		});
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof RuleTreeNode.File f) {
				open(getSite().getPage(), f.input());
			} else if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() != null) {
				viewer.setExpandedState(s.getFirstElement(), !viewer.getExpandedState(s.getFirstElement()));
			}
		});
		refresh();
		viewer.expandToLevel(2);
	}

	/** Re-reads the folders (a new file, a save that changed the problems). */
	public void refresh() {
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(RuleTreeBuilder.build());
		viewer.setExpandedElements(expanded);
	}

	/** Refreshes the explorer of a page, if it is open. */
	public static void refreshOpen(IWorkbenchPage page) {
		if (page != null && page.findView(ID) instanceof RuleExplorerView explorer) {
			explorer.refresh();
		}
	}

	/** Opens a rule file in the rule editor (a file already open is brought to the front). */
	public static RuleEditor open(IWorkbenchPage page, RuleEditorInput input) {
		try {
			return (RuleEditor) page.openEditor(input, RuleEditor.ID);
		} catch (PartInitException e) {
			throw new IllegalStateException("cannot open " + input.libraryName(), e);
		}
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
