package org.overturn.domain.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.overturn.domain.cases.UnitKind;

/**
 * Reads a denial letter's text, offline and by rule: labelled fields ("Member ID:", "DOB:"), dates
 * in the US forms, and keyword tables for the kind of review, the level of care, the criteria named
 * and the plan. Each value keeps the words it came from. Where the letter gives different values
 * for one field, all of them are returned as candidates and none is chosen; where it gives none,
 * nothing is made up.
 */
public final class DenialTextExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;
    private static final String D = UsDates.DATE;

    /** An identifier: letters, digits and dashes, with at least one digit. */
    private static final String ID = "((?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{2,30})";

    private static final String NAME =
            "([A-Z][A-Za-z'\\-]*\\.?(?:[ \\t]+(?:[A-Z][A-Za-z'\\-]*\\.?)){1,3})";
    private static final String CREDENTIALS =
            "((?:M\\.?D|D\\.?O|Ph\\.?D|Psy\\.?D|LCSW|LPC|LMFT|LMHC|R\\.?N|NP|PMHNP|DNP)"
                    + "\\b\\.?(?:,?[ \\t]*(?:board[- ]certified[^\\n.;]{0,40}|[a-z][a-z ]{2,30}(?=\\n|$|\\.)))?)";

    private DenialTextExtractor() {}

    public static Extraction extract(String text) {
        String t = text == null ? "" : text;
        Map<Field, List<Extracted<?>>> out = new EnumMap<>(Field.class);
        labelled(
                out,
                t,
                Field.PATIENT_NAME,
                "^[ \\t]*(?:Member|Patient|Enrollee|Beneficiary|Subscriber|Re)(?:'s)?"
                        + "(?:[ \\t]+Name)?[ \\t]*:[ \\t]*"
                        + "(?-i:"
                        + NAME
                        + ")",
                1,
                DenialTextExtractor::personName);
        labelled(
                out,
                t,
                Field.DATE_OF_BIRTH,
                "(?:DOB|D\\.O\\.B\\.?|Date of Birth|Birth ?Date)[ \\t]*[:#]?[ \\t]*" + D,
                1,
                null);
        labelled(
                out,
                t,
                Field.MEMBER_ID,
                "(?:Member|Subscriber|Enrollee|Medicaid|Beneficiary|Patient)[ \\t]*"
                        + "(?:ID|Identification|Number|No\\.?|#)(?:[ \\t]*(?:Number|No\\.?|#))?[ \\t]*[:#]?[ \\t]*"
                        + ID,
                1,
                Function.identity());
        labelled(
                out,
                t,
                Field.AUTHORIZATION_NUMBER,
                "(?:Prior[ \\t]+)?(?:Authorization|Auth\\.?|Certification|"
                        + "Precertification|Pre-certification|Precert)[ \\t]*(?:Number|No\\.?|#|ID)[ \\t]*[:#]?[ \\t]*"
                        + ID,
                1,
                Function.identity());
        labelled(
                out,
                t,
                Field.CLAIM_NUMBER,
                "Claim[ \\t]*(?:Number|No\\.?|#|ID)[ \\t]*[:#]?[ \\t]*" + ID,
                1,
                Function.identity());
        labelled(
                out,
                t,
                Field.REFERENCE_NUMBER,
                "(?:Reference|Ref\\.?|Tracking|Case|Review)[ \\t]*(?:Number|No\\.?|#|ID)"
                        + "[ \\t]*[:#]?[ \\t]*"
                        + ID,
                1,
                Function.identity());
        labelled(
                out,
                t,
                Field.PAYER,
                "^[ \\t]*(?:Health Plan|Plan Name|Insurer|Payer|Insurance Company)[ \\t]*:[ \\t]*"
                        + "([^\\n]{2,80}?)[ \\t]*$",
                1,
                Function.identity());
        noticeDate(out, t);
        reviewer(out, t);
        units(out, t);
        serviceDates(out, t);
        keywords(out, t);
        rationale(out, t);
        return new Extraction(out);
    }

    // ---- labelled values
    // ---------------------------------------------------------------------------------------

    /** Every value after the label; {@code convert} null means the groups spell a date. */
    private static void labelled(
            Map<Field, List<Extracted<?>>> out,
            String t,
            Field f,
            String regex,
            int group,
            Function<String, String> convert) {
        Matcher m = Pattern.compile(regex, FLAGS).matcher(t);
        while (m.find()) {
            if (convert == null) {
                UsDates.parse(m, group).ifPresent(d -> add(out, f, d, m, m.start(), m.end()));
            } else {
                String v = convert.apply(m.group(group).strip());
                if (v != null && !v.isEmpty()) {
                    add(out, f, v, m, m.start(group), m.end(group));
                }
            }
        }
    }

    /** A name, without a trailing label word that followed it on the line ("Jane Doe DOB"). */
    private static String personName(String raw) {
        String n =
                raw.replaceAll("(?i)\\s+(DOB|Date|Member|ID|Plan|Group|Subscriber)\\b.*$", "")
                        .strip();
        return n.split("\\s+").length >= 2
                        && !n.matches(
                                "(?i).*\\b(Appeal|Denial|Request|Review|Notice|Services?)\\b.*")
                ? n
                : null;
    }

    private static <T> void add(
            Map<Field, List<Extracted<?>>> out, Field f, T value, Matcher m, int start, int end) {
        List<Extracted<?>> list = out.computeIfAbsent(f, k -> new ArrayList<>());
        boolean known =
                list.stream()
                        .anyMatch(
                                e ->
                                        e.value().equals(value)
                                                || e.value() instanceof String s
                                                        && value instanceof String v
                                                        && s.equalsIgnoreCase(v));
        if (!known) {
            list.add(new Extracted<>(value, start, end, m.group()));
        }
    }

    private static <T> void add(
            Map<Field, List<Extracted<?>>> out, Field f, T value, String t, int start, int end) {
        List<Extracted<?>> list = out.computeIfAbsent(f, k -> new ArrayList<>());
        if (list.stream().noneMatch(e -> e.value().equals(value))) {
            list.add(new Extracted<>(value, start, end, t.substring(start, end)));
        }
    }

    // ---- dates
    // -------------------------------------------------------------------------------------------------

    /**
     * The letter's date: after a label ("Date:", "Notice date:", "Date of this notice:"), else a
     * date standing alone on a line near the top. Lines of a fax or print header (received, sent,
     * page, fax) are never the notice date.
     */
    private static void noticeDate(Map<Field, List<Extracted<?>>> out, String t) {
        Matcher m =
                Pattern.compile(
                                "^[ \\t]*(?:Date of (?:this )?(?:Notice|Letter|Determination|Decision)|"
                                        + "(?:Notice|Letter|Determination|Decision|Mailing|Mailed) Date|Date Mailed|Date)[ \\t]*:[ \\t]*"
                                        + D,
                                FLAGS)
                        .matcher(t);
        while (m.find()) {
            UsDates.parse(m, 1)
                    .ifPresent(d -> add(out, Field.NOTICE_DATE, d, m, m.start(), m.end()));
        }
        if (out.containsKey(Field.NOTICE_DATE)) {
            return;
        }
        Matcher line = Pattern.compile("^[ \\t]*" + D + "[ \\t]*$", FLAGS).matcher(t);
        int head = headEnd(t);
        while (line.find() && line.start() < head) {
            UsDates.parse(line, 1)
                    .ifPresent(d -> add(out, Field.NOTICE_DATE, d, line, line.start(), line.end()));
        }
    }

    /** Where the letter's head ends: its first "Dear", or the first 1,500 characters. */
    private static int headEnd(String t) {
        Matcher dear = Pattern.compile("^[ \\t]*Dear\\b", FLAGS).matcher(t);
        return dear.find() ? dear.start() : Math.min(t.length(), 1500);
    }

    private static final String RANGE_SEP = "[ \\t]*(?:-|–|—|to|through|thru)[ \\t\\n]*";

    /**
     * Dates of the care: a range after words of a request or service is the care requested or
     * denied; a range or "through" date after words of approval is the approved period, whose last
     * day is the last covered day.
     */
    private static void serviceDates(Map<Field, List<Extracted<?>>> out, String t) {
        Matcher range = Pattern.compile("(?:from[ \\t]+)?" + D + RANGE_SEP + D, FLAGS).matcher(t);
        while (range.find()) {
            Optional<LocalDate> a = UsDates.parse(range, 1);
            Optional<LocalDate> b = UsDates.parse(range, 10);
            if (a.isEmpty() || b.isEmpty() || b.get().isBefore(a.get())) {
                continue;
            }
            String before =
                    t.substring(Math.max(0, range.start() - 120), range.start()).toLowerCase();
            String context = before.substring(Math.max(0, lastSentence(before)));
            if (context.matches("(?s).*\\b(authoriz|approv|certifi|covered)\\w*.*")
                    && !context.matches(
                            "(?s).*\\b(denied|not (?:authoriz|approv|certif)\\w*|request)\\w*.*")) {
                add(out, Field.LAST_COVERED_DAY, b.get(), t, range.start(), range.end());
            } else if (context.matches(
                    "(?s).*\\b(request|denied|service|dos|days of|sessions|stay|treatment|care)\\w*.*")) {
                add(out, Field.START_DATE, a.get(), t, range.start(), range.end());
                add(out, Field.END_DATE, b.get(), t, range.start(), range.end());
            }
        }
        Matcher through =
                Pattern.compile(
                                "(?:last covered day|last day covered|(?:authorized|approved|certified|"
                                        + "covered)[ \\t]+(?:through|thru|until)|coverage (?:ends|will end|ended)(?:[ \\t]+on)?)[ \\t]*"
                                        + "(?:is|was|on|:)?[ \\t]*"
                                        + D,
                                FLAGS)
                        .matcher(t);
        while (through.find()) {
            UsDates.parse(through, 1)
                    .ifPresent(
                            d ->
                                    add(
                                            out,
                                            Field.LAST_COVERED_DAY,
                                            d,
                                            through,
                                            through.start(),
                                            through.end()));
        }
        Matcher effective =
                Pattern.compile(
                                "(?:denied|denial is|not (?:authorized|approved|certified))[^.\\n]{0,60}?"
                                        + "(?:effective|as of|beginning|starting)(?:[ \\t]+on)?[ \\t]+"
                                        + D,
                                FLAGS)
                        .matcher(t);
        while (effective.find()) {
            UsDates.parse(effective, 1)
                    .ifPresent(
                            d ->
                                    add(
                                            out,
                                            Field.START_DATE,
                                            d,
                                            effective,
                                            effective.start(),
                                            effective.end()));
        }
    }

    private static int lastSentence(String s) {
        int i = Math.max(s.lastIndexOf(". "), s.lastIndexOf(".\n"));
        return i < 0 ? 0 : i + 1;
    }

    // ---- who reviewed
    // ------------------------------------------------------------------------------------------

    private static void reviewer(Map<Field, List<Extracted<?>>> out, String t) {
        Pattern p =
                Pattern.compile(
                        "(?:reviewed by|Physician Reviewer|Peer Reviewer|Medical Reviewer|Reviewer|"
                                + "Medical Director|Sincerely)[ \\t]*[:,]?[ \\t\\n]*(?:the[ \\t]+)?(?-i:(Dr\\.?[ \\t]+)?"
                                + NAME
                                + ")[ \\t]*,[ \\t]*(?-i:"
                                + CREDENTIALS
                                + ")",
                        FLAGS);
        Matcher m = p.matcher(t);
        while (m.find()) {
            String name = ((m.group(1) == null ? "" : "Dr. ") + m.group(2)).strip();
            add(out, Field.REVIEWER, name, t, m.start(2), m.end(2));
            add(
                    out,
                    Field.REVIEWER_CREDENTIALS,
                    m.group(3).strip().replaceAll("[.,]$", ""),
                    t,
                    m.start(3),
                    m.end(3));
        }
    }

    // ---- units
    // -------------------------------------------------------------------------------------------------

    private static void units(Map<Field, List<Extracted<?>>> out, String t) {
        Matcher m =
                Pattern.compile(
                                "\\b(\\d{1,3})\\s+(?:additional\\s+|more\\s+|further\\s+)?"
                                        + "(days|sessions|visits|units)\\b(?:\\s+of\\s+[A-Za-z() ]{2,40}?)?\\s*(?:\\([^)]*\\)\\s*)?"
                                        + "(?:were|was|are|is|have been|has been)?\\s*(requested|denied|not approved|not authorized)",
                                FLAGS)
                        .matcher(t);
        while (m.find()) {
            record(out, m, m.group(1), m.group(2), m.group(3));
        }
        Matcher v =
                Pattern.compile(
                                "\\b(requested|request(?:ing)?\\s+for|denied|denying)\\s+(?:an?\\s+)?"
                                        + "(?:additional\\s+)?(\\d{1,3})\\s+(?:additional\\s+|more\\s+)?(days|sessions|visits|units)\\b",
                                FLAGS)
                        .matcher(t);
        while (v.find()) {
            record(out, v, v.group(2), v.group(3), v.group(1));
        }
    }

    private static void record(
            Map<Field, List<Extracted<?>>> out, Matcher m, String n, String kind, String verb) {
        int units = Integer.parseInt(n);
        Field f =
                verb.toLowerCase().startsWith("request")
                        ? Field.UNITS_REQUESTED
                        : Field.UNITS_DENIED;
        add(out, f, units, m, m.start(), m.end());
        UnitKind k = kind.toLowerCase().startsWith("day") ? UnitKind.DAYS : UnitKind.SESSIONS;
        add(out, Field.UNIT_KIND, k, m, m.start(), m.end());
    }

    // ---- keywords
    // ----------------------------------------------------------------------------------------------

    private static void keywords(Map<Field, List<Extracted<?>>> out, String t) {
        Keywords.denialType(t)
                .forEach(
                        e -> out.computeIfAbsent(Field.DENIAL_TYPE, k -> new ArrayList<>()).add(e));
        Keywords.urgent(t)
                .ifPresent(e -> out.computeIfAbsent(Field.URGENT, k -> new ArrayList<>()).add(e));
        Keywords.level(t)
                .forEach(
                        e ->
                                out.computeIfAbsent(Field.LEVEL_OF_CARE, k -> new ArrayList<>())
                                        .add(e));
        Keywords.criteria(t)
                .forEach(
                        e ->
                                out.computeIfAbsent(Field.CRITERIA_SET, k -> new ArrayList<>())
                                        .add(e));
        Keywords.plan(t)
                .forEach(e -> out.computeIfAbsent(Field.PLAN_TYPE, k -> new ArrayList<>()).add(e));
    }

    // ---- the rationale
    // -----------------------------------------------------------------------------------------

    /**
     * The reviewer's reasons: the paragraph under a heading such as "Rationale:" or "Reason for
     * denial:", up to the next blank line before appeal rights or a signature; else the sentences
     * that state why care is not needed.
     */
    private static void rationale(Map<Field, List<Extracted<?>>> out, String t) {
        Matcher h =
                Pattern.compile(
                                "^[ \\t]*(?:Clinical[ \\t]+)?(?:Rationale|Reasons?[ \\t]+for[ \\t]+(?:the[ \\t]+|this[ \\t]+)?"
                                        + "(?:denial|decision|determination|adverse determination)|Basis[ \\t]+for[ \\t]+(?:the|this)[ \\t]+"
                                        + "(?:decision|determination)|Explanation(?:[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:decision|determination))?)"
                                        + "[ \\t]*:?[ \\t]*",
                                FLAGS)
                        .matcher(t);
        if (h.find()) {
            int start = h.end();
            Matcher stop =
                    Pattern.compile(
                                    "\\n[ \\t]*\\n(?=[ \\t]*(?:You have|Your (?:right|appeal)|If you|Appeal|"
                                            + "How to|To (?:appeal|request)|Sincerely|Peer[- ]to[- ]peer|[A-Z][A-Z /&'-]{3,}:?[ \\t]*\\n))|"
                                            + "\\n[ \\t]*(?:Sincerely|YOUR (?:RIGHT|APPEAL)|You have the right)",
                                    FLAGS)
                            .matcher(t);
            int end = stop.find(start) ? stop.start() : t.length();
            String body = t.substring(start, end).strip();
            if (!body.isEmpty()) {
                int s = t.indexOf(body, start);
                out.put(
                        Field.RATIONALE,
                        new ArrayList<>(
                                List.of(
                                        new Extracted<>(
                                                unwrap(body), s, s + body.length(), body))));
                return;
            }
        }
        Matcher s =
                Pattern.compile(
                                ("[^.]*?\\b(?:medically necessary|medical necessity|does not meet|do not meet|"
                                                + "no longer (?:meets?|requires?|needs?)|can be (?:safely )?(?:managed|treated)|could be (?:safely )?"
                                                + "(?:managed|treated)|lower level of care|criteria (?:are|were|is) not met)[^.]*\\.")
                                        .replace(" ", "\\s+"),
                                FLAGS)
                        .matcher(t);
        List<String> sentences = new ArrayList<>();
        int first = -1;
        int last = -1;
        while (s.find()) {
            sentences.add(unwrap(s.group().strip()));
            first = first < 0 ? s.start() : first;
            last = s.end();
        }
        if (!sentences.isEmpty()) {
            out.put(
                    Field.RATIONALE,
                    new ArrayList<>(
                            List.of(
                                    new Extracted<>(
                                            String.join(" ", sentences),
                                            first,
                                            last,
                                            t.substring(first, last)))));
        }
    }

    /** Lines broken mid-sentence joined again; paragraphs kept. */
    static String unwrap(String s) {
        return s.replaceAll("[ \\t]*\\r?\\n(?![ \\t]*\\r?\\n)[ \\t]*", " ")
                .replaceAll("(\\r?\\n){2,}", "\n\n")
                .replaceAll("[ \\t]{2,}", " ")
                .strip();
    }
}
