package org.fiscallens.rules.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * Colours what the IDE services' semantic highlighting finds (tables of the catalogue, columns, functions,
 * definitions, variables) over the lexical colours. Its positions live in the document, so they move with the text
 * while the author types until the next validation recomputes them.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "org.fiscallens.rules.ui.semantic";

	private static final class StyledPosition extends Position {
		final TextAttribute attribute;

		StyledPosition(int offset, int length, TextAttribute attribute) {
			super(offset, length);
			this.attribute = attribute;
		}
	}

	private final ISourceViewer viewer;
	private final ISemanticHighlightingCalculator calculator;
	private final List<StyledPosition> positions = new ArrayList<>();

	SemanticHighlighter(ISourceViewer viewer, ISemanticHighlightingCalculator calculator) {
		this.viewer = viewer;
		this.calculator = calculator;
		IDocument document = viewer.getDocument();
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(new DefaultPositionUpdater(CATEGORY));
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	void update(XtextResource resource, List<Issue> issues) {
		IDocument document = viewer.getDocument();
		for (StyledPosition old : positions) {
			try {
				document.removePosition(CATEGORY, old);
			} catch (BadPositionCategoryException e) {
				// the category is added in the constructor and never removed
			}
		}
		positions.clear();
		calculator.provideHighlightingFor(resource, (offset, length, styles) -> {
			TextAttribute attribute = styles.length == 0 ? null : RuleColors.semantic(styles[0]);
			if (attribute != null && offset + length <= document.getLength()) {
				StyledPosition position = new StyledPosition(offset, length, attribute);
				try {
					document.addPosition(CATEGORY, position);
					positions.add(position);
				} catch (BadLocationException | BadPositionCategoryException e) {
					// a stale offset: this position is simply not coloured
				}
			}
		}, CancelIndicator.NullImpl);
		viewer.invalidateTextPresentation();
	}

	/** The semantic style at an offset (for tests and hovers), or null. */
	TextAttribute attributeAt(int offset) {
		return positions.stream().filter(p -> !p.isDeleted() && p.includes(offset)).map(p -> p.attribute).findFirst()
				.orElse(null);
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<StyleRange> ranges = new ArrayList<>();
		for (StyledPosition p : positions) {
			if (!p.isDeleted() && p.getOffset() < end && p.getOffset() + p.getLength() > start) {
				int from = Math.max(p.getOffset(), start);
				int to = Math.min(p.getOffset() + p.getLength(), end);
				StyleRange range = new StyleRange(from, to - from, p.attribute.getForeground(), null,
						p.attribute.getStyle());
				ranges.add(range);
			}
		}
		ranges.sort((a, b) -> Integer.compare(a.start, b.start));
		presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
	}
}
