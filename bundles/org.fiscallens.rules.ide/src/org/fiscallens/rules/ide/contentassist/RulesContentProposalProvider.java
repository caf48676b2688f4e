package org.fiscallens.rules.ide.contentassist;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fiscallens.model.catalogue.TableCatalogue;
import org.fiscallens.model.disclosure.CatalogueColumn;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.model.disclosure.TableShape;
import org.fiscallens.rules.Builtins;
import org.fiscallens.rules.ide.docs.Documentation;
import org.fiscallens.rules.ide.docs.Referent;
import org.fiscallens.rules.ide.model.NamesInScope;
import org.fiscallens.rules.ide.model.ValueKinds;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.Expression;
import org.fiscallens.rules.rules.ForEach;
import org.fiscallens.rules.rules.Let;

/**
 * Content assist for rule files, shared by the workbench editor and the language server: the grammar's keywords (the
 * words, not the punctuation), and where an expression may stand the variables in scope, the library's definitions,
 * the built-in functions and the catalogue's tables with their titles; after a dot, the members of that kind of value;
 * inside {@code r["…"]} or {@code r.cell("…")}, the columns of the row's table.
 */
public class RulesContentProposalProvider extends IdeContentProposalProvider {

	private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_/]*");
	/** r[  r["基本  t.row("合计").cell("  — the receiver ends right before group 1. */
	private static final Pattern COLUMN_POSITION = Pattern.compile("(\\[|\\.(?:cell|column)\\()\\s*(\"[^\"\\[\\]()]*)?$");
	/** t.row("…  — the receiver ends right before the dot. */
	private static final Pattern ROW_POSITION = Pattern.compile("\\.row\\(\\s*(\"[^\"()]*)?$");
	/** row(code: "…  */
	private static final Pattern CODE_POSITION = Pattern.compile("\\bcode:\\s*(\"[^\"()]*)?$");
	/** claims(label: "…  (also after other arguments) */
	private static final Pattern CLAIM_LABEL_POSITION = Pattern.compile("claims\\((?:[^()]*,)?\\s*label:\\s*(\"[^\"()]*)?$");
	private static final Pattern IDENTIFIER_BEFORE = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*)$");

	static final int VARIABLE_PRIORITY = 700;
	static final int COLUMN_PRIORITY = 700;
	static final int TABLE_PRIORITY = 600;
	static final int DEFINITION_PRIORITY = 560;
	static final int FUNCTION_PRIORITY = 520;
	static final int MEMBER_PRIORITY = 600;
	static final int ALIAS_PRIORITY = 420;

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		if (contexts.isEmpty()) {
			return;
		}
		ContentAssistContext context = contexts.iterator().next();
		if (columnProposals(context, acceptor) || quotedProposals(context, acceptor)) {
			return; // inside r["…"], row("…"), code: "…" or label: "…" only those values make sense
		}
		super.createProposals(contexts, acceptor);
		// each context asks with its own prefix: the parser computes them in parallel, in no fixed order, and a
		// proposal is only valid with the prefix of a context that expects it (公开05 after 公开0, not after "")
		boolean members = false;
		boolean names = false;
		for (ContentAssistContext candidate : contexts) {
			Set<String> expected = expectedFeatures(candidate);
			if (expected.contains("Postfix.member") && !members) {
				members = memberProposals(candidate, acceptor);
			}
			if ((expected.contains("Primary.name") || expected.contains("Primary.function")) && !names) {
				names = nameProposals(candidate, acceptor);
			}
		}
	}

	/** Keywords that are words: {@code rule}, {@code check}, {@code 决算}; not {@code (} or {@code =}. */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return WORD.matcher(keyword.getValue()).matches();
	}

	/** "Rule.feature" of every assignment the parser could fill at the cursor in this context. */
	private static Set<String> expectedFeatures(ContentAssistContext context) {
		Set<String> expected = new HashSet<>();
		for (AbstractElement element : context.getFirstSetGrammarElements()) {
			if (element instanceof Assignment assignment) {
				ParserRule rule = GrammarUtil.containingParserRule(assignment);
				expected.add((rule == null ? "?" : rule.getName()) + "." + assignment.getFeature());
			}
		}
		return expected;
	}

	/** @return whether this context's prefix admitted any proposal (else another context is tried) */
	private boolean nameProposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Batch batch = new Batch(context, acceptor);
		EObject model = context.getCurrentModel();
		NamesInScope.variablesBefore(model, context.getOffset()).forEach((name, binder) -> batch.add(name,
				ContentAssistEntry.KIND_VARIABLE, "变量 / variable", Documentation.of(new Referent.Declaration(variableOf(binder, name))),
				VARIABLE_PRIORITY));
		Set<String> seen = new HashSet<>();
		for (Definition definition : NamesInScope.definitions(model == null ? context.getRootModel() : model)) {
			if (seen.add(definition.getName())) {
				batch.add(definition.getName(), ContentAssistEntry.KIND_FUNCTION, "定义 / definition",
						Documentation.of(new Referent.Declaration(definition)), DEFINITION_PRIORITY);
			}
		}
		Builtins.NAMES.values().forEach(word -> batch.add(word.name(), ContentAssistEntry.KIND_VARIABLE,
				word.description(), Documentation.of(new Referent.BuiltinName(word)), FUNCTION_PRIORITY));
		Builtins.FUNCTIONS.values().forEach(word -> batch.add(word.name(), ContentAssistEntry.KIND_FUNCTION,
				word.signature(), Documentation.of(new Referent.Function(word)), FUNCTION_PRIORITY));
		for (CatalogueEntry table : TableCatalogue.standard().entries()) {
			String documentation = Documentation.table(table);
			batch.add(table.getCode(), ContentAssistEntry.KIND_CLASS, Documentation.tableSummary(table), documentation,
					TABLE_PRIORITY);
			for (String alias : table.getAliases()) {
				if (WORD.matcher(alias).matches()) {
					batch.add(alias, ContentAssistEntry.KIND_CLASS, "= " + table.getCode() + " " + table.getTitle(),
							documentation, ALIAS_PRIORITY);
				}
			}
		}
		return batch.any();
	}

	private static EObject variableOf(EObject binder, String name) {
		if (binder instanceof ForEach f) {
			return f.getVariable();
		}
		if (binder instanceof Let l) {
			return l.getVariable();
		}
		if (binder instanceof Definition d) {
			return d.getParameters().stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
		}
		return binder;
	}

	/** @return whether this context's prefix admitted any proposal (else another context is tried) */
	private boolean memberProposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Batch batch = new Batch(context, acceptor);
		int dot = context.getOffset() - context.getPrefix().length() - 1;
		String text = context.getRootNode() == null ? "" : context.getRootNode().getText();
		Optional<String> kind = receiver(context, dot - 1).flatMap(ValueKinds::kindOf)
				.or(() -> dot < 0 ? Optional.empty() : kindOfIdentifier(context, text.substring(0, dot)));
		Map<String, Builtins.Word> members = new LinkedHashMap<>();
		if (kind.isPresent()) {
			members.putAll(Builtins.MEMBERS.getOrDefault(kind.get(), Map.of()));
			Builtins.MEMBERS.getOrDefault("list", Map.of()).forEach(members::putIfAbsent);
		} else {
			Builtins.MEMBERS.values().forEach(m -> m.forEach(members::putIfAbsent));
		}
		for (Builtins.Word word : members.values()) {
			batch.add(word.name(), ContentAssistEntry.KIND_PROPERTY, word.signature(), word.description(),
					MEMBER_PRIORITY);
		}
		return batch.any();
	}

	/**
	 * Inside {@code r["…"]}, {@code r.cell("…")} or {@code t.column("…")} of a row whose table is known: its columns,
	 * quoted. The prefix is everything typed since the bracket, so the whole {@code "基本} is replaced.
	 */
	private boolean columnProposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String text = context.getRootNode() == null ? "" : context.getRootNode().getText();
		int offset = context.getOffset();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		Matcher m = COLUMN_POSITION.matcher(text.substring(lineStart, offset));
		if (!m.find()) {
			return false;
		}
		String typed = m.group(2) == null ? "" : m.group(2);
		// the receiver ends right before the '[' or the '.' of .cell(
		int receiverEnd = lineStart + m.start(1);
		Optional<CatalogueEntry> table = receiver(context, receiverEnd - 1).flatMap(ValueKinds::tableOf)
				.or(() -> tableOfIdentifier(context, text.substring(lineStart, receiverEnd)));
		if (table.isEmpty() || table.get().getColumns().isEmpty()) {
			return false;
		}
		boolean closingQuoteFollows = offset < text.length() && text.charAt(offset) == '"';
		String wanted = typed.startsWith("\"") ? typed.substring(1) : typed;
		for (CatalogueColumn column : table.get().getColumns()) {
			if (!column.getKey().startsWith(wanted)) {
				continue;
			}
			String proposal = "\"" + column.getKey() + (closingQuoteFollows ? "" : "\"");
			ContentAssistEntry entry = new ContentAssistEntry();
			entry.setPrefix(typed);
			entry.setProposal(proposal);
			entry.setLabel("\"" + column.getKey() + "\"");
			entry.setKind(ContentAssistEntry.KIND_FIELD);
			entry.setDescription(table.get().getCode() + " " + table.get().getTitle());
			entry.setDocumentation(Documentation.column(table.get(), column));
			acceptor.accept(entry, COLUMN_PRIORITY);
		}
		return true;
	}

	/**
	 * The catalogue's vocabulary inside a string: a table's usual row labels in {@code t.row("…")} (for tables of
	 * subject rows also the subjects' names), subject codes in {@code row(code: "…")}, claim labels in
	 * {@code claims(label: "…")}.
	 */
	private boolean quotedProposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String text = context.getRootNode() == null ? "" : context.getRootNode().getText();
		int offset = context.getOffset();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		String line = text.substring(lineStart, offset);
		TableCatalogue catalogue = TableCatalogue.standard();
		Map<String, String> values = new LinkedHashMap<>(); // proposal → description
		Matcher m;
		if ((m = CODE_POSITION.matcher(line)).find()) {
			for (String subject : catalogue.model().getSubjects()) {
				int space = subject.indexOf(' ');
				values.put(space < 0 ? subject : subject.substring(0, space), subject);
			}
		} else if ((m = CLAIM_LABEL_POSITION.matcher(line)).find()) {
			catalogue.model().getClaimLabels().forEach(label -> values.put(label, "情况说明陈述 / narrative claim"));
		} else if ((m = ROW_POSITION.matcher(line)).find()) {
			int receiverEnd = lineStart + m.start();
			String before = text.substring(lineStart, receiverEnd);
			Optional<CatalogueEntry> table = receiver(context, receiverEnd - 1).flatMap(ValueKinds::tableOf)
					.or(() -> tableOfIdentifier(context, before));
			if (table.isEmpty()) {
				return false;
			}
			String where = table.get().getCode() + " " + table.get().getTitle();
			table.get().getRowLabels().forEach(label -> values.put(label, where));
			if (table.get().getShape() == TableShape.SUBJECT_ROWS || table.get().getShape() == TableShape.ECONOMIC_BLOCKS) {
				for (String subject : catalogue.model().getSubjects()) {
					int space = subject.indexOf(' ');
					if (space > 0) {
						values.putIfAbsent(subject.substring(space + 1), subject);
					}
				}
			}
		} else {
			return false;
		}
		String typed = m.group(1) == null ? "" : m.group(1);
		String wanted = typed.startsWith("\"") ? typed.substring(1) : typed;
		boolean closingQuoteFollows = offset < text.length() && text.charAt(offset) == '"';
		values.forEach((value, description) -> {
			if (value.startsWith(wanted)) {
				ContentAssistEntry entry = new ContentAssistEntry();
				entry.setPrefix(typed);
				entry.setProposal("\"" + value + (closingQuoteFollows ? "" : "\""));
				entry.setLabel("\"" + value + "\"");
				entry.setKind(ContentAssistEntry.KIND_VALUE);
				entry.setDescription(description);
				acceptor.accept(entry, COLUMN_PRIORITY);
			}
		});
		return true;
	}

	/** The expression that ends at {@code lastCharOffset} (the receiver of a member or an index), if parsed. */
	private static Optional<Expression> receiver(ContentAssistContext context, int lastCharOffset) {
		if (lastCharOffset < 0 || context.getRootNode() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(context.getRootNode(), lastCharOffset);
		if (leaf == null || leaf.isHidden()) {
			return Optional.empty();
		}
		EObject semantic = NodeModelUtils.findActualSemanticObjectFor(leaf);
		return semantic instanceof Expression e ? Optional.of(e) : Optional.empty();
	}

	/** When the receiver could not be parsed yet: the table of a variable or table named just before the bracket. */
	private static Optional<CatalogueEntry> tableOfIdentifier(ContentAssistContext context, String textBefore) {
		return identifierBefore(textBefore).flatMap(name -> {
			EObject binder = binderOf(context, name);
			return binder instanceof ForEach f ? ValueKinds.tableOf(f.getSource())
					: binder instanceof Let l ? ValueKinds.tableOf(l.getValue())
							: binder == null ? ValueKinds.table(name) : Optional.empty();
		});
	}

	/** When the receiver could not be parsed yet: the kind of a variable, table or built-in named before the dot. */
	private static Optional<String> kindOfIdentifier(ContentAssistContext context, String textBefore) {
		return identifierBefore(textBefore).flatMap(name -> {
			EObject binder = binderOf(context, name);
			if (binder instanceof ForEach f) {
				return ValueKinds.kindOf(f.getSource());
			}
			if (binder instanceof Let l) {
				return ValueKinds.kindOf(l.getValue());
			}
			if (binder == null && Builtins.NAMES.containsKey(name)) {
				return Optional.of(ValueKinds.DOCUMENT);
			}
			return binder == null && ValueKinds.table(name).isPresent() ? Optional.of(ValueKinds.TABLE)
					: Optional.empty();
		});
	}

	private static Optional<String> identifierBefore(String textBefore) {
		Matcher m = IDENTIFIER_BEFORE.matcher(textBefore);
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	private static EObject binderOf(ContentAssistContext context, String name) {
		return NamesInScope.variablesBefore(context.getCurrentModel(), context.getOffset()).get(name);
	}

	/** The proposals made for one context, counting what its prefix admitted. */
	private final class Batch {
		private final ContentAssistContext context;
		private final IIdeContentProposalAcceptor acceptor;
		private int accepted;

		Batch(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
			this.context = context;
			this.acceptor = acceptor;
		}

		void add(String name, String kind, String description, String documentation, int priority) {
			ContentAssistEntry entry = getProposalCreator().createProposal(name, context, kind, e -> {
				e.setDescription(description);
				e.setDocumentation(documentation);
			});
			if (entry != null) {
				acceptor.accept(entry, priority);
				accepted++;
			}
		}

		boolean any() {
			return accepted > 0;
		}
	}
}
