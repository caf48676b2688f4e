package org.fiscallens.rules.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Content assist from the IDE services (the same proposals the language server sends): keywords, tables of the
 * catalogue with their titles, columns inside {@code r["…"]}, members after a dot, functions and definitions.
 */
final class RuleCompletionProcessor implements IContentAssistProcessor {

	private final Injector injector;
	private final RuleReconciler reconciler;

	RuleCompletionProcessor(Injector injector, RuleReconciler reconciler) {
		this.injector = injector;
		this.reconciler = reconciler;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		return entries(viewer.getDocument().get(), offset).stream().map(entry -> proposal(entry, offset))
				.toArray(ICompletionProposal[]::new);
	}

	/** The IDE services' entries for the text at an offset, best first. */
	List<ContentAssistEntry> entries(String text, int offset) {
		XtextResource resource = reconciler.parsed();
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(RuleLanguage.executor());
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	private static ICompletionProposal proposal(ContentAssistEntry entry, int offset) {
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
		String display = entry.getDescription() == null ? label : label + "  —  " + entry.getDescription();
		return new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
				entry.getProposal().length(), null, display, null, RuleTextHover.plain(entry.getDocumentation()));
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.', '[' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
