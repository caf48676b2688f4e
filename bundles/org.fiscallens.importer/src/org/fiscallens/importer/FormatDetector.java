package org.fiscallens.importer;

import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.SourceFormat;

/** Tells tab-separated extractions from markdown ones (pipe tables, or headings and HTML tags). */
final class FormatDetector {

    private static final Pattern HTML = Pattern.compile("<(br|b|p|table|td|tr|strong|u)\\b[^>]{0,40}>");
    private static final int MARKUP_EVIDENCE = 3;

    private FormatDetector() {
    }

    static SourceFormat detect(SourceText source) {
        int pipeRows = 0;
        int tabRows = 0;
        int markup = 0;
        for (String line : source.lines()) {
            // the line's first and last visible characters, without a stripped copy of every line
            int first = Blanks.firstNonWhitespace(line);
            char start = first < line.length() ? line.charAt(first) : 0;
            if (start == '|' && Blanks.lastNonWhitespace(line) > first) {
                pipeRows++;
            } else if (line.indexOf('\t') >= 0) {
                tabRows++;
            }
            // enough evidence of markup is enough: no more searching for tags
            if (markup < MARKUP_EVIDENCE && (start == '#'
                    || line.length() < 20_000 && line.indexOf('<') >= 0 && HTML.matcher(line).find())) {
                markup++;
            }
        }
        if (pipeRows > tabRows && pipeRows > 0) {
            return SourceFormat.MARKDOWN_PIPE;
        }
        if (markup >= MARKUP_EVIDENCE) {
            return SourceFormat.MARKDOWN_HTML;
        }
        return tabRows > 0 ? SourceFormat.TAB_SEPARATED : SourceFormat.UNKNOWN;
    }
}
