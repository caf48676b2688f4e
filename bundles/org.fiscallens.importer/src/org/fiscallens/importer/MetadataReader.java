package org.fiscallens.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscallens.model.catalogue.TitleText;
import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;

/**
 * Reads who published the document and what it is from its cover lines (山西省医疗保障局 / 2024年度部门决算公开) and the
 * 部门名称： / 单位名称： lines of its tables.
 */
final class MetadataReader {

    private static final Pattern COVER_TITLE = Pattern.compile("(\\d{4})\\s*年度?\\s*(部门|单位)?\\s*(决算|预算)(公开)?");
    private static final Pattern NAME_LINE = Pattern.compile("(?:部门|单位)名称\\s*[:：]\\s*([^\\s\\d:：|]{2,40}?)(?:\\s|\\d{4}年|单位|金额|$)");
    private static final Pattern UNIT_NAME = Pattern.compile("^[\\p{IsHan}()（）]{3,40}(局|委员会|委|厅|院|中心|办公室|办|部|会|所|站|队|馆|校|学校|医院|公司|政府)$");
    private static final int COVER_LINES = 40;

    private MetadataReader() {
    }

    /** Fills unit name, title, year, kind and scope; returns the kind when the document says it (else null). */
    static DisclosureKind read(SourceText source, Submission submission) {
        int n = source.lineCount();
        String unitFromCover = null;
        for (int i = 1; i <= Math.min(n, COVER_LINES); i++) {
            String line = source.line(i);
            if (line.length() > 80) {
                continue;
            }
            String text = TitleText.normalize(line);
            // the expression only on lines that say 决算 or 预算, as every cover title does
            Matcher m = submission.getTitle() == null && (text.contains("决算") || text.contains("预算")) ? COVER_TITLE.matcher(text) : null;
            if (m != null && m.find()) {
                submission.setTitle(line.replaceAll("^#+\\s*", "").replace("**", "").strip());
                submission.setYear(Integer.parseInt(m.group(1)));
                submission.setKind("预算".equals(m.group(3)) ? DisclosureKind.BUDGET : DisclosureKind.FINAL);
                if (m.group(2) != null) {
                    submission.setScope("单位".equals(m.group(2)) ? Scope.UNIT : Scope.DEPARTMENT);
                }
            } else if (unitFromCover == null && submission.getTitle() == null && UNIT_NAME.matcher(text).matches()) {
                unitFromCover = text;
            }
        }
        String unitFromTables = null;
        for (int i = 1; i <= n && unitFromTables == null; i++) {
            String line = source.line(i);
            if (line.length() > 200 || line.indexOf("名称") < 0) {
                continue;
            }
            Matcher m = NAME_LINE.matcher(line);
            if (m.find()) {
                unitFromTables = TitleText.normalize(m.group(1));
            }
        }
        submission.setUnitName(unitFromCover != null ? unitFromCover : unitFromTables);
        if (submission.getTitle() != null) {
            return submission.getKind();
        }
        return guessKindFromText(source, submission);
    }

    /** No cover title: the words used by the tables still tell 决算 from 预算. */
    private static DisclosureKind guessKindFromText(SourceText source, Submission submission) {
        int finals = 0;
        int budgets = 0;
        for (int i = 1; i <= Math.min(source.lineCount(), 2000); i++) {
            String line = source.line(i);
            if (line.length() > 300) {
                continue;
            }
            if (line.contains("决算") || line.contains("決算")) {
                finals++;
            }
            if (line.contains("预算表") || line.contains("预算公开")) {
                budgets++;
            }
        }
        if (finals == 0 && budgets == 0) {
            return null;
        }
        submission.setKind(budgets > finals ? DisclosureKind.BUDGET : DisclosureKind.FINAL);
        return submission.getKind();
    }
}
