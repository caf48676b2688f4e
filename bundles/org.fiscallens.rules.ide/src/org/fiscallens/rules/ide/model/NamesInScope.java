package org.fiscallens.rules.ide.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fiscallens.rules.rules.Block;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.ForEach;
import org.fiscallens.rules.rules.Let;
import org.fiscallens.rules.rules.Member;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.RuleFile;
import org.fiscallens.rules.rules.Variable;

/**
 * What a name means where it is written, by the same rules as the validator and the evaluator: a for-each binds its
 * variable in its filter and body, a let binds for the statements after it in its block, a definition binds its
 * parameters; definitions and rules are shared by every file loaded with this one.
 */
public final class NamesInScope {

	private NamesInScope() {
	}

	/** The variables visible at {@code at}, innermost first, each with the for-each, let or definition binding it. */
	public static Map<String, EObject> variables(EObject at) {
		Map<String, EObject> visible = new LinkedHashMap<>();
		EObject child = at;
		for (EObject o = at == null ? null : at.eContainer(); o != null; child = o, o = o.eContainer()) {
			if (o instanceof ForEach f && child != f.getSource() && f.getVariable() != null) {
				visible.putIfAbsent(f.getVariable().getName(), f);
			}
			if (o instanceof Block b) {
				int position = b.getStatements().indexOf(child);
				for (int i = position - 1; i >= 0; i--) {
					if (b.getStatements().get(i) instanceof Let l && l.getVariable() != null) {
						visible.putIfAbsent(l.getVariable().getName(), l);
					}
				}
			}
			if (o instanceof Definition d) {
				d.getParameters().forEach(p -> visible.putIfAbsent(p.getName(), d));
			}
		}
		visible.remove(null);
		return visible;
	}

	/**
	 * The variables visible at {@code offset} while the text there is still being written (content assist): the
	 * model may be incomplete, so positions decide — a for-each binds after its source, a let after its end.
	 */
	public static Map<String, EObject> variablesBefore(EObject model, int offset) {
		Map<String, EObject> visible = new LinkedHashMap<>();
		for (EObject o = model; o != null; o = o.eContainer()) {
			if (o instanceof ForEach f && f.getVariable() != null && endsBefore(f.getSource(), offset)) {
				visible.putIfAbsent(f.getVariable().getName(), f);
			}
			if (o instanceof Block b) {
				for (int i = b.getStatements().size() - 1; i >= 0; i--) {
					if (b.getStatements().get(i) instanceof Let l && l.getVariable() != null && endsBefore(l, offset)) {
						visible.putIfAbsent(l.getVariable().getName(), l);
					}
				}
			}
			if (o instanceof Definition d) {
				d.getParameters().forEach(p -> visible.putIfAbsent(p.getName(), d));
			}
		}
		visible.remove(null);
		return visible;
	}

	private static boolean endsBefore(EObject element, int offset) {
		ICompositeNode node = element == null ? null : NodeModelUtils.getNode(element);
		return node != null && node.getEndOffset() <= offset;
	}

	/** The declaration of the variable {@code name} visible at {@code at} (for-each, let or parameter), if any. */
	public static Optional<Variable> variable(EObject at, String name) {
		EObject binding = variables(at).get(name);
		if (binding instanceof ForEach f) {
			return Optional.of(f.getVariable());
		}
		if (binding instanceof Let l) {
			return Optional.of(l.getVariable());
		}
		if (binding instanceof Definition d) {
			return d.getParameters().stream().filter(p -> name.equals(p.getName())).findFirst();
		}
		return Optional.empty();
	}

	/** Every definition of the library {@code at} belongs to (its resource set), in file order. */
	public static List<Definition> definitions(EObject at) {
		return members(at, Definition.class);
	}

	/** Every rule of the library {@code at} belongs to. */
	public static List<Rule> rules(EObject at) {
		return members(at, Rule.class);
	}

	public static Optional<Definition> definition(EObject at, String name) {
		// a definition in the same file wins over one of the same name elsewhere, as in the evaluator's library
		List<Definition> all = definitions(at);
		Resource here = at == null ? null : at.eResource();
		return all.stream().filter(d -> name.equals(d.getName()))
				.sorted((a, b) -> Boolean.compare(b.eResource() == here, a.eResource() == here)).findFirst();
	}

	private static <T extends Member> List<T> members(EObject at, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (at == null || at.eResource() == null) {
			return found;
		}
		Resource here = at.eResource();
		List<Resource> resources = here.getResourceSet() == null ? List.of(here)
				: new ArrayList<>(here.getResourceSet().getResources());
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof RuleFile file) {
					file.getMembers().stream().filter(type::isInstance).map(type::cast).forEach(found::add);
				}
			}
		}
		return found;
	}
}
