package org.overturn.domain.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.PlanType;

/**
 * The keyword tables: what words name a kind of review, a level of care, a criteria set or a plan.
 */
final class Keywords {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private Keywords() {}

    /** The first place each pattern matches, for the values whose pattern matches. */
    private static <T> List<Extracted<?>> firstOf(String t, Map<T, String> table) {
        List<Extracted<?>> out = new ArrayList<>();
        table.forEach(
                (value, regex) -> {
                    Matcher m = Pattern.compile(regex, FLAGS).matcher(t);
                    if (m.find()) {
                        out.add(new Extracted<>(value, m.start(), m.end(), m.group()));
                    }
                });
        out.sort(Comparator.comparingInt(Extracted::start));
        return out;
    }

    /**
     * The kind of review. Words that only a continued-stay review uses win over "prior
     * authorization" (a continued stay's letter often names the first authorization); a claim's
     * words decide a post-service denial.
     */
    static List<Extracted<?>> denialType(String t) {
        Map<DenialType, String> strong = new LinkedHashMap<>();
        strong.put(
                DenialType.CONCURRENT,
                "\\b(?:continued[ -]stay|concurrent[ \\t\\n]+review|continuing[ \\t\\n]+stay|"
                        + "continued[ \\t\\n]+(?:authorization|treatment|services|care|IOP|participation)|additional[ \\t\\n]+"
                        + "(?:days|sessions|visits)|extension[ \\t\\n]+of)\\b");
        strong.put(
                DenialType.POST_SERVICE,
                "\\b(?:post[- ]service|retrospective[ \\t\\n]+review|claim[ \\t\\n]+"
                        + "(?:for|was|is|has been)|(?:payment|reimbursement)[ \\t\\n]+(?:is|was|has been)[ \\t\\n]+denied)\\b");
        strong.put(
                DenialType.PRE_SERVICE,
                "\\b(?:pre[- ]service|pre-?certification|precert|request(?:ed)?[ \\t\\n]+"
                        + "(?:for[ \\t\\n]+)?admission|admission[ \\t\\n]+request|prior[ \\t\\n]+(?:authorization|approval)"
                        + "[ \\t\\n]+(?:request|for[ \\t\\n]+admission))\\b");
        List<Extracted<?>> found = firstOf(t, strong);
        if (found.size() > 1 && found.stream().anyMatch(e -> e.value() == DenialType.CONCURRENT)) {
            return found.stream().filter(e -> e.value() == DenialType.CONCURRENT).toList();
        }
        if (!found.isEmpty()) {
            return found;
        }
        return firstOf(t, Map.of(DenialType.PRE_SERVICE, "\\bprior[ \\t\\n]+authorization\\b"));
    }

    /**
     * Urgent only when the letter says this review was (not that an appeal may be) expedited or
     * urgent.
     */
    static Optional<Extracted<?>> urgent(String t) {
        Matcher m =
                Pattern.compile(
                                "\\b(?:urgent[ \\t\\n]+(?:pre-service[ \\t\\n]+|concurrent[ \\t\\n]+|care[ \\t\\n]+)?"
                                        + "(?:request|review)[ \\t\\n]+(?:was|is|has been)|(?:this|your)[ \\t\\n]+(?:expedited|urgent)[ \\t\\n]+"
                                        + "(?:request|review)|expedited[ \\t\\n]+(?:review|determination)[ \\t\\n]+of[ \\t\\n]+(?:your|the)"
                                        + "[ \\t\\n]+request|review[ \\t\\n]+type:[ \\t]*(?:urgent|expedited))",
                                FLAGS)
                        .matcher(t);
        return m.find()
                ? Optional.of(new Extracted<>(Boolean.TRUE, m.start(), m.end(), m.group()))
                : Optional.empty();
    }

    private static final Pattern SUD =
            Pattern.compile(
                    "\\b(?:substance|alcohol|opioid|chemical[ \\t\\n]+dependency|"
                            + "SUD|addiction|ASAM|stimulant|cannabis|methamphetamine|withdrawal)\\b",
                    FLAGS);
    private static final Pattern MH =
            Pattern.compile(
                    "\\b(?:depress\\w*|anxiety|bipolar|PTSD|psychiatric|mental[ \\t\\n]+"
                            + "health|suicid\\w*|psychosis|schizo\\w*|mood)\\b",
                    FLAGS);

