package org.fiscallens.memo.render;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writes a memo as one self-contained HTML page (charts embedded as data URIs), styled by {@code memo.css} from the
 * templates (so the user can restyle it): the same headings, tables and letterhead as the Word document.
 */
public final class HtmlWriter {

	private HtmlWriter() {
	}

	public static String write(Node markdown, String css, Map<String, byte[]> images) {
		HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
				.attributeProviderFactory(context -> (node, tag, attributes) -> {
					if (node instanceof Image image && images.containsKey(image.getDestination())) {
						attributes.put("src", "data:image/png;base64,"
								+ Base64.getEncoder().encodeToString(images.get(image.getDestination())));
					}
				}).build();
		String title = title(markdown);
		return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" + escape(title)
				+ "</title>\n<style>\n" + css + "\n</style>\n</head>\n<body>\n<main class=\"memo\">\n"
				+ renderer.render(markdown) + "</main>\n</body>\n</html>\n";
	}

	private static String title(Node markdown) {
		for (Node n = markdown.getFirstChild(); n != null; n = n.getNext()) {
			if (n instanceof Heading h && h.getLevel() == 1) {
				StringBuilder s = new StringBuilder();
				for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
					if (c instanceof Text t) {
						s.append(t.getLiteral());
					}
				}
				return s.toString();
			}
		}
		return "";
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
