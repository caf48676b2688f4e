package org.fiscallens.rules.ide.server;

import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.fiscallens.rules.ide.docs.Referent;
import org.fiscallens.rules.ide.docs.ReferentAtOffset;

import com.google.inject.Inject;

/**
 * Go to definition. Definitions and variables are referred to by plain names in the grammar (not Xtext
 * cross-references), so the name is resolved the way the validator resolves it: a variable in scope, else a
 * definition of the library (any file of the workspace), else the rule named by a test.
 */
public class RulesDocumentSymbolService extends DocumentSymbolService {

	@Inject
	private DocumentExtensions documentExtensions;

	@Override
	public List<? extends Location> getDefinitions(XtextResource resource, int offset,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		Optional<Referent.Located> found = ReferentAtOffset.find(resource, offset);
		if (found.isPresent() && found.get().referent() instanceof Referent.Declaration declaration
				&& declaration.declaration().eResource() != null) {
			return List.of(documentExtensions.newLocation(declaration.declaration()));
		}
		return super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
	}
}
