package org.fiscallens.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.Section;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.ui.Messages;

/**
 * The 情况说明 as printed (its source lines), every claim the importer read from it highlighted: in the colour of its
 * findings' worst severity, else in a quiet green (read and compared, nothing to say). Hovering a claim explains it.
 */
public final class NarrativePage extends EditorPage {

	/** Where a claim is in the page's text. */
	public record Span(Claim claim, int start, int length) {
	}

	private StyledText text;
	private final List<Span> spans = new ArrayList<>();

	NarrativePage(DisclosureEditor editor, Composite parent) {
		super(editor, parent, false);
	}

	@Override
	void build() {
		text = new StyledText(holder, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(12, 8, 12, 8);
		text.setText(build(editor.document(), editor.source()));
		restyle();
		text.addCaretListener(e -> {
			Span span = spanAt(e.caretOffset);
			if (span != null) {
				editor.selectedClaim(span.claim());
			}
		});
		text.addListener(SWT.MouseMove, e -> {
			int offset = text.getOffsetAtPoint(new Point(e.x, e.y));
			Span span = offset < 0 ? null : spanAt(offset);
			String tip = span == null ? null : tooltip(span.claim());
			if (!java.util.Objects.equals(tip, text.getToolTipText())) {
				text.setToolTipText(tip);
			}
		});
	}

	/** The narrative's source lines, first to last section; the claims' places in that text. */
	private String build(Submission document, DocumentSource source) {
		List<Section> sections = document.getNarrative() == null ? List.of() : document.getNarrative().getSections();
		int first = sections.stream().mapToInt(Section::getFirstLine).filter(l -> l > 0).min().orElse(0);
		int last = sections.stream().mapToInt(Section::getLastLine).max().orElse(0);
		if (first == 0 || source.lines().isEmpty()) {
			return sections.isEmpty() ? Messages.get("editor.narrative.none")
					: Messages.format("editor.narrative.noSource", source.problem());
		}
		StringBuilder s = new StringBuilder();
		int[] offsets = new int[last - first + 1];
		for (int line = first; line <= last; line++) {
			offsets[line - first] = s.length();
			s.append(source.line(line)).append('\n');
		}
		for (Section section : sections) {
			for (Claim claim : section.getClaims()) {
				int line = claim.getLine();
				if (line < first || line > last || claim.getRaw() == null) {
					continue;
				}
				String printed = source.line(line);
				int column = claim.getSourceColumn() - 1;
				int at = column >= 0 && printed.startsWith(claim.getRaw(), column) ? column : printed.indexOf(claim.getRaw());
				if (at < 0) {
					continue; // the raw text was joined across lines: the line keeps its colour in the source page
				}
				spans.add(new Span(claim, offsets[line - first] + at, claim.getRaw().length()));
			}
		}
		spans.sort(Comparator.comparingInt(Span::start));
		return s.toString();
	}

	/** Paints every claim (again, after the review changed). */
	void restyle() {
		if (text == null) {
			return;
		}
		List<StyleRange> ranges = new ArrayList<>();
		int end = 0;
		for (Span span : spans) {
			if (span.start() < end) {
				continue; // two readings of the same characters: keep the first
			}
			StyleRange range = new StyleRange();
			range.start = span.start();
			range.length = span.length();
			FindingSeverity severity = DocumentFindings.worst(editor.findings().of(span.claim()));
			range.background = severity == null ? Explanations.CLAIM : Explanations.background(severity);
			// errors and warnings stand out; an info (a rounding tail) only takes its colour
			boolean strong = severity == FindingSeverity.ERROR || severity == FindingSeverity.WARNING;
			range.underline = strong;
			range.fontStyle = strong ? SWT.BOLD : SWT.NORMAL;
			ranges.add(range);
			end = span.start() + span.length();
		}
		text.setStyleRanges(ranges.toArray(StyleRange[]::new));
	}

	private Span spanAt(int offset) {
		for (Span span : spans) {
			if (offset >= span.start() && offset <= span.start() + span.length()) {
				return span;
			}
		}
		return null;
	}

	/** A claim as the importer read it, and its findings explained. */
	public String tooltip(Claim claim) {
		String read = Messages.format("editor.claim", claim.getLabel() == null ? "" : claim.getLabel(),
				claim.getValue() == null ? "" : claim.getValue().toPlainString(), claim.getUnit() == null ? "" : claim.getUnit(),
				claim.getLine());
		List<FindingRecord> findings = editor.findings().of(claim);
		return findings.isEmpty() ? read : read + "\n\n" + Explanations.tooltip(findings);
	}

	/**
	 * Selects the sentence of the first claim among the targets (the claim alone when the sentence was joined across
	 * lines) and scrolls to it; false when none is shown here.
	 */
	boolean select(List<Object> targets) {
		create();
		for (Object target : targets) {
			for (Span span : spans) {
				if (span.claim() == target) {
					int[] range = sentence(span);
					text.setSelection(range[0], range[1]);
					text.showSelection();
					return true;
				}
			}
		}
		return false;
	}

	private int[] sentence(Span span) {
		String sentence = span.claim().getSentence();
		int end = span.start() + span.length();
		if (sentence != null && !sentence.isEmpty()) {
			String all = text.getText();
			int from = all.lastIndexOf(sentence, span.start());
			if (from >= 0 && from + sentence.length() >= end) {
				return new int[] { from, from + sentence.length() };
			}
		}
		return new int[] { span.start(), end };
	}

	/** Puts the caret on a claim as a reviewer's click does. */
	public void selectClaim(Claim claim) {
		create();
		spans.stream().filter(s -> s.claim() == claim).findFirst().ifPresent(s -> {
			text.setSelection(s.start());
			text.showSelection();
		});
		Span span = spanAt(text.getCaretOffset());
		if (span != null) {
			editor.selectedClaim(span.claim());
		}
	}

	/** The claim under the caret or, when a sentence is selected, its first claim; null when none. */
	public Claim selectedClaim() {
		if (text == null) {
			return null;
		}
		Point selection = text.getSelection();
		for (Span span : spans) {
			if (span.start() >= selection.x && span.start() + span.length() <= selection.y) {
				return span.claim(); // a selected sentence: its first claim
			}
		}
		Span span = spanAt(selection.x);
		return span == null ? null : span.claim();
	}

	public List<Span> spans() {
		create();
		return List.copyOf(spans);
	}

	public StyledText text() {
		create();
		return text;
	}
}
