package org.fiscallens.rules.ide.docs;

import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fiscallens.model.disclosure.CatalogueColumn;
import org.fiscallens.model.disclosure.CatalogueEntry;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.rules.Builtins;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.ForEach;
import org.fiscallens.rules.rules.Let;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.Variable;

/**
 * The documentation of what a word refers to, as Markdown (hover in the language server and in the editor, content
 * assist details). Chinese first, like the vocabulary in {@link Builtins} and the catalogue.
 */
public final class Documentation {

	private static final Map<String, String> KIND_NAMES = Map.ofEntries(Map.entry("document", "文件"),
			Map.entry("table", "表"), Map.entry("row", "行"), Map.entry("cell", "单元格"), Map.entry("column", "栏"),
			Map.entry("claim", "陈述"), Map.entry("section", "章节"), Map.entry("annex", "附件"),
			Map.entry("annex value", "附件数值"), Map.entry("indicator", "绩效指标"), Map.entry("list", "列表"));

	private Documentation() {
	}

	public static String of(Referent referent) {
		return switch (referent) {
		case Referent.Table t -> table(t.entry());
		case Referent.Column c -> column(c.table(), c.column());
		case Referent.Function f -> word("函数 / function", f.word());
		case Referent.BuiltinName n -> word("内置名称 / built-in name", n.word());
		case Referent.Member m -> member(m);
		case Referent.Declaration d -> declaration(d.declaration());
		};
	}

	/** 公开05 · 一般公共预算财政拨款支出决算表（决算）, its aliases, columns and description. */
	public static String table(CatalogueEntry entry) {
		StringBuilder text = new StringBuilder();
		text.append("**").append(entry.getCode()).append("** · ").append(entry.getTitle()).append("（")
				.append(kindName(entry.getKind())).append("）");
		if (!entry.getAliases().isEmpty()) {
			text.append("\n\n别名 / aliases：").append(String.join("、", entry.getAliases()));
		}
		if (!entry.getColumns().isEmpty()) {
			text.append("\n\n栏目 / columns：").append(
					entry.getColumns().stream().map(CatalogueColumn::getKey).collect(Collectors.joining("、")));
		}
		if (entry.getDescription() != null && !entry.getDescription().isBlank()) {
			text.append("\n\n").append(entry.getDescription());
		}
		return text.toString();
	}

	/** One line for content assist: the table's title and kind. */
	public static String tableSummary(CatalogueEntry entry) {
		return entry.getTitle() + "（" + kindName(entry.getKind()) + "）";
	}

	public static String column(CatalogueEntry table, CatalogueColumn column) {
		return "**" + column.getKey() + "** · " + table.getCode() + " " + table.getTitle() + " 的栏目 / column"
				+ (column.getMeaning() == null ? "" : "\n\n" + column.getMeaning());
	}

	private static String word(String what, Builtins.Word word) {
		return "```\n" + word.signature() + "\n```\n" + what + "：" + word.description();
	}

	private static String member(Referent.Member member) {
		StringBuilder text = new StringBuilder("成员 / member **." + member.name() + "**\n");
		member.byKind().forEach((kind, word) -> text.append("\n- ").append(kindName(kind)).append("：`")
				.append(word.signature()).append("` ").append(word.description()));
		return text.toString();
	}

	/** The kinds of value that have a member, e.g. 表、行. */
	public static String kindName(String kind) {
		return KIND_NAMES.getOrDefault(kind, kind);
	}

	private static String kindName(DisclosureKind kind) {
		return kind == DisclosureKind.BUDGET ? "预算" : "决算";
	}

	private static String declaration(EObject declaration) {
		if (declaration instanceof Definition definition) {
			return "定义 / definition\n```\n" + sourceText(definition) + "\n```";
		}
		if (declaration instanceof Rule rule) {
			return rule(rule);
		}
		if (declaration instanceof Variable variable) {
			return variable(variable);
		}
		return sourceText(declaration);
	}

	private static String rule(Rule rule) {
		StringBuilder text = new StringBuilder("规则 / rule **").append(rule.getName()).append("** ")
				.append(orEmpty(rule.getTitle()));
		text.append("\n\n严重程度 / severity：").append(rule.getSeverity().getLiteral());
		if (rule.getKind() != null) {
			text.append(" · 适用于 / applies to：").append(rule.getKind().getLiteral());
		}
		if (rule.getRationale() != null) {
			text.append("\n\n").append(orEmpty(rule.getRationale()));
		}
		return text.toString();
	}

	private static String variable(Variable variable) {
		EObject binder = variable.eContainer();
		String how = binder instanceof ForEach forEach ? "for each " + variable.getName() + " in "
				+ oneLine(forEach.getSource())
				: binder instanceof Let let ? "let " + variable.getName() + " = " + oneLine(let.getValue())
						: binder instanceof Definition d ? "参数 / parameter of " + d.getName() : variable.getName();
		return "变量 / variable **" + variable.getName() + "**\n```\n" + how + "\n```";
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	/** The text of an element as written (comments and line breaks kept). */
	public static String sourceText(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? "" : node.getText().strip();
	}

	private static String oneLine(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