    /**
     * The level of care denied: the first level the letter names (the care requested comes before
     * the lower level it proposes); IOP is split by what the letter treats.
     */
    static List<Extracted<?>> level(String t) {
        Matcher m =
                Pattern.compile(
                                "\\b(?:intensive[ \\t\\n]+outpatient(?:[ \\t\\n]+program)?|IOP|partial[ \\t\\n]+"
                                        + "hospitali[sz]ation|PHP|residential(?:[ \\t\\n]+treatment)?)\\b",
                                FLAGS)
                        .matcher(t);
        if (!m.find()) {
            return List.of();
        }
        String word = m.group().toLowerCase();
        if (word.startsWith("partial") || word.equals("php")) {
            return List.of(new Extracted<>(LevelOfCare.PHP, m.start(), m.end(), m.group()));
        }
        if (word.startsWith("residential")) {
            return List.of(new Extracted<>(LevelOfCare.RESIDENTIAL, m.start(), m.end(), m.group()));
        }
        List<Extracted<?>> out = new ArrayList<>();
        if (Pattern.compile("\\b(?:co-?occurring|dual[ \\t\\n]+diagnosis)\\b", FLAGS)
                .matcher(t)
                .find()) {
            out.add(new Extracted<>(LevelOfCare.IOP_CO_OCCURRING, m.start(), m.end(), m.group()));
        } else if (Pattern.compile("\\beating[ \\t\\n]+disorder|anorexia|bulimia\\b", FLAGS)
                .matcher(t)
                .find()) {
            out.add(
                    new Extracted<>(
                            LevelOfCare.IOP_EATING_DISORDER, m.start(), m.end(), m.group()));
        } else if (Pattern.compile("\\badolescent\\b", FLAGS).matcher(t).find()) {
            out.add(new Extracted<>(LevelOfCare.ADOLESCENT_IOP, m.start(), m.end(), m.group()));
        } else {
            long sud = SUD.matcher(t).results().count();
            long mh = MH.matcher(t).results().count();
            if (sud > 0 && mh == 0 || sud > 2 * mh) {
                out.add(
                        new Extracted<>(
                                LevelOfCare.IOP_SUBSTANCE_USE, m.start(), m.end(), m.group()));
            } else if (mh > 0 && sud == 0 || mh > 2 * sud) {
                out.add(
                        new Extracted<>(
                                LevelOfCare.IOP_MENTAL_HEALTH, m.start(), m.end(), m.group()));
            } else {
                // Both, in like measure: the clinician says which.
                out.add(
                        new Extracted<>(
                                LevelOfCare.IOP_MENTAL_HEALTH, m.start(), m.end(), m.group()));
                out.add(
                        new Extracted<>(
                                LevelOfCare.IOP_SUBSTANCE_USE, m.start(), m.end(), m.group()));
            }
        }
        return out;
    }

    /** The criteria sets the letter names; several named are all offered. */
    static List<Extracted<?>> criteria(String t) {
        Map<CriteriaSet, String> table = new LinkedHashMap<>();
        table.put(CriteriaSet.INTERQUAL, "\\bInterQual\\b");
        table.put(CriteriaSet.MCG, "\\b(?:MCG|Milliman)\\b");
        table.put(CriteriaSet.ASAM, "\\bASAM\\b");
        table.put(CriteriaSet.LOCUS, "(?<![A-Za-z-])LOCUS\\b");
        table.put(CriteriaSet.CALOCUS_CASII, "\\b(?:CALOCUS|CASII)\\b");
        table.put(
                CriteriaSet.PROPRIETARY,
                "\\b(?:(?:our|the plan's|the company's)[ \\t\\n]+(?:own[ \\t\\n]+)?"
                        + "(?:medical|clinical|behavioral health|level[ \\t\\n]+of[ \\t\\n]+care)[ \\t\\n]+(?:policy|guidelines?|"
                        + "criteria)|level[ \\t\\n]+of[ \\t\\n]+care[ \\t\\n]+guidelines?|medical[ \\t\\n]+policy|"
                        + "proprietary[ \\t\\n]+criteria)\\b");
        return firstOf(t, table);
    }

