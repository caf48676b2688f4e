package org.fiscallens.memo.render;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker output format for the memo templates: every {@code ${value}} is escaped for Markdown, so a unit name or a
 * message with {@code |}, {@code *} or {@code _} can never break a table or turn into emphasis.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markup> {

	public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

	private MarkdownOutputFormat() {
	}

	@Override
	public String getName() {
		return "Markdown";
	}

	@Override
	public String getMimeType() {
		return "text/markdown";
	}

	@Override
	public void output(String text, Writer out) throws IOException, TemplateModelException {
		out.write(escapePlainText(text));
	}

	@Override
	public String escapePlainText(String text) {
		StringBuilder s = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#' -> s.append('\\').append(c);
			case '\n', '\r' -> s.append(' '); // a value never ends a table row or a paragraph
			default -> s.append(c);
			}
		}
		return s.toString();
	}

	@Override
	public boolean isLegacyBuiltInBypassed(String builtInName) {
		return false;
	}

	@Override
	protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
		return new Markup(plainTextContent, markupContent);
	}

	/** Markdown produced by a template (not escaped again). */
	public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

		Markup(String plainTextContent, String markupContent) {
			super(plainTextContent, markupContent);
		}

		@Override
		public MarkdownOutputFormat getOutputFormat() {
			return INSTANCE;
		}
	}
}
