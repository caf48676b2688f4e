package org.fiscallens.rules.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.fiscallens.model.catalogue.TableCatalogue;
import org.fiscallens.model.disclosure.CatalogueColumn;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.rules.Builtins;
import org.fiscallens.rules.interpreter.Labels;
import org.fiscallens.rules.rules.Block;
import org.fiscallens.rules.rules.Call;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.Expression;
import org.fiscallens.rules.rules.ForEach;
import org.fiscallens.rules.rules.Index;
import org.fiscallens.rules.rules.Let;
import org.fiscallens.rules.rules.NameRef;
import org.fiscallens.rules.rules.Navigation;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.RuleFile;
import org.fiscallens.rules.rules.RulesPackage;
import org.fiscallens.rules.rules.StringLiteral;
import org.fiscallens.rules.rules.Variable;

/**
 * What the parser cannot see: every name must be a variable, a definition, a built-in or a table of the catalogue;
 * every function and member must exist; a column named in a row index must exist in the catalogue's table. Each
 * problem is reported at its position, so the editor, the language server and {@code check} all show it there.
 */
public class RulesValidator extends AbstractRulesValidator {

	public static final String UNKNOWN_NAME = "unknownName";
	public static final String UNKNOWN_FUNCTION = "unknownFunction";
	public static final String UNKNOWN_MEMBER = "unknownMember";
	public static final String UNKNOWN_COLUMN = "unknownColumn";
	public static final String BAD_PATTERN = "badPattern";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)\\}");
	private static final Set<String> MESSAGE_VALUES = Set.of("left", "right", "difference", "tolerance", "expected",
			"actual", "condition");

	private static TableCatalogue catalogue() {
		return TableCatalogue.standard();
	}

	@Check
	public void nameIsKnown(NameRef ref) {
		String name = ref.getName();
		if (variableInScope(ref, name) != null || definitions(ref).contains(name) || Builtins.NAMES.containsKey(name)
				|| catalogue().lookup(name).isPresent()) {
			return;
		}
		error("unknown name '" + name + "': not a variable, a definition, or a table of the catalogue (公开01…, 表一…)",
				RulesPackage.Literals.NAME_REF__NAME, UNKNOWN_NAME);
	}

	@Check
	public void functionIsKnown(Call call) {
		String f = call.getFunction();
		if (!Builtins.FUNCTIONS.containsKey(f) && !definitions(call).contains(f)) {
			error("unknown function '" + f + "': the functions are " + String.join(", ", Builtins.FUNCTIONS.keySet())
					+ " and the library's definitions", RulesPackage.Literals.CALL__FUNCTION, UNKNOWN_FUNCTION);
		}
		if (Set.of("claims", "sections", "contains").contains(f)) {
			call.getArguments().stream().filter(a -> a.getValue() instanceof StringLiteral)
					.forEach(a -> checkPattern((StringLiteral) a.getValue()));
		}
	}

	@Check
	public void memberIsKnown(Navigation navigation) {
		String member = navigation.getMember();
		if (Builtins.isMember(member) || catalogue().lookup(member).isPresent()) {
			return;
		}
		error("unknown member '." + member + "'", RulesPackage.Literals.NAVIGATION__MEMBER, UNKNOWN_MEMBER);
	}

	/** r["基本支出"] on a row of a known table: the column must be one of the catalogue's columns of that table. */
	@Check
	public void columnIsKnown(Index index) {
		if (!(index.getKey() instanceof StringLiteral key)) {
			return;
		}
		Optional<CatalogueEntry> table = tableOf(index.getTarget(), 0);
		if (table.isEmpty() || table.get().getColumns().isEmpty()) {
			return;
		}
		if (!hasColumn(table.get(), key.getValue())) {
			error("unknown column '" + key.getValue() + "' in " + table.get().getCode() + " (" + table.get().getTitle()
					+ ")", RulesPackage.Literals.INDEX__KEY, UNKNOWN_COLUMN);
		}
	}

	@Check
	public void letInBlock(Let let) {
		if (!(let.eContainer() instanceof Block)) {
			warning("a let binds only inside { … }: nothing after it can see '" + let.getVariable().getName() + "'",
					RulesPackage.Literals.LET__VARIABLE);
		}
	}

	@Check
	public void messagePlaceholders(Rule rule) {
		if (rule.getMessage() == null) {
			return;
		}
		Set<String> variables = new HashSet<>(MESSAGE_VALUES);
		rule.eAllContents().forEachRemaining(o -> {
			if (o instanceof Variable v) {
				variables.add(v.getName());
			}
		});
		Matcher m = PLACEHOLDER.matcher(rule.getMessage());
		while (m.find()) {
			String root = m.group(1).trim().split("\\.")[0];
			if (!variables.contains(root)) {
				warning("the message names {" + m.group(1) + "}, which is neither a compared value (left, right, "
						+ "difference, tolerance, expected, actual) nor a variable of the rule",
						RulesPackage.Literals.RULE__MESSAGE);
			}
		}
	}

	@Check
	public void definitionDoesNotHideABuiltin(Definition definition) {
		if (Builtins.FUNCTIONS.containsKey(definition.getName())) {
			error("'" + definition.getName() + "' is a built-in function and cannot be redefined",
					RulesPackage.Literals.MEMBER__NAME);
		}
	}

	private void checkPattern(StringLiteral literal) {
		try {
			Pattern.compile(literal.getValue());
		} catch (PatternSyntaxException e) {
			error("not a valid pattern: " + e.getDescription(), literal, RulesPackage.Literals.STRING_LITERAL__VALUE,
					BAD_PATTERN);
		}
	}

	private static boolean hasColumn(CatalogueEntry entry, String wanted) {
		String normalized = Labels.normalize(wanted);
		for (CatalogueColumn column : entry.getColumns()) {
			if (Labels.normalize(column.getKey()).equals(normalized)) {
				return true;
			}
			for (String pattern : column.getHeaderPatterns()) {
				try {
					if (Pattern.compile(pattern).matcher(normalized).find()) {
						return true;
					}
				} catch (PatternSyntaxException e) {
					// a broken pattern in a user's catalogue: it matches nothing
				}
			}
		}
		return false;
	}

	/** The catalogue table an expression's rows come from, when it can be seen without running the rule. */
	private Optional<CatalogueEntry> tableOf(Expression e, int depth) {
		if (depth > 20) {
			return Optional.empty();
		}
		if (e instanceof NameRef ref) {
			EObject binding = variableInScope(ref, ref.getName());
			if (binding instanceof ForEach f) {
				return tableOf(f.getSource(), depth + 1);
			}
			if (binding instanceof Let l) {
				return tableOf(l.getValue(), depth + 1);
			}
			return binding == null ? catalogue().lookup(ref.getName()) : Optional.empty();
		}
		if (e instanceof Navigation n && Set.of("rows", "row", "rowsMatching", "children", "first", "last")
				.contains(n.getMember())) {
			return tableOf(n.getTarget(), depth + 1);
		}
		if (e instanceof Index i) {
			return tableOf(i.getTarget(), depth + 1);
		}
		if (e instanceof Call c && c.getFunction().equals("table") && c.getArguments().size() == 1
				&& c.getArguments().get(0).getValue() instanceof StringLiteral s) {
			return catalogue().lookup(s.getValue());
		}
		return Optional.empty();
	}

	/**
	 * The for-each, let or definition that binds {@code name} where {@code at} stands, or null. A for-each binds in
	 * its filter and body; a let binds for the statements after it in its block; a definition binds its parameters.
	 */
	static EObject variableInScope(EObject at, String name) {
		EObject child = at;
		for (EObject o = at.eContainer(); o != null; child = o, o = o.eContainer()) {
			if (o instanceof ForEach f && child != f.getSource() && f.getVariable().getName().equals(name)) {
				return f;
			}
			if (o instanceof Block b) {
				int position = b.getStatements().indexOf(child);
				for (int i = position - 1; i >= 0; i--) {
					if (b.getStatements().get(i) instanceof Let l && l.getVariable().getName().equals(name)) {
						return l;
					}
				}
			}
			if (o instanceof Definition d && d.getParameters().stream().anyMatch(p -> p.getName().equals(name))) {
				return d;
			}
			if (o instanceof RuleFile) {
				break;
			}
		}
		return null;
	}

	/** Names of the definitions in every rule file loaded with this one (the library is validated together). */
	private Set<String> definitions(EObject at) {
		Map<Object, Object> context = getContext();
		@SuppressWarnings("unchecked")
		Set<String> cached = context == null ? null : (Set<String>) context.get(RulesValidator.class);
		if (cached != null) {
			return cached;
		}
		Set<String> names = new HashSet<>();
		Resource here = at.eResource();
		for (Resource r : here.getResourceSet() == null ? java.util.List.of(here) : here.getResourceSet().getResources()) {
			for (EObject root : r.getContents()) {
				if (root instanceof RuleFile file) {
					file.getMembers().stream().filter(Definition.class::isInstance)
							.forEach(d -> names.add(((Definition) d).getName()));
				}
			}
		}
		if (context != null) {
			context.put(RulesValidator.class, names);
		}
		return names;
	}
}
