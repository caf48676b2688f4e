package org.fiscallens.rules.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.fiscallens.rules.Builtins;
import org.fiscallens.rules.ide.docs.Referent;
import org.fiscallens.rules.ide.docs.ReferentAtOffset;
import org.fiscallens.rules.ide.model.NamesInScope;
import org.fiscallens.rules.ide.model.ValueKinds;
import org.fiscallens.rules.rules.Call;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.Index;
import org.fiscallens.rules.rules.NameRef;
import org.fiscallens.rules.rules.Navigation;
import org.fiscallens.rules.rules.RulesPackage;
import org.fiscallens.rules.rules.StringLiteral;
import org.fiscallens.rules.rules.Variable;

/**
 * What the lexer cannot tell: which names are tables of the catalogue, which are definitions, variables or built-in
 * functions, and which strings are column keys of a known table.
 */
public class RulesSemanticHighlighting implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		resource.getAllContents().forEachRemaining(element -> {
			if (cancelIndicator != null && cancelIndicator.isCanceled()) {
				return;
			}
			highlight(element, acceptor);
		});
	}

	private static void highlight(EObject element, IHighlightedPositionAcceptor acceptor) {
		if (element instanceof NameRef ref && ref.getName() != null) {
			String style = NamesInScope.variable(ref, ref.getName()).isPresent() ? RulesHighlightingStyles.VARIABLE
					: NamesInScope.definition(ref, ref.getName()).isPresent() ? RulesHighlightingStyles.DEFINITION
							: ValueKinds.table(ref.getName()).isPresent() ? RulesHighlightingStyles.TABLE : null;
			mark(ref, RulesPackage.Literals.NAME_REF__NAME, style, acceptor);
		} else if (element instanceof Call call && call.getFunction() != null) {
			String style = NamesInScope.definition(call, call.getFunction()).isPresent()
					? RulesHighlightingStyles.DEFINITION
					: Builtins.FUNCTIONS.containsKey(call.getFunction()) ? RulesHighlightingStyles.FUNCTION : null;
			mark(call, RulesPackage.Literals.CALL__FUNCTION, style, acceptor);
		} else if (element instanceof Navigation navigation && navigation.getMember() != null
				&& !Builtins.isMember(navigation.getMember()) && ValueKinds.table(navigation.getMember()).isPresent()) {
			mark(navigation, RulesPackage.Literals.NAVIGATION__MEMBER, RulesHighlightingStyles.TABLE, acceptor);
		} else if (element instanceof Definition definition) {
			mark(definition, RulesPackage.Literals.MEMBER__NAME, RulesHighlightingStyles.DEFINITION, acceptor);
		} else if (element instanceof Variable variable) {
			mark(variable, RulesPackage.Literals.VARIABLE__NAME, RulesHighlightingStyles.VARIABLE, acceptor);
		} else if (element instanceof StringLiteral literal && literal.eContainer() instanceof Index index
				&& index.getKey() == literal) {
			boolean known = ValueKinds.tableOf(index.getTarget())
					.flatMap(t -> ReferentAtOffset.column(t, literal.getValue()))
					.filter(Referent.Column.class::isInstance).isPresent();
			mark(literal, RulesPackage.Literals.STRING_LITERAL__VALUE, known ? RulesHighlightingStyles.COLUMN : null,
					acceptor);
		}
	}

	private static void mark(EObject element, EStructuralFeature feature, String style,
			IHighlightedPositionAcceptor acceptor) {
		if (style == null) {
			return;
		}
		for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}
}
