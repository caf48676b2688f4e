package org.fiscallens.importer;

import java.util.List;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.Annex;
import org.fiscallens.model.disclosure.DisclosureFactory;

/**
 * Reads one located annex into an {@link Annex}: the project name, the 项目资金 block ({@link FundGridReader}), rows of
 * label / amount pairs ({@link LabelValueReader}), the 绩效指标 block ({@link IndicatorReader}) and figures stated in
 * words ({@link AnnexTextFacts}). An annex whose body is only {@code [illegible]} is kept, without values, with a
 * diagnostic: the reviewer must know it exists and that its figures cannot be checked.
 */
final class AnnexReader {

    private static final Pattern PROJECT_NAME = Pattern.compile("^项目名称\\s*[:：]?");
    /** How a row of goals starts (项目年度绩效目标, 年度总体目标 …): prefixes, compared without an expression. */
    private static final List<String> GOALS = List.of("项目年度绩效目标", "年度总", "年度目标", "项目预期", "绩效目标", "实施期目标", "总体目标");
    private static final Pattern NAME_NOISE = Pattern.compile("[{}|\\[\\]]");

    private final SourceText source;
    private final Diagnostics diagnostics;
    private final boolean markdown;

    AnnexReader(SourceText source, Diagnostics diagnostics, boolean markdown) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.markdown = markdown;
    }

    Annex read(AnnexLocator.AnnexRegion region) {
        Annex annex = DisclosureFactory.eINSTANCE.createAnnex();
        annex.setKind(region.kind());
        annex.setTitle(region.title());
        annex.setFirstLine(region.firstLine());
        annex.setLastLine(region.lastLine());
        AnnexValues values = new AnnexValues(annex);
        FundGridReader funds = new FundGridReader(values, diagnostics, markdown);
        LabelValueReader pairs = new LabelValueReader(values);
        IndicatorReader indicators = new IndicatorReader(annex, values);
        AnnexTextFacts facts = new AnnexTextFacts(values);
        boolean grid = false;
        int illegibleLine = 0;
        for (int i = region.titleLine() + 1; i <= region.lastLine(); i++) {
            String line = source.line(i);
            if (line.contains("[illegible]") && illegibleLine == 0) {
                illegibleLine = i;
            }
            GridLine g = source.grid(i);
            if (g == null) {
                readProse(annex, facts, line, i);
                continue;
            }
            grid = true;
            readProjectName(annex, g);
            if (startsWithGoals(g)) {
                funds.end();
            }
            if (indicators.active() && indicators.read(g) || indicators.readHeader(g)) {
                funds.end();
                continue;
            }
            if (funds.read(g)) {
                continue;
            }
            pairs.read(g);
            for (GridLine.Cell c : g.cells()) {
                facts.read(c.text(), i, c.column());
            }
        }
        if (!grid && annex.getValues().isEmpty() && illegibleLine > 0) {
            diagnostics.warning(Diagnostics.ANNEX_ILLEGIBLE, illegibleLine, "The body of annex \"" + region.title()
                    + "\" is illegible in the extraction: none of its figures can be checked", source.line(illegibleLine).strip());
        }
        return annex;
    }

    private void readProse(Annex annex, AnnexTextFacts facts, String line, int number) {
        String text = line.strip();
        var m = PROJECT_NAME.matcher(text);
        if (annex.getProject() == null && m.lookingAt() && text.length() > m.end()) {
            annex.setProject(text.substring(m.end()).strip());
        }
        facts.read(line, number, 1);
    }

    /** 项目名称 | name, the name possibly cut into several cells by OCR ("医保制度 | 改革及政策 | 调研"). */
    private static void readProjectName(Annex annex, GridLine g) {
        if (annex.getProject() != null) {
            return;
        }
        for (int i = 0; i < g.size(); i++) {
            if (g.labelText(i).startsWith("项目名称")) { // PROJECT_NAME: the rest of it is optional
                StringBuilder name = new StringBuilder(g.labelText(i).replaceFirst("^项目名称:?", ""));
                for (int j = i + 1; j < g.size(); j++) {
                    name.append(NAME_NOISE.matcher(g.text(j)).replaceAll("").strip());
                }
                if (!name.isEmpty()) {
                    annex.setProject(name.toString().replaceAll("\\s+", ""));
                }
                return;
            }
        }
    }

    /** Whether the first non-empty cell starts with one of {@link #GOALS}. */
    private static boolean startsWithGoals(GridLine g) {
        for (int i = 0; i < g.size(); i++) {
            if (!g.cell(i).isEmpty()) {
                String label = g.labelText(i);
                for (String goals : GOALS) {
                    if (label.startsWith(goals)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
