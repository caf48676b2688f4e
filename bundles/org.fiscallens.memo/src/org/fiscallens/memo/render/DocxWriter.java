package org.fiscallens.memo.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a memo (the Markdown its template rendered, parsed by CommonMark) as a Word document: headings, paragraphs,
 * tables and charts in the styles of {@link DocxStyles}, on A4 with the margins of official documents and the page
 * number centred at the foot (— 1 —). The first-level heading is the document's title; {@code ---} starts a new page;
 * {@code <div class="letterhead">} and {@code <div class="signature">} blocks become the red letterhead and the
 * right-aligned signature. A user's reference.docx supplies styles, page setup, header and footer.
 */
public final class DocxWriter {

	/** A4 width minus the official margins (2.8 cm + 2.6 cm), in twentieths of a point. */
	private static final int DEFAULT_TEXT_WIDTH = 11906 - 1588 - 1474;
	private static final Pattern DIV = Pattern.compile("<div class=\"(letterhead|signature)\">(.*?)</div>",
			Pattern.DOTALL);

	private final XWPFDocument doc;
	private final Map<String, byte[]> images;
	private final int textWidth;

	private DocxWriter(XWPFDocument doc, Map<String, byte[]> images) {
		this.doc = doc;
		this.images = images;
		this.textWidth = textWidth(doc);
	}

