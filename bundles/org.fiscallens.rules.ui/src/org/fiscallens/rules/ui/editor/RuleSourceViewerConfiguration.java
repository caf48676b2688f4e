package org.fiscallens.rules.ui.editor;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;

import com.google.inject.Injector;

/** Wires the IDE services into the JFace source viewer: colours, content assist, hovers. */
final class RuleSourceViewerConfiguration extends SourceViewerConfiguration {

	private final Injector injector;
	private final RuleCompletionProcessor completion;
	private final RuleTextHover hover;

	RuleSourceViewerConfiguration(Injector injector, RuleCompletionProcessor completion, RuleTextHover hover) {
		this.injector = injector;
		this.completion = completion;
		this.hover = hover;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler presentation = new PresentationReconciler();
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new RuleTokenScanner(injector));
		presentation.setDamager(new WholeDocumentDamager(), IDocument.DEFAULT_CONTENT_TYPE);
		presentation.setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		return presentation;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(completion, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setInformationControlCreator(DefaultInformationControl::new);
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return hover;
	}

	@Override
	public IAnnotationHover getAnnotationHover(ISourceViewer viewer) {
		return new DefaultAnnotationHover();
	}

	@Override
	public int getTabWidth(ISourceViewer viewer) {
		return 4;
	}

	/**
	 * A change anywhere re-colours the whole file: an opened string or comment changes everything after it, and the
	 * language's lexer is only correct from the start of the text. Rule files are small enough.
	 */
	private static final class WholeDocumentDamager implements IPresentationDamager {
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean changed) {
			return new Region(0, document.getLength());
		}
	}
}
