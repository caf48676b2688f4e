package org.fiscallens.ui.views;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.fiscallens.ui.Messages;

/**
 * The province explorer: region → unit → submission. Until a review workspace is opened it is empty and says how to
 * fill it.
 */
public class ProvinceExplorerView extends ViewPart {

	public static final String ID = "org.fiscallens.ui.views.provinceExplorer";

	private TreeViewer viewer;
	private Label hint;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		hint = new Label(parent, SWT.WRAP);
		hint.setText(Messages.get("explorer.empty"));
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new ProvinceContentProvider());
		viewer.setInput(null);
		getSite().setSelectionProvider(viewer);
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	public String getHintText() {
		return hint.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