	/** The document for {@code markdown}; {@code reference} (may be null) gives its styles and page setup. */
	public static byte[] write(Node markdown, byte[] reference, Map<String, byte[]> images) throws IOException {
		try (XWPFDocument doc = reference == null ? blank() : new XWPFDocument(new ByteArrayInputStream(reference))) {
			for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
				doc.removeBodyElement(i);
			}
			DocxStyles.ensure(doc);
			DocxWriter writer = new DocxWriter(doc, images);
			for (Node n = markdown.getFirstChild(); n != null; n = n.getNext()) {
				writer.block(n, null);
			}
			return bytes(doc);
		}
	}

	/** The built-in reference document: styles, A4 page with official margins, page number footer; no text. */
	public static byte[] referenceDocument() {
		try (XWPFDocument doc = blank()) {
			return bytes(doc);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static XWPFDocument blank() {
		XWPFDocument doc = new XWPFDocument();
		DocxStyles.ensure(doc);
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(1588));
		margins.setRight(BigInteger.valueOf(1474));
		margins.setHeader(BigInteger.valueOf(851));
		margins.setFooter(BigInteger.valueOf(992));
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		p.setStyle("Footer");
		p.createRun().setText("— ");
		p.getCTP().addNewFldSimple().setInstr("PAGE");
		p.createRun().setText(" —");
		return doc;
	}

	private static byte[] bytes(XWPFDocument doc) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		doc.write(out);
		return out.toByteArray();
	}

	private static int textWidth(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().getSectPr();
		if (sect != null && sect.isSetPgSz() && sect.isSetPgMar()) {
			try {
				int w = ((BigInteger) sect.getPgSz().getW()).intValue();
				int l = ((BigInteger) sect.getPgMar().getLeft()).intValue();
				int r = ((BigInteger) sect.getPgMar().getRight()).intValue();
				if (w - l - r > 2000) {
					return w - l - r;
				}
			} catch (ClassCastException | NullPointerException e) {
				// a measure given in another unit: keep the default
			}
		}
		return DEFAULT_TEXT_WIDTH;
	}

	private void block(Node n, String style) {
		if (n instanceof Heading h) {
			XWPFParagraph p = paragraph(switch (h.getLevel()) {
			case 1 -> "Title";
			case 2 -> "Heading1";
			case 3 -> "Heading2";
			default -> "Heading3";
			});
			inlines(h, p, false, false);
		} else if (n instanceof Paragraph para) {
			if (para.getFirstChild() instanceof Image image && image.getNext() == null) {
				figure(image);
			} else {
				inlines(para, paragraph(style == null ? "Normal" : style), false, false);
			}
		} else if (n instanceof BlockQuote) {
			children(n, "Note");
		} else if (n instanceof BulletList || n instanceof OrderedList) {
			int number = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
			for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
				listItem((ListItem) item, n instanceof OrderedList ? (number++) + ". " : "· ", style);
			}
		} else if (n instanceof TableBlock table) {
			table(table);
		} else if (n instanceof ThematicBreak) {
			doc.createParagraph().createRun().addBreak(BreakType.PAGE);
		} else if (n instanceof HtmlBlock html) {
			htmlBlock(html.getLiteral());
		} else {
			children(n, style);
		}
	}

	private void children(Node parent, String style) {
		for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
			block(c, style);
		}
	}

	private void listItem(ListItem item, String marker, String style) {
		boolean first = true;
		for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
			if (first && c instanceof Paragraph para) {
				XWPFParagraph p = paragraph(style == null ? "Normal" : style);
				p.createRun().setText(marker);
				inlines(para, p, false, false);
			} else {
				block(c, style);
			}
			first = false;
		}
	}

	private XWPFParagraph paragraph(String style) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle(style);
		return p;
	}

	private void inlines(Node parent, XWPFParagraph p, boolean bold, boolean emphasis) {
		for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
			if (c instanceof Text t) {
				run(p, t.getLiteral(), bold, emphasis);
			} else if (c instanceof Code code) {
				run(p, code.getLiteral(), bold, emphasis);
			} else if (c instanceof StrongEmphasis) {
				inlines(c, p, true, emphasis);
			} else if (c instanceof Emphasis) {
				inlines(c, p, bold, true);
			} else if (c instanceof HardLineBreak) {
				p.createRun().addBreak();
			} else if (c instanceof Image image) {
				picture(p, image);
			} else {
				inlines(c, p, bold, emphasis); // links and the like: their text
			}
		}
	}

	private static void run(XWPFParagraph p, String text, boolean bold, boolean emphasis) {
		XWPFRun r = p.createRun();
		r.setText(text);
		if (bold) {
			r.setBold(true);
		}
		if (emphasis) {
			r.setFontFamily(DocxStyles.SUBHEADING_FONT, XWPFRun.FontCharRange.eastAsia);
		}
	}

	/** A chart on its own line, centred, with its caption (the image's alt text) below. */
	private void figure(Image image) {
		picture(paragraph("Figure"), image);
		String caption = text(image);
		if (!caption.isBlank()) {
			paragraph("Caption").createRun().setText(caption);
		}
	}

	private void picture(XWPFParagraph p, Image image) {
		byte[] png = images.get(image.getDestination());
		if (png == null) {
			run(p, "［图：" + image.getDestination() + "］", false, false);
			return;
		}
		try {
			java.awt.image.BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
			double widthPt = Math.min(textWidth / 20.0, read.getWidth() / 2.0);
			double heightPt = widthPt * read.getHeight() / read.getWidth();
			p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, image.getDestination(),
					Units.toEMU(widthPt), Units.toEMU(heightPt));
		} catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new IllegalStateException("chart " + image.getDestination() + " cannot be placed: " + e.getMessage(), e);
		}
	}

	private void table(TableBlock block) {
		List<TableRow> rows = new ArrayList<>();
		for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
			for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
				rows.add((TableRow) row);
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		int columns = 0;
		for (Node c = rows.get(0).getFirstChild(); c != null; c = c.getNext()) {
			columns++;
		}
		int[] widths = columnWidths(rows, columns);
		XWPFTable table = doc.createTable(rows.size(), columns);
		CTTblPr pr = table.getCTTbl().getTblPr();
		CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		table.setWidth(String.valueOf(textWidth));
		table.setWidthType(TableWidthType.DXA);
		table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
		var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			boolean header = rows.get(r).getParent() instanceof org.commonmark.ext.gfm.tables.TableHead;
			if (header) {
				row.setRepeatHeader(true);
			}
			row.setCantSplitRow(true);
			int c = 0;
			for (Node cellNode = rows.get(r).getFirstChild(); cellNode != null && c < columns; cellNode = cellNode.getNext(), c++) {
				TableCell md = (TableCell) cellNode;
				XWPFTableCell cell = row.getCell(c);
				cell.setWidth(String.valueOf(widths[c]));
				cell.setWidthType(TableWidthType.DXA);
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				if (header) {
					cell.setColor("E7E6E6");
				}
				XWPFParagraph p = cell.getParagraphs().get(0);
				p.setStyle(header ? "TableHeading" : "TableText");
				if (!header && md.getAlignment() == TableCell.Alignment.RIGHT) {
					p.setAlignment(ParagraphAlignment.RIGHT);
				} else if (!header && md.getAlignment() == TableCell.Alignment.CENTER) {
					p.setAlignment(ParagraphAlignment.CENTER);
				}
				inlines(md, p, false, false);
			}
		}
		paragraph("TableText"); // Word joins two tables that touch; a blank line keeps them apart
	}

	/**
	 * Column widths: every column gets room for its longest unbreakable run (a number, a code, a Latin word: Chinese
	 * breaks anywhere) and at least two characters; what is left goes to the columns in proportion to their longest text.
	 */
	private int[] columnWidths(List<TableRow> rows, int columns) {
		double[] natural = new double[columns];
		double[] minimum = new double[columns];
		for (TableRow row : rows) {
			boolean header = row.getParent() instanceof org.commonmark.ext.gfm.tables.TableHead;
			int c = 0;
			for (Node cell = row.getFirstChild(); cell != null && c < columns; cell = cell.getNext(), c++) {
				String text = text(cell);
				// a heading of up to four characters stays on one line (序号, 出现次数)
				int unbreakable = header ? Math.min(8, visualLength(text)) : longestRun(text);
				natural[c] = Math.max(natural[c], Math.min(60, visualLength(text)) * HALF_CHAR + CELL_PADDING);
				minimum[c] = Math.max(minimum[c], Math.min(16, Math.max(4, unbreakable)) * HALF_CHAR + CELL_PADDING);
			}
		}
		double minSum = 0;
		double extraSum = 0;
		for (int c = 0; c < columns; c++) {
			natural[c] = Math.max(natural[c], minimum[c]);
			minSum += minimum[c];
			extraSum += natural[c] - minimum[c];
		}
		double left = Math.max(0, textWidth - minSum);
		int[] widths = new int[columns];
		int used = 0;
		for (int c = 0; c < columns; c++) {
			double share = extraSum == 0 ? left / columns : left * (natural[c] - minimum[c]) / extraSum;
			widths[c] = c == columns - 1 ? textWidth - used : (int) (minimum[c] + share);
			used += widths[c];
		}
		return widths;
	}

	/** Width of a half-width character of 五号 text, and the cell's left and right margins, in twips. */
	private static final int HALF_CHAR = 115;
	private static final int CELL_PADDING = 260;

	/** The longest run of characters that cannot be broken (not CJK, no space), in half-width characters. */
	private static int longestRun(String s) {
		int longest = 0;
		int run = 0;
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			run = ch < 0x2E80 && !Character.isWhitespace(ch) ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}

	private static int visualLength(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			n += s.charAt(i) < 0x2E80 ? 1 : 2;
		}
		return n;
	}

	/** The letterhead (one line per {@code <br>}, the red rule under the last) or the signature block. */
	private void htmlBlock(String html) {
		Matcher m = DIV.matcher(html);
		while (m.find()) {
			String style = m.group(1).equals("letterhead") ? "Letterhead" : "Signature";
			String[] lines = m.group(2).split("<br\\s*/?>");
			for (int i = 0; i < lines.length; i++) {
				String line = unescape(lines[i].strip());
				XWPFParagraph p = paragraph(style);
				if (style.equals("Letterhead") && i < lines.length - 1) {
					p.getCTP().getPPr().addNewPBdr(); // only the last line carries the rule
				}
				if (!line.isEmpty()) {
					p.createRun().setText(line);
				}
			}
		}
	}

	private static String unescape(String s) {
		return s.replaceAll("\\\\([\\\\`*_\\[\\]<>|#])", "$1").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&quot;", "\"").replace("&amp;", "&");
	}

	private static String text(Node n) {
		StringBuilder s = new StringBuilder();
		collect(n, s);
		return s.toString();
	}

	private static void collect(Node n, StringBuilder s) {
		if (n instanceof Text t) {
			s.append(t.getLiteral());
		} else if (n instanceof Code c) {
			s.append(c.getLiteral());
		}
		for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
			collect(c, s);
		}
	}
}
