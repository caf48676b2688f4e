package org.fiscallens.memo.render;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The paragraph styles of a memo, after the layout of Chinese official documents (GB/T 9704): body in 三号 仿宋_GB2312
 * on a fixed 28 pt line with a two-character indent, title in 二号 方正小标宋简体, first-level headings in 黑体, second-level
 * in 楷体_GB2312; tables in 五号. Latin text and digits in Times New Roman. A reference.docx of the user's that defines
 * a style with the same id wins; the styles it lacks are added from here.
 */
final class DocxStyles {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	static final String BODY_FONT = "仿宋_GB2312";
	static final String TITLE_FONT = "方正小标宋简体";
	static final String HEADING_FONT = "黑体";
	static final String SUBHEADING_FONT = "楷体_GB2312";

	private DocxStyles() {
	}

	private static String fonts(String eastAsia) {
		return "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"" + eastAsia
				+ "\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>";
	}

	private static String size(int halfPoints) {
		return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
	}

	private static String style(String id, String name, String basedOn, String pPr, String rPr) {
		return "<w:style w:type=\"paragraph\"" + ("Normal".equals(id) ? " w:default=\"1\"" : "")
				+ " w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
				+ (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + "<w:qFormat/>"
				+ "<w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
	}

	private static final String NO_INDENT = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
	private static final String SINGLE = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"300\" w:lineRule=\"auto\"/>";

	static final List<String> STYLES = List.of(
			style("Normal", "Normal", null,
					"<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"560\" w:lineRule=\"exact\"/>"
							+ "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/>",
					fonts(BODY_FONT) + size(32) + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"),
			style("Title", "Title", "Normal",
					"<w:keepNext/><w:spacing w:before=\"240\" w:after=\"480\" w:line=\"700\" w:lineRule=\"exact\"/>"
							+ NO_INDENT + "<w:jc w:val=\"center\"/>",
					fonts(TITLE_FONT) + size(44)),
			style("Heading1", "heading 1", "Normal", "<w:keepNext/><w:outlineLvl w:val=\"0\"/>", fonts(HEADING_FONT)),
			style("Heading2", "heading 2", "Normal", "<w:keepNext/><w:outlineLvl w:val=\"1\"/>",
					fonts(SUBHEADING_FONT)),
			style("Heading3", "heading 3", "Normal", "<w:keepNext/><w:outlineLvl w:val=\"2\"/>",
					fonts(BODY_FONT) + "<w:b/><w:bCs/>"),
			style("TableText", "Table Text", "Normal", SINGLE + NO_INDENT + "<w:jc w:val=\"left\"/>",
					fonts(BODY_FONT) + size(21)),
			style("TableHeading", "Table Heading", "TableText", "<w:keepNext/><w:jc w:val=\"center\"/>",
					fonts(HEADING_FONT) + size(21)),
			style("Caption", "caption", "Normal",
					"<w:spacing w:before=\"60\" w:after=\"240\" w:line=\"400\" w:lineRule=\"exact\"/>" + NO_INDENT
							+ "<w:jc w:val=\"center\"/>",
					fonts(SUBHEADING_FONT) + size(24)),
			style("Figure", "Figure", "Normal", SINGLE + NO_INDENT + "<w:keepNext/><w:jc w:val=\"center\"/>", ""),
			style("Note", "Note", "Normal",
					"<w:spacing w:line=\"440\" w:lineRule=\"exact\"/><w:ind w:leftChars=\"200\" w:left=\"640\""
							+ " w:firstLineChars=\"0\" w:firstLine=\"0\"/>",
					fonts(SUBHEADING_FONT) + size(28)),
			style("Letterhead", "Letterhead", "Normal",
					"<w:pBdr><w:bottom w:val=\"single\" w:sz=\"18\" w:space=\"12\" w:color=\"C00000\"/></w:pBdr>"
							+ "<w:spacing w:before=\"0\" w:after=\"600\" w:line=\"900\" w:lineRule=\"exact\"/>"
							+ NO_INDENT + "<w:jc w:val=\"center\"/>",
					fonts(TITLE_FONT) + "<w:color w:val=\"C00000\"/>" + size(60)),
			style("Signature", "Signature", "Normal",
					"<w:ind w:rightChars=\"400\" w:right=\"1280\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
							+ "<w:jc w:val=\"right\"/>",
					""),
			style("Footer", "footer", "Normal", SINGLE + NO_INDENT + "<w:jc w:val=\"center\"/>",
					"<w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/>" + size(28)));

	/** Adds every style the document does not define yet. */
	static void ensure(XWPFDocument doc) {
		XWPFStyles styles = doc.getStyles();
		if (styles == null) {
			styles = doc.createStyles();
			try {
				CTStyles empty = StylesDocument.Factory.parse("<w:styles xmlns:w=\"" + W + "\">"
						+ "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(BODY_FONT)
						+ "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault></w:docDefaults>"
						+ "</w:styles>").getStyles();
				styles.setStyles(empty);
			} catch (XmlException e) {
				throw new IllegalStateException(e);
			}
		}
		try {
			// parsed as one styles part: a fragment parsed as CTStyle would nest a second w:style inside the first
			CTStyles all = StylesDocument.Factory
					.parse("<w:styles xmlns:w=\"" + W + "\">" + String.join("", STYLES) + "</w:styles>").getStyles();
			for (CTStyle style : all.getStyleArray()) {
				if (!styles.styleExist(style.getStyleId())) {
					styles.addStyle(new XWPFStyle((CTStyle) style.copy(), styles));
				}
			}
		} catch (XmlException e) {
			throw new IllegalStateException("bad built-in style: " + e.getMessage(), e);
		}
	}
}
