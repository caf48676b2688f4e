package org.fiscallens.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.ColumnRole;
import org.fiscallens.model.disclosure.Side;

/**
 * The columns of a printed table, derived from its header lines: the header path of every column (a spanning header
 * such as 本年支出 over 小计/基本支出/项目支出 is repeated for each column under it), the 栏次 number, and the role.
 */
final class ColumnLayout {

    private static final Pattern NAME_HEADER = Pattern.compile("名称|信息$|^项目$|^项目/项目$");

    record Spec(int index, List<String> headerPath, String number, ColumnRole role, Side side) {
        String name() {
            return headerPath.isEmpty() ? "" : headerPath.get(headerPath.size() - 1);
        }

        String joinedPath() {
            return String.join("/", headerPath);
        }
    }

    final List<Spec> specs;

    private ColumnLayout(List<Spec> specs) {
        this.specs = specs;
    }

    static ColumnLayout build(List<GridLine> headerLines, GridLine numberLine, int width) {
        List<List<String>> paths = new ArrayList<>();
        String[] numbers = new String[width];
        for (int i = 0; i < width; i++) {
            paths.add(new ArrayList<>());
        }
        for (int k = 0; k < headerLines.size(); k++) {
            GridLine h = headerLines.get(k);
            String spanning = null;
            for (int i = 0; i < width; i++) {
                String text = h.normalized(i);
                if (Digits.only(text, 1, 2)) {
                    numbers[i] = text; // 科目代码 科目名称 1 2 3: column numbers printed in a header line
                    spanning = null;
                    continue;
                }
                if (!text.isEmpty()) {
                    spanning = text;
                    add(paths.get(i), text);
                } else if (spanning != null && hasTextBelow(headerLines, k, i)) {
                    add(paths.get(i), spanning);
                }
            }
        }
        if (numberLine != null) {
            for (int i = 0; i < width; i++) {
                String text = numberLine.normalized(i);
                if (Digits.only(text, 1, 2)) {
                    numbers[i] = text;
                }
            }
        }
        List<Spec> specs = new ArrayList<>();
        boolean nameSeen = false;
        for (int i = 0; i < width; i++) {
            List<String> path = List.copyOf(paths.get(i));
            ColumnRole role = role(path);
            if (role == ColumnRole.NAME) {
                role = nameSeen ? ColumnRole.TEXT : ColumnRole.NAME;
                nameSeen = true;
            }
            specs.add(new Spec(i, path, numbers[i], role, Side.NONE));
        }
        return new ColumnLayout(specs);
    }

    private static void add(List<String> path, String text) {
        if (path.isEmpty() || !path.get(path.size() - 1).equals(text)) {
            path.add(text);
        }
    }

    private static boolean hasTextBelow(List<GridLine> headerLines, int k, int column) {
        for (int j = k + 1; j < headerLines.size(); j++) {
            String t = headerLines.get(j).normalized(column);
            if (!t.isEmpty() && !Digits.only(t, 1, 2)) {
                return true;
            }
        }
        return false;
    }

    private static ColumnRole role(List<String> path) {
        // a code column's header says 编码, 代码 or 功能分类 (科目代码, 科目编码, 分类编码 … all have one of them)
        // the words are looked for in each header of the path: none has a '/', so none could span two of them once joined
        if (anyContains(path, "行次")) {
            return ColumnRole.ROW_NUMBER;
        }
        if ((anyContains(path, "编码") || anyContains(path, "代码") || anyContains(path, "功能分类")) && !anyContains(path, "名称")) {
            return ColumnRole.SUBJECT_CODE;
        }
        String last = path.isEmpty() ? "" : path.get(path.size() - 1);
        // the expression only for headers that have one of its words (名称, 信息, 项目)
        boolean mayBeName = last.contains("名称") || last.contains("信息") || last.startsWith("项目");
        if (!path.isEmpty() && (mayBeName && NAME_HEADER.matcher(last).find() || path.equals(List.of("项目")))) {
            return ColumnRole.NAME;
        }
        return path.isEmpty() ? ColumnRole.AMOUNT : (path.get(path.size() - 1).equals("栏次") ? ColumnRole.NAME : ColumnRole.AMOUNT);
    }

    private static boolean anyContains(List<String> path, String word) {
        for (String header : path) {
            if (header.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Gives a role to columns the header did not explain (no header, or OCR noise), by the shape of the table. */
    ColumnLayout withDefaults(boolean subjectRows) {
        List<Spec> result = new ArrayList<>(specs);
        boolean hasName = result.stream().anyMatch(s -> s.role() == ColumnRole.NAME);
        boolean hasCode = result.stream().anyMatch(s -> s.role() == ColumnRole.SUBJECT_CODE);
        if (subjectRows && !hasCode && !hasName && result.size() > 2) {
            result.set(0, with(result.get(0), ColumnRole.SUBJECT_CODE));
            result.set(1, with(result.get(1), ColumnRole.NAME));
        } else if (!hasName && !result.isEmpty() && (hasCode || result.get(0).headerPath().isEmpty())) {
            // a first column with a header of its own (三公: 合计) holds amounts, not names
            int nameIndex = hasCode ? indexOf(result, ColumnRole.SUBJECT_CODE) + 1 : 0;
            if (nameIndex < result.size()) {
                result.set(nameIndex, with(result.get(nameIndex), ColumnRole.NAME));
            }
        }
        return new ColumnLayout(result);
    }

    ColumnLayout withSides(int boundary) {
        List<Spec> result = new ArrayList<>();
        for (Spec s : specs) {
            Side side = s.index() < boundary ? Side.INCOME : Side.EXPENDITURE;
            ColumnRole role = s.role() == ColumnRole.TEXT ? ColumnRole.NAME : s.role();
            if (s.index() == 0 || s.index() == boundary) {
                role = ColumnRole.NAME;
            }
            result.add(new Spec(s.index(), s.headerPath(), s.number(), role, side));
        }
        return new ColumnLayout(result);
    }

    private static Spec with(Spec s, ColumnRole role) {
        return new Spec(s.index(), s.headerPath(), s.number(), role, s.side());
    }

    private static int indexOf(List<Spec> specs, ColumnRole role) {
        for (Spec s : specs) {
            if (s.role() == role) {
                return s.index();
            }
        }
        return -1;
    }

    List<Spec> ofSide(Side side) {
        return specs.stream().filter(s -> s.side() == side).toList();
    }
}
