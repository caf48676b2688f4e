package org.fiscallens.importer;

import java.util.regex.Pattern;

import org.fiscallens.model.catalogue.TitleText;

/**
 * Where the parts of a disclosure are: 第二部分 (tables), 第三部分 (情况说明, the narrative), 第四部分 (名词解释) and
 * 第五部分 (附件). Tables of contents repeat these headings, so the last heading of each part that is not a contents
 * line (no page number) is taken. Line numbers are 1-based; "to" bounds are exclusive.
 */
final class DocumentLayout {

    private static final Pattern PART = Pattern.compile("^第([一二三四五六])部分");
    private static final Pattern CONTENTS_LINE = Pattern.compile("(\\.{3,}|…{2,}|\\t\\s*\\d{1,3}\\s*$|\\s\\d{1,3}\\s*$)");

    final int tablesFrom;
    final int tablesTo;
    final int narrativeFrom;
    final int narrativeTo;
    final int annexFrom;
    final int lineCount;

    private DocumentLayout(int tablesFrom, int tablesTo, int narrativeFrom, int narrativeTo, int annexFrom, int lineCount) {
        this.tablesFrom = tablesFrom;
        this.tablesTo = tablesTo;
        this.narrativeFrom = narrativeFrom;
        this.narrativeTo = narrativeTo;
        this.annexFrom = annexFrom;
        this.lineCount = lineCount;
    }

    static DocumentLayout of(SourceText source) {
        int n = source.lineCount();
        int[] lastHeading = new int[7];
        for (int i = 1; i <= n; i++) {
            String raw = source.line(i);
            if (raw.length() > 60 || raw.indexOf('第') < 0) {
                continue;
            }
            // a heading, unless it is a contents line (searched only for headings)
            String normalized = TitleText.normalize(raw);
            var m = normalized.startsWith("第") ? PART.matcher(normalized) : null; // the expression only where it can match
            if (m != null && m.lookingAt() && !CONTENTS_LINE.matcher(raw).find()) {
                lastHeading[" 一二三四五六".indexOf(m.group(1))] = i;
            }
        }
        int end = n + 1;
        int narrativeFrom = lastHeading[3] > 0 ? lastHeading[3] : end;
        int tablesFrom = lastHeading[2] > 0 && lastHeading[2] < narrativeFrom ? lastHeading[2] : 1;
        int narrativeTo = end;
        for (int part = 4; part <= 6; part++) {
            if (lastHeading[part] > narrativeFrom) {
                narrativeTo = Math.min(narrativeTo, lastHeading[part]);
            }
        }
        int annexFrom = lastHeading[5] > narrativeFrom ? lastHeading[5] : end;
        return new DocumentLayout(tablesFrom, narrativeFrom, narrativeFrom, narrativeTo, annexFrom, n);
    }

    boolean hasNarrative() {
        return narrativeFrom <= lineCount;
    }
}
