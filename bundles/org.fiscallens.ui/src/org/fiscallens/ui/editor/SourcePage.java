package org.fiscallens.ui.editor;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fiscallens.model.review.FindingSeverity;

/**
 * The original text, read-only, with line numbers; every line a finding points at is painted in the colour of its worst
 * unresolved severity, and hovering it explains the findings.
 */
public final class SourcePage extends EditorPage {

	private SourceViewer viewer;
	private Document document;

	SourcePage(DisclosureEditor editor, Composite parent) {
		super(editor, parent, true);
	}

	@Override
	void build() {
		DocumentSource source = editor.source();
		if (source.problem() != null) {
			Label problem = new Label(holder, SWT.WRAP);
			problem.setText(source.problem());
			problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
		CompositeRuler ruler = new CompositeRuler();
		ruler.addDecorator(0, new LineNumberRulerColumn());
		viewer = new SourceViewer(holder, ruler, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		document = new Document(String.join("\n", source.lines()));
		viewer.setDocument(document);
		viewer.setEditable(false);
		StyledText text = viewer.getTextWidget();
		text.setFont(JFaceResources.getTextFont());
		text.addLineBackgroundListener(e -> {
			FindingSeverity severity = DocumentFindings.worst(editor.findings().atLine(text.getLineAtOffset(e.lineOffset) + 1));
			e.lineBackground = Explanations.background(severity);
		});
		text.addCaretListener(e -> editor.selectedLine(text.getLineAtOffset(e.caretOffset) + 1));
		text.addListener(SWT.MouseMove, e -> {
			int offset = text.getOffsetAtPoint(new Point(e.x, e.y));
			String tip = offset < 0 ? null : Explanations.tooltip(editor.findings().atLine(text.getLineAtOffset(offset) + 1));
			if (!java.util.Objects.equals(tip, text.getToolTipText())) {
				text.setToolTipText(tip);
			}
		});
	}

	/** Selects the first of the lines (1-based) and scrolls to it. */
	void select(List<Integer> lines) {
		create();
		if (lines.isEmpty()) {
			return;
		}
		try {
			IRegion region = document.getLineInformation(lines.get(0) - 1);
			viewer.setSelectedRange(region.getOffset(), region.getLength());
			viewer.revealRange(region.getOffset(), region.getLength());
		} catch (BadLocationException e) {
			// the line is beyond the end of the file (it changed since the import): nothing to select
		}
	}

	/** Puts the caret on a line as a reviewer's click does. */
	public void selectLine(int line) {
		create();
		try {
			viewer.getTextWidget().setSelection(document.getLineOffset(line - 1));
			viewer.getTextWidget().showSelection();
		} catch (BadLocationException e) {
			return;
		}
		editor.selectedLine(line);
	}

	/** The 1-based line of the selection, or 0. */
	public int selectedLine() {
		if (viewer == null) {
			return 0;
		}
		try {
			return document.getLineOfOffset(viewer.getSelectedRange().x) + 1;
		} catch (BadLocationException e) {
			return 0;
		}
	}

	void refresh() {
		if (viewer != null && !viewer.getTextWidget().isDisposed()) {
			viewer.getTextWidget().redraw();
		}
	}

	public StyledText text() {
		create();
		return viewer.getTextWidget();
	}
}
