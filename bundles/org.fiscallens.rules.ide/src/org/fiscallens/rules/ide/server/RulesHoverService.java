package org.fiscallens.rules.ide.server;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.fiscallens.rules.ide.docs.Documentation;
import org.fiscallens.rules.ide.docs.ReferentAtOffset;

/** LSP hover: the documentation of the table, column, built-in or declaration under the cursor, as Markdown. */
public class RulesHoverService implements IHoverService {

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		int offset = document.getOffSet(params.getPosition());
		return ReferentAtOffset.find(resource, offset).map(found -> new Hover(
				new MarkupContent(MarkupKind.MARKDOWN, Documentation.of(found.referent())),
				new Range(document.getPosition(found.offset()), document.getPosition(found.offset() + found.length()))))
				.orElse(EMPTY_HOVER);
	}
}
