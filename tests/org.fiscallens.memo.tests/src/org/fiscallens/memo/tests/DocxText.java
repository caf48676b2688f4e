package org.fiscallens.memo.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A DOCX opened with POI, as blocks of text in reading order: paragraphs with their style, table rows. */
final class DocxText {

	/** A paragraph (style = its style id) or a table row (style = "row", cells joined with " | "). */
	record Block(String style, String text, List<String> cells) {
	}

	final XWPFDocument document;
	final List<Block> blocks = new ArrayList<>();

	DocxText(Path file) throws IOException {
		document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)));
		for (IBodyElement e : document.getBodyElements()) {
			if (e instanceof XWPFParagraph p) {
				blocks.add(new Block(p.getStyle() == null ? "" : p.getStyle(), p.getText(), List.of()));
			} else if (e instanceof XWPFTable t) {
				for (XWPFTableRow row : t.getRows()) {
					List<String> cells = row.getTableCells().stream().map(XWPFTableCell::getText).toList();
					blocks.add(new Block("row", String.join(" | ", cells), cells));
				}
			}
		}
	}

	String all() {
		return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
	}

	List<Block> withStyle(String style) {
		return blocks.stream().filter(b -> style.equals(b.style())).toList();
	}

	/** The text from the heading containing {@code heading} to the next heading of any level. */
	String section(String headingStyle, String heading) {
		StringBuilder s = new StringBuilder();
		boolean in = false;
		for (Block b : blocks) {
			if (b.style().startsWith("Heading") || b.style().equals("Title")) {
				if (in) {
					break;
				}
				in = b.style().equals(headingStyle) && b.text().contains(heading);
			}
			if (in) {
				s.append(b.text()).append('\n');
			}
		}
		return s.toString();
	}

	/** The table rows after the heading containing {@code heading}, until the next heading. */
	List<List<String>> rowsAfter(String heading) {
		List<List<String>> rows = new ArrayList<>();
		boolean in = false;
		for (Block b : blocks) {
			if (b.style().startsWith("Heading")) {
				if (in) {
					break;
				}
				in = b.text().contains(heading);
			} else if (in && b.style().equals("row")) {
				rows.add(b.cells());
			}
		}
		return rows;
	}
}
