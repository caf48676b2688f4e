package org.fiscallens.rules.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.fiscallens.rules.ide.docs.Documentation;
import org.fiscallens.rules.ide.docs.Referent;
import org.fiscallens.rules.ide.docs.ReferentAtOffset;

/**
 * Hover text: the problems at the cursor (with the validator's message), then the documentation of what the word
 * refers to — a table's title and columns, a built-in's description, a definition's body.
 */
final class RuleTextHover implements ITextHover {

	private final RuleReconciler reconciler;

	RuleTextHover(RuleReconciler reconciler) {
		this.reconciler = reconciler;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return info(viewer, region.getOffset());
	}

	/** The hover text at an offset, or null when there is nothing to say. */
	String info(ITextViewer viewer, int offset) {
		List<String> parts = new ArrayList<>(problemsAt(viewer, offset));
		referent(offset).ifPresent(r -> parts.add(plain(Documentation.of(r.referent()))));
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return referent(offset).<IRegion>map(r -> new Region(r.offset(), r.length())).orElse(new Region(offset, 0));
	}

	private Optional<Referent.Located> referent(int offset) {
		return ReferentAtOffset.find(reconciler.parsed(), offset);
	}

	private static List<String> problemsAt(ITextViewer viewer, int offset) {
		List<String> messages = new ArrayList<>();
		if (!(viewer instanceof ISourceViewer source) || source.getAnnotationModel() == null) {
			return messages;
		}
		IAnnotationModel model = source.getAnnotationModel();
		for (Iterator<Annotation> i = model.getAnnotationIterator(); i.hasNext();) {
			Annotation annotation = i.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof ProblemAnnotation problem && position != null
					&& position.getOffset() <= offset && offset <= position.getOffset() + position.getLength()) {
				messages.add((problem.isError() ? "✖ " : "⚠ ") + problem.getText());
			}
		}
		return messages;
	}

	/** Markdown of the IDE services as plain text for SWT hovers and proposal details. */
	static String plain(String markdown) {
		if (markdown == null) {
			return null;
		}
		return markdown.replace("```\n", "").replace("\n```", "").replace("```", "").replace("**", "").replace("`", "");
	}
}
