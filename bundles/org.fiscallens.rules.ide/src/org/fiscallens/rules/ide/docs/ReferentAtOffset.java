package org.fiscallens.rules.ide.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.fiscallens.model.disclosure.CatalogueColumn;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.rules.Builtins;
import org.fiscallens.rules.ide.model.NamesInScope;
import org.fiscallens.rules.ide.model.ValueKinds;
import org.fiscallens.rules.interpreter.Labels;
import org.fiscallens.rules.rules.Argument;
import org.fiscallens.rules.rules.Call;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.Index;
import org.fiscallens.rules.rules.NameRef;
import org.fiscallens.rules.rules.Navigation;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.RuleTest;
import org.fiscallens.rules.rules.RulesPackage;
import org.fiscallens.rules.rules.StringLiteral;
import org.fiscallens.rules.rules.Variable;

/**
 * Finds what the word under the cursor refers to. Hover and go to definition both start here, in the editor and in
 * the language server alike.
 */
public final class ReferentAtOffset {

	private ReferentAtOffset() {
	}

	public static Optional<Referent.Located> find(XtextResource resource, int offset) {
		IParseResult parse = resource.getParseResult();
		if (parse == null || parse.getRootNode() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = wordAt(parse.getRootNode(), offset);
		if (leaf == null) {
			return Optional.empty();
		}
		EObject semantic = NodeModelUtils.findActualSemanticObjectFor(leaf);
		return referent(semantic, leaf).map(r -> new Referent.Located(r, leaf.getOffset(), leaf.getLength()))
				.or(() -> ruleOfTest(semantic, leaf));
	}

	/** The token at the offset, or the one just before it: the cursor right after a word still means that word. */
	private static ILeafNode wordAt(ICompositeNode root, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		if ((leaf == null || leaf.isHidden()) && offset > 0) {
			leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset - 1);
		}
		return leaf == null || leaf.isHidden() ? null : leaf;
	}

	private static Optional<Referent> referent(EObject semantic, ILeafNode leaf) {
		String word = leaf.getText();
		if (semantic instanceof NameRef ref && word.equals(ref.getName())) {
			return name(ref, word);
		}
		if (semantic instanceof Call call && word.equals(call.getFunction())) {
			Optional<Referent> definition = NamesInScope.definition(call, word).map(Referent.Declaration::new);
			return definition.or(() -> Optional.ofNullable(Builtins.FUNCTIONS.get(word)).map(Referent.Function::new));
		}
		if (semantic instanceof Navigation navigation && word.equals(navigation.getMember())) {
			return member(word);
		}
		if (semantic instanceof StringLiteral literal) {
			return stringArgument(literal);
		}
		if (isNameOf(semantic, leaf, RulesPackage.Literals.MEMBER__NAME)
				&& (semantic instanceof Rule || semantic instanceof Definition)) {
			return Optional.of(new Referent.Declaration(semantic));
		}
		if (semantic instanceof Variable) {
			return Optional.of(new Referent.Declaration(semantic));
		}
		return Optional.empty();
	}

	private static Optional<Referent> name(NameRef ref, String name) {
		Optional<Variable> variable = NamesInScope.variable(ref, name);
		if (variable.isPresent()) {
			return Optional.of(new Referent.Declaration(variable.get()));
		}
		Optional<Definition> definition = NamesInScope.definition(ref, name);
		if (definition.isPresent()) {
			return Optional.of(new Referent.Declaration(definition.get()));
		}
		if (Builtins.NAMES.containsKey(name)) {
			return Optional.of(new Referent.BuiltinName(Builtins.NAMES.get(name)));
		}
		return ValueKinds.table(name).map(Referent.Table::new);
	}

	private static Optional<Referent> member(String name) {
		Optional<CatalogueEntry> table = ValueKinds.table(name);
		if (table.isPresent() && !Builtins.isMember(name)) {
			return Optional.of(new Referent.Table(table.get()));
		}
		Map<String, Builtins.Word> byKind = new LinkedHashMap<>();
		Builtins.MEMBERS.forEach((kind, members) -> {
			if (members.containsKey(name)) {
				byKind.put(kind, members.get(name));
			}
		});
		return byKind.isEmpty() ? Optional.empty() : Optional.of(new Referent.Member(name, byKind));
	}

	/** r["基本支出"], r.cell("基本支出"), t.column("基本支出"): a column; table("公开01"): a table. */
	private static Optional<Referent> stringArgument(StringLiteral literal) {
		EObject container = literal.eContainer();
		if (container instanceof Index index && index.getKey() == literal) {
			return ValueKinds.tableOf(index.getTarget()).flatMap(t -> column(t, literal.getValue()));
		}
		if (container instanceof Argument argument && argument.eContainer() instanceof Navigation navigation
				&& ("cell".equals(navigation.getMember()) || "column".equals(navigation.getMember()))) {
			return ValueKinds.tableOf(navigation.getTarget()).flatMap(t -> column(t, literal.getValue()));
		}
		if (container instanceof Argument argument && argument.eContainer() instanceof Call call
				&& "table".equals(call.getFunction())) {
			return ValueKinds.table(literal.getValue()).map(Referent.Table::new);
		}
		return Optional.empty();
	}

	/** The column of {@code table} a printed header names, matched as the validator and the evaluator match it. */
	public static Optional<Referent> column(CatalogueEntry table, String header) {
		String wanted = Labels.normalize(header);
		for (CatalogueColumn column : table.getColumns()) {
			if (Labels.normalize(column.getKey()).equals(wanted)) {
				return Optional.of(new Referent.Column(table, column));
			}
		}
		for (CatalogueColumn column : table.getColumns()) {
			for (String pattern : column.getHeaderPatterns()) {
				try {
					if (Pattern.compile(pattern).matcher(wanted).find()) {
						return Optional.of(new Referent.Column(table, column));
					}
				} catch (PatternSyntaxException e) {
					// a broken pattern in a user's catalogue matches nothing
				}
			}
		}
		return Optional.empty();
	}

	/** In {@code test "…" for 决算.表内.公开05行合计}: the rule, named by a qualified name of several words. */
	private static Optional<Referent.Located> ruleOfTest(EObject semantic, ILeafNode leaf) {
		if (!(semantic instanceof RuleTest test) || test.getRule() == null || test.getRule().eIsProxy()) {
			return Optional.empty();
		}
		for (INode node : NodeModelUtils.findNodesForFeature(test, RulesPackage.Literals.RULE_TEST__RULE)) {
			if (node.getOffset() <= leaf.getOffset() && leaf.getEndOffset() <= node.getEndOffset()) {
				return Optional.of(new Referent.Located(new Referent.Declaration(test.getRule()), node.getOffset(),
						node.getLength()));
			}
		}
		return Optional.empty();
	}

	private static boolean isNameOf(EObject semantic, ILeafNode leaf, EStructuralFeature feature) {
		if (!feature.getEContainingClass().isInstance(semantic)) {
			return false;
		}
		return NodeModelUtils.findNodesForFeature(semantic, feature).stream()
				.anyMatch(n -> n.getOffset() <= leaf.getOffset() && leaf.getEndOffset() <= n.getEndOffset());
	}
}
