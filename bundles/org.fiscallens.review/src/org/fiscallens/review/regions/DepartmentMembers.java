package org.fiscallens.review.regions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.Scope;
import org.fiscallens.model.disclosure.Submission;

/**
 * Finds the member units a department (部门) disclosure says it consolidates, in its 概况:
 * "单位组成为：一是…，二是…；三是…", "具体包括: …(本级)", "直属事业单位2个，分别是省…中心（参公单位）和省…中心".
 * A heuristic: it only reports names that end like a unit (局, 中心, 院, 机关 …, not internal 处/室/股), skips the department itself (本级) and
 * expands the abbreviations 省…/市…/县… with the department's own region.
 */
public final class DepartmentMembers {
    /** The member list is in 第一部分; stop looking after the first lines. */
    private static final int MAX_LINES = 400;
    private static final Pattern CUE = Pattern.compile("单位组成|具体包括|单位包括|分别是|所属单位|下属单位有|直属单位有");
    private static final Pattern SPLIT = Pattern.compile("[，,；;、。]");
    private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\\d+[.、．]|[（(]\\d+[)）])");
    private static final Pattern PAREN = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern UNIT_SUFFIX = Pattern.compile(
            ".*(局|中心|站|所|院|学校|大学|委员会|队|馆|协会|学会|社|台|场|园|机关)$");

    private DepartmentMembers() {
    }

    /** The member units a department's document names, read from the file's bytes in the encoding the import found. */
    public static List<String> of(Submission department, byte[] bytes, RegionResolver regions) {
        if (department.getScope() != Scope.DEPARTMENT || department.getUnitName() == null) {
            return List.of();
        }
        String name = department.getUnitName().strip();
        Charset charset = charsetOf(department);
        return find(new String(bytes, 0, firstLines(bytes, charset), charset), name, regions.resolve(name));
    }

    /**
     * How many bytes hold the lines {@link #find} reads: up to the end of line {@code MAX_LINES + 1} in the encodings
     * the importer finds (UTF-8, GB18030), where a 0x0A byte is always a line end; the whole text in any other.
     */
    private static int firstLines(byte[] bytes, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.name().equals("GB18030")) {
            return bytes.length;
        }
        int lineEnds = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++lineEnds > MAX_LINES) {
                return i + 1;
            }
        }
        return bytes.length;
    }

    /** The encoding the importer read a document in (UTF-8 when it is not known). */
    private static Charset charsetOf(Submission s) {
        try {
            if (s.getSource() != null && s.getSource().getEncoding() != null) {
                return Charset.forName(s.getSource().getEncoding());
            }
        } catch (RuntimeException e) {
            // unknown name: fall back
        }
        return StandardCharsets.UTF_8;
    }

    private static List<String> find(String text, String departmentName, List<RegionName> departmentRegion) {
        Set<String> names = new LinkedHashSet<>();
        String[] lines = text.split("\\R", MAX_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
            String line = lines[i];
            if (!mayHaveCue(line)) {
                continue;
            }
            var cue = CUE.matcher(line);
            if (!cue.find()) {
                continue;
            }
            String list = line.substring(cue.end()).replaceFirst("^[^：:]{0,20}?[：:]", "");
            for (String part : SPLIT.split(list)) {
                for (String candidate : splitOnAnd(part)) {
                    String name = clean(candidate);
                    if (name != null && !candidate.contains("本级")) {
                        name = expand(name, departmentRegion);
                        if (!name.equals(departmentName)) {
                            names.add(name);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Every cue holds 单位组成, 包括, 分别是 or 属单位 (not just 单位: every table header says 单位：万元): a plain search
     * rules out most lines before the pattern is tried (this runs on the import's one placing thread).
     */
    private static boolean mayHaveCue(String line) {
        return line.contains("包括") || line.contains("分别是") || line.contains("属单位") || line.contains("单位组成");
    }

    /** "A中心（…）和B中心" is two names; "人力资源和社会保障局" is one. */
    private static List<String> splitOnAnd(String part) {
        List<String> result = new ArrayList<>();
        int from = 0;
        for (int at = part.indexOf('和'); at >= 0; at = part.indexOf('和', at + 1)) {
            if (clean(part.substring(from, at)) != null) {
                result.add(part.substring(from, at));
                from = at + 1;
            }
        }
        result.add(part.substring(from));
        return result;
    }

    private static String clean(String raw) {
        String name = PAREN.matcher(raw.strip()).replaceAll("");
        name = ORDINAL.matcher(name).replaceFirst("").replaceAll("\\s+", "");
        if (name.length() < 4 || name.length() > 40 || !UNIT_SUFFIX.matcher(name).matches()) {
            return null;
        }
        return name;
    }

    /** 省医疗保险管理服务中心 in 山西省医疗保障局's text means 山西省医疗保险管理服务中心. */
    private static String expand(String name, List<RegionName> region) {
        String abbreviation = name.substring(0, 1);
        if (!"省市县区州".contains(abbreviation) || name.startsWith("市场")) {
            return name;
        }
        for (int i = region.size() - 1; i >= 0; i--) {
            String place = region.get(i).name();
            if (place.endsWith(abbreviation)) {
                return place + name.substring(1);
            }
        }
        return name;
    }
}
