package org.fiscallens.rules.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.fiscallens.rules.ide.formatting.RulesFormatter;

/** LSP formatting through {@link RulesFormatter}: one edit per changed line of the requested range. */
public class RulesFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		String indent = options != null && options.isInsertSpaces() ? " ".repeat(Math.max(options.getTabSize(), 1))
				: "\t";
		String text = document.getContents();
		String[] lines = text.split("\n", -1);
		List<String> formatted = new RulesFormatter(indent).formatLines(text);
		int first = document.getPosition(offset).getLine();
		int last = document.getPosition(Math.min(offset + length, text.length())).getLine();
		List<TextEdit> edits = new ArrayList<>();
		for (int line = first; line <= last && line < lines.length; line++) {
			String before = withoutCarriageReturn(lines[line]);
			String after = withoutCarriageReturn(formatted.get(line));
			if (!before.equals(after)) {
				edits.add(new TextEdit(new Range(new Position(line, 0), new Position(line, before.length())), after));
			}
		}
		return edits;
	}

	private static String withoutCarriageReturn(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}
}
