package org.fiscallens.importer;

import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscallens.model.catalogue.TextMemo;
import org.fiscallens.model.disclosure.Claim;
import org.fiscallens.model.disclosure.ClaimKind;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.Direction;

/**
 * Finds the numbers a narrative paragraph states and what each is about. Kinds: AMOUNT (万元/元), CHANGE (an amount
 * with 增加/减少 …, or 与上年相同/持平), PERCENT (shares and completion rates), RATE (a percentage with 增长/下降 …) and COUNT
 * (辆, 个, 人次, 批次 …). The label is the wording before the number in its clause (收入总计, 基本工资 …); a clause that
 * only says 下降10.19% or 占比6.34% takes the label of the claim before it in the sentence. The printed sign is kept:
 * 减少-1095.12万元 is value -1095.12 with direction DECREASE, a contradiction for the rules to report.
 */
final class ClaimExtractor {

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "(?<![\\d.])(-?\\d[\\d,]*(?:\\.\\s?\\d+)?)\\s?(万元|元|%|％|个团组|团组|人次|批次|辆|台\\s?[（(]套[)）]|台|个|家|项|次|件|名|人|分(?![钟别配析类之]))");
    /** The first characters of the units of {@link #NUMBER_WITH_UNIT}. */
    private static final String UNIT_STARTS = "万元%％个团人批辆台家项次件名分";
    private static final String SENTENCE_ENDS = "。；;！？!?";
    /** Brackets and quotes do not end a clause: 因公出国（境）费支出, “三公”经费. */
    private static final String CLAUSE_DELIMITERS = "，,、：:；;";
    private static final Pattern INCREASE = Pattern.compile("(增加|增长|上升|提高|增多|多)了?(约|为)?$");
    private static final Pattern DECREASE = Pattern.compile("(减少|下降|降低|减|节约|少|下降了)了?(约|为)?$");
    /** The longest text {@link #INCREASE} or {@link #DECREASE} can match (下降了 了 为): only the end of a clause is searched. */
    private static final int MAX_DIRECTION_WORDS = 5;
    /** The last characters of their wordings: a clause ending otherwise has no direction word. */
    private static final String DIRECTION_ENDS = "加长升高多少降低减约了为";
    private static final Pattern FLAT = Pattern.compile("与上年(预算数|决算数|度)?相同|持平|无增减变动|没有变化|与上年.{0,12}决算相同");
    /** Every wording of {@link #FLAT} starts with one of these: a paragraph without them needs no search. */
    private static final List<String> FLAT_STARTS = List.of("与上年", "持平", "无增减变动", "没有变化");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(主要原因(是|为)?|原因(是|为)|其中|主要包括|主要是|主要用于|包括|分别是|分别为|以及|及|和|与上年相比|与上年比|比上年度?|较上年度?(决算)?|同比|比\\d{4}年(决算)?|较\\d{4}年(决算)?|截至\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}年度?|本年度?|当年|全年|共|为|是|[-•]|\\s)+");
    private static final Pattern TRAILING_NOISE = Pattern.compile(
            "(增加|增长|上升|提高|减少|下降|降低|节约|了|为|是|共|达|约|合计为|总额为|的|等|：|:|\\s)+$");
    /**
     * The last characters of the {@link #TRAILING_NOISE} words (blanks are gone before it is applied): a label ending
     * otherwise is left as it is without the expression, which would try every position of the label.
     */
    private static final String TRAILING_NOISE_ENDS = "加长升高少降低约了为是共达的等：:";
    private static final Pattern SHARE_ONLY = Pattern.compile("^(占比|占|比重|占比为)$");
    private static final int MAX_SENTENCE = 400;
    /** A sentence that only names a subject, "(10)卫生健康支出(类)医疗保障管理事务(款)信息化建设(项)。": its last part. */
    private static final Pattern SUBJECT_HEADING = Pattern.compile("([^()（）\\d]+[(（][类款项][)）])[。.]?$");
    /** Labels that say which column, not which subject: they take the subject of the sentence before. */
    private static final Pattern GENERIC_AMOUNT = Pattern.compile("年初预算数?|支出决算数?|决算数|预算数|完成年初预算");

    /** The wording before a number repeats from document to document (本年收入合计, 比上年增加 …): cleaned once. */
    private static final TextMemo<String> LABELS = new TextMemo<>(ClaimExtractor::computeCleanLabel);

    /**
     * A paragraph's text made of line pieces: piece {@code p} starts at offset {@code starts[p]} of the text and at
     * {@code columns[p]} of source line {@code lines[p]}. Offsets are mapped back to lines and columns only for the
     * claims found, rather than for every character.
     */
    record Paragraph(String text, int[] starts, int[] lines, int[] columns) {

        /** The source line of the character at an offset of the text. */
        int line(int offset) {
            return lines[piece(offset)];
        }

        /** The source column of the character at an offset of the text. */
        int column(int offset) {
            int p = piece(offset);
            return columns[p] + offset - starts[p];
        }

        /** The last piece starting at or before the offset (an empty piece shares its start with the next one). */
        private int piece(int offset) {
            int p = starts.length - 1;
            while (p > 0 && starts[p] > offset) {
                p--;
            }
            return p;
        }
    }

    private ClaimExtractor() {
    }

    static List<Claim> extract(Paragraph p) {
        List<Claim> claims = new ArrayList<>();
        String text = p.text();
        int sentenceStart = 0;
        boolean mayBeFlat = FLAT_STARTS.stream().anyMatch(text::contains);
        String[] paragraphSubject = new String[1];
        String[] heading = new String[1];
        // one matcher of each kind for the paragraph: the sentences set their regions
        Matcher number = NUMBER_WITH_UNIT.matcher(text).useTransparentBounds(true);
        Matcher flat = mayBeFlat ? FLAT.matcher(text) : null;
        while (sentenceStart < text.length()) {
            int sentenceEnd = sentenceEnd(text, sentenceStart);
            String sentence = text.substring(sentenceStart, sentenceEnd).strip();
            extractSentence(p, sentenceStart, sentenceEnd, sentence, number, flat, claims, paragraphSubject, heading);
            Matcher h = endsLikeSubjectHeading(sentence) ? SUBJECT_HEADING.matcher(sentence) : null;
            heading[0] = h != null && h.find() ? h.group(1) : null;
            sentenceStart = sentenceEnd;
        }
        return claims;
    }

    /**
     * Finds the next number with its unit in {@code [at, to)} as {@link Matcher#find} would, trying the expression only
     * where a number can start (a digit or a minus sign) rather than at every character of the sentence. The matcher's
     * bounds are transparent so that its look-behind sees the character before the number (at the start of a sentence
     * that is a sentence end, never a digit or a point).
     */
    private static boolean findNumber(Matcher m, String text, int at, int to) {
        for (int i = at; i < to; i++) {
            char c = text.charAt(i);
            // the expression's look-behind (no digit or point before) checked here first: inside 2024 or 10.5 no attempt
            if ((c >= '0' && c <= '9' || c == '-') && !(i > 0 && isDigitOrPoint(text.charAt(i - 1)))
                    && unitFollows(text, i + 1, to) && m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first character from {@code from} on that cannot be part of a number (digits, comma, point, blanks)
     * can start a unit: a number and its unit are only made of such characters up to the unit, so the expression cannot
     * match otherwise (a year as in 2024年 is the common case).
     */
    private static boolean unitFollows(String text, int from, int to) {
        int j = from;
        while (j < to && (isDigitOrPoint(text.charAt(j)) || text.charAt(j) == ',' || Blanks.isBlank(text.charAt(j)))) {
            j++;
        }
        return j < to && UNIT_STARTS.indexOf(text.charAt(j)) >= 0;
    }

    private static boolean isDigitOrPoint(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    /** Just after the first 。；;！？!? from {@code from} on, or the end of the text. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /**
     * The claims of the sentence from {@code from} to {@code to}, whose stripped text is {@code sentence}; {@code flat}
     * is null when the paragraph has no wording of {@link #FLAT}.
     */
    private static void extractSentence(Paragraph p, int from, int to, String sentence, Matcher m, Matcher flat, List<Claim> claims,
            String[] paragraphSubject, String[] heading) {
        String text = p.text();
        if (sentence.length() > MAX_SENTENCE) {
            sentence = sentence.substring(0, MAX_SENTENCE) + "…";
        }
        String previousLabel = null;
        String subject = null;
        List<int[]> flats = new ArrayList<>();
        if (flat != null && mentionsFlat(text, from, to)) {
            flat.region(from, to);
            while (flat.find()) {
                flats.add(new int[] {flat.start(), flat.end()});
            }
        }
        int flatIndex = 0;
        int at = from;
        while (findNumber(m, text, at, to)) {
            at = m.end();
            while (flatIndex < flats.size() && flats.get(flatIndex)[0] < m.start()) {
                previousLabel = addFlat(p, flats.get(flatIndex++), previousLabel, sentence, claims);
            }
            int clauseStart = clauseStart(text, from, m.start());
            String before = text.substring(clauseStart, m.start()).strip();
            String unit = Blanks.removed(m.group(2).replace("％", "%"));
            Direction direction = endsWith(before, INCREASE) ? Direction.INCREASE
                    : endsWith(before, DECREASE) ? Direction.DECREASE : Direction.NONE;
            String label = PerformanceClaimLabels.refine(withSharedSubject(text, clauseStart, cleanLabel(before)),
                    CharBuffer.wrap(text, from, m.start()), CharBuffer.wrap(text, m.end(), Math.min(to, m.end() + 12)), unit);
            if (heading[0] != null && isGenericAmount(label)) {
                label = heading[0] + label; // "信息化建设(项)。年初预算为450万元": whose 年初预算
            }
            boolean percent = unit.equals("%");
            boolean money = unit.endsWith("元");
            // 分 (a score) is a COUNT: a number of points, neither money nor a share
            if (percent && SHARE_ONLY.matcher(label).matches()) {
                label = previousLabel != null ? previousLabel : label; // 占比6.34%: the share of the amount just named
            } else if (label.isEmpty()) {
                // 比上年增加0.33万元，增长6.78%: a change of what the sentence is about
                label = direction != Direction.NONE && subject != null ? subject
                        : previousLabel != null ? previousLabel : subject != null ? subject : paragraphSubject[0];
            }
            Claim c = DisclosureFactory.eINSTANCE.createClaim();
            c.setKind(percent ? (direction != Direction.NONE ? ClaimKind.RATE : ClaimKind.PERCENT)
                    : money ? (direction != Direction.NONE ? ClaimKind.CHANGE : ClaimKind.AMOUNT) : ClaimKind.COUNT);
            c.setDirection(direction);
            c.setLabel(label);
            c.setValue(new BigDecimal(Blanks.removed(m.group(1).replace(",", ""))));
            c.setUnit(unit);
            c.setRaw(m.group());
            c.setSentence(sentence);
            c.setLine(p.line(m.start()));
            c.setSourceColumn(p.column(m.start()));
            claims.add(c);
            if (!label.isEmpty()) {
                previousLabel = label;
                if (subject == null) {
                    subject = label;
                }
                if (paragraphSubject[0] == null) {
                    paragraphSubject[0] = label;
                }
            }
        }
        while (flatIndex < flats.size()) {
            previousLabel = addFlat(p, flats.get(flatIndex++), previousLabel, sentence, claims);
        }
    }

    /** Whether one of {@link #FLAT_STARTS} lies in {@code [from, to)}: a sentence without one needs no search. */
    private static boolean mentionsFlat(String text, int from, int to) {
        for (String start : FLAT_STARTS) {
            int at = text.indexOf(start, from);
            if (at >= 0 && at + start.length() <= to) {
                return true;
            }
        }
        return false;
    }


    /** {@link #GENERIC_AMOUNT}, whose every wording says 预算 or 决算, tried only on labels that do. */
    private static boolean isGenericAmount(String label) {
        return (label.contains("预算") || label.contains("决算")) && GENERIC_AMOUNT.matcher(label).matches();
    }

    /** 与上年相同 / 持平: a change of zero, about what the sentence was talking about. */
    private static String addFlat(Paragraph p, int[] span, String previousLabel, String sentence, List<Claim> claims) {
        String text = p.text();
        Claim c = DisclosureFactory.eINSTANCE.createClaim();
        c.setKind(ClaimKind.CHANGE);
        c.setDirection(Direction.FLAT);
        c.setValue(BigDecimal.ZERO);
        String own = cleanLabel(text.substring(clauseStart(text, 0, span[0]), span[0]));
        c.setLabel(own.isEmpty() && previousLabel != null ? previousLabel : own);
        c.setRaw(text.substring(span[0], span[1]));
        c.setSentence(sentence);
        c.setLine(p.line(span[0]));
        c.setSourceColumn(p.column(span[0]));
        claims.add(c);
        return previousLabel;
    }

    /** "收入、支出总计 12313.41万元": the 、 joins two subjects of one amount, not two clauses. */
    private static String withSharedSubject(String text, int clauseStart, String label) {
        if (clauseStart >= 3 && text.charAt(clauseStart - 1) == '、' && label.startsWith("支出")
                && text.startsWith("收入", clauseStart - 3)) {
            return "收入、" + label;
        }
        return label;
    }

    private static int clauseStart(String text, int limit, int at) {
        for (int i = at - 1; i >= limit; i--) {
            if (CLAUSE_DELIMITERS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }

    /**
     * What {@link #SUBJECT_HEADING} needs at the end — （类）, （款） or （项）, perhaps a full stop — checked before the
     * expression, which otherwise tries every start position of every sentence.
     */
    private static boolean endsLikeSubjectHeading(String sentence) {
        int end = sentence.length();
        if (end > 0 && (sentence.charAt(end - 1) == '。' || sentence.charAt(end - 1) == '.')) {
            end--;
        }
        return end >= 3 && (sentence.charAt(end - 1) == ')' || sentence.charAt(end - 1) == '）')
                && "类款项".indexOf(sentence.charAt(end - 2)) >= 0;
    }

    /** Whether a direction word ({@link #INCREASE}, {@link #DECREASE}) ends the clause. */
    private static boolean endsWith(String clause, Pattern directionWords) {
        if (clause.isEmpty() || DIRECTION_ENDS.indexOf(clause.charAt(clause.length() - 1)) < 0) {
            return false;
        }
        return directionWords.matcher(clause).region(Math.max(0, clause.length() - MAX_DIRECTION_WORDS), clause.length()).find();
    }

    static String cleanLabel(String before) {
        return LABELS.apply(before);
    }

    private static String computeCleanLabel(String before) {
        String s = Blanks.removed(before);
        s = withoutTrailingNoise(s);
        // the expression is anchored at the start: one lookingAt instead of a search through the whole label
        Matcher leading = LEADING_NOISE.matcher(s);
        if (leading.lookingAt()) {
            s = s.substring(leading.end());
        }
        return withoutTrailingNoise(s);
    }

    private static String withoutTrailingNoise(String s) {
        if (s.isEmpty() || TRAILING_NOISE_ENDS.indexOf(s.charAt(s.length() - 1)) < 0) {
            return s;
        }
        return TRAILING_NOISE.matcher(s).replaceAll("");
    }
}