    /**
     * The plan type where the letter states it. An employer plan whose funding the letter doesn't
     * give, or Medicaid without saying managed care or fee-for-service, is offered both ways.
     */
    static List<Extracted<?>> plan(String t) {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("ma", "\\bMedicare[ \\t\\n]+Advantage\\b");
        table.put("medicare", "\\bMedicare\\b(?![ \\t\\n]+Advantage)");
        table.put(
                "mco",
                "\\bMedicaid[ \\t\\n]+(?:managed[ \\t\\n]+care|health[ \\t\\n]+plan|MCO)\\b|\\bmanaged[ \\t\\n]+"
                        + "Medicaid\\b|\\bMedicaid[^.\\n]{0,40}\\b(?:plan|MCO)\\b");
        table.put(
                "ffs",
                "\\bMedicaid[ \\t\\n]+fee[- ]for[- ]service\\b|\\bfee[- ]for[- ]service[ \\t\\n]+Medicaid\\b");
        table.put("medicaid", "\\bMedicaid\\b");
        table.put(
                "erisa",
                "\\b(?:ERISA|Employee[ \\t\\n]+Retirement[ \\t\\n]+Income[ \\t\\n]+Security[ \\t\\n]+Act|"
                        + "employer[- ](?:sponsored[ \\t\\n]+)?(?:group[ \\t\\n]+)?(?:health[ \\t\\n]+)?plan)\\b");
        table.put(
                "self",
                "\\b(?:self[- ]funded|self[- ]insured|administrative[ \\t\\n]+services[ \\t\\n]+only|ASO)\\b");
        table.put("insured", "\\bfully[ \\t\\n]+insured\\b");
        table.put(
                "individual",
                "\\b(?:Marketplace|Health(?:care)?[ \\t\\n]+Insurance[ \\t\\n]+Exchange|individual"
                        + "[ \\t\\n]+(?:health[ \\t\\n]+)?plan)\\b");
        table.put(
                "fehb",
                "\\b(?:FEHB|Federal[ \\t\\n]+Employees[ \\t\\n]+Health[ \\t\\n]+Benefits)\\b");
        table.put("tricare", "\\bTRICARE\\b");
        Map<String, Extracted<?>> hit = new LinkedHashMap<>();
        for (Extracted<?> e : firstOf(t, table)) {
            hit.put((String) e.value(), e);
        }
        List<Extracted<?>> out = new ArrayList<>();
        if (hit.containsKey("ma")) {
            out.add(as(hit.get("ma"), PlanType.MEDICARE_ADVANTAGE));
        } else if (hit.containsKey("tricare")) {
            out.add(as(hit.get("tricare"), PlanType.TRICARE));
        } else if (hit.containsKey("fehb")) {
            out.add(as(hit.get("fehb"), PlanType.FEHB));
        } else if (hit.containsKey("mco")) {
            out.add(as(hit.get("mco"), PlanType.MEDICAID_MCO));
        } else if (hit.containsKey("ffs")) {
            out.add(as(hit.get("ffs"), PlanType.MEDICAID_FFS));
        } else if (hit.containsKey("medicaid")) {
            out.add(as(hit.get("medicaid"), PlanType.MEDICAID_MCO));
            out.add(as(hit.get("medicaid"), PlanType.MEDICAID_FFS));
        } else if (hit.containsKey("erisa")
                || hit.containsKey("self") && !hit.containsKey("individual")) {
            Extracted<?> e = hit.getOrDefault("erisa", hit.get("self"));
            if (hit.containsKey("self")) {
                out.add(as(hit.get("self"), PlanType.ERISA_SELF_FUNDED));
            } else if (hit.containsKey("insured")) {
                out.add(as(hit.get("insured"), PlanType.ERISA_INSURED));
            } else {
                out.add(as(e, PlanType.ERISA_SELF_FUNDED));
                out.add(as(e, PlanType.ERISA_INSURED));
            }
        } else if (hit.containsKey("individual")) {
            out.add(as(hit.get("individual"), PlanType.INDIVIDUAL));
        } else if (hit.containsKey("medicare")) {
            out.add(as(hit.get("medicare"), PlanType.MEDICARE_ORIGINAL));
        }
        return out;
    }

    private static Extracted<PlanType> as(Extracted<?> e, PlanType p) {
        return new Extracted<>(p, e.start(), e.end(), e.snippet());
    }
}
