package org.fiscallens.rules.ui.run;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fiscallens.rules.ui.Messages;

/** The layout the run views share: a summary line above a table of results of one row type. */
final class ResultTable<T> {

	final Label summary;
	final TableViewer viewer;

	ResultTable(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		// virtual: a rule run over a whole province may list tens of thousands of findings
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
	}

	/** A plain text column titled by the message key. */
	void column(String title, int width, Function<T, String> text) {
		column(title, width, text, row -> null, row -> null);
	}

	/** A column titled by the message key; image and foreground may answer null for none. */
	void column(String title, int width, Function<T, String> text, Function<T, Image> image,
			Function<T, Color> foreground) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(Messages.get(title));
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(row(element));
			}

			@Override
			public Image getImage(Object element) {
				return image.apply(row(element));
			}

			@Override
			public Color getForeground(Object element) {
				return foreground.apply(row(element));
			}
		});
	}

	void show(String text, List<T> rows) {
		summary.setText(text);
		viewer.setInput(rows);
		summary.getParent().layout();
	}

	@SuppressWarnings("unchecked") // the viewer's input is only ever a List<T> (see show)
	private T row(Object element) {
		return (T) element;
	}
}
