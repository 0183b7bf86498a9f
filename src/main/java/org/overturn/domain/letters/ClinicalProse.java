package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CareHistories;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.letters.LetterComposer.Drafted;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.rebuttal.CareHistory;
import org.overturn.domain.rebuttal.Diagnosis;
import org.overturn.domain.rebuttal.EpisodeOutcome;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.RiskAssessment;
import org.overturn.domain.rebuttal.RiskLevel;
import org.overturn.domain.rebuttal.TreatmentEpisode;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.scoring.measures.MeasureEntry;
import org.overturn.domain.scoring.measures.MeasureResult;
import org.overturn.domain.scoring.measures.MeasureRules;

/** The clinical parts of the letter, written only from what the clinician entered. */
@Outgoing
final class ClinicalProse {

    private ClinicalProse() {}

    static Optional<Drafted> summary(CaseFile c, CareStory story, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        sb.append(story.standing(c.patient().ageOn(today)));
        List<Diagnosis> dx = c.clinical().diagnoses();
        if (!dx.isEmpty()) {
            List<String> items = dx.stream().map(ClinicalProse::diagnosis).toList();
            sb.append(dx.size() == 1 ? " The current diagnosis is " : " The current diagnoses are ")
                    .append(String.join("; ", items))
                    .append('.');
        }
        story.authorizedSpan().ifPresent(a -> sb.append(' ').append(a));
        List<String> measures = latestMeasures(c);
        if (!measures.isEmpty()) {
            sb.append(" Recent measures: ").append(String.join("; ", measures)).append('.');
        }
        c.clinical().risk().ifPresent(r -> sb.append("\n\n").append(risk(r)));
        return Drafted.of(sb.toString(), List.of());
    }

    private static String diagnosis(Diagnosis d) {
        StringBuilder sb = new StringBuilder(d.code());
        if (!d.name().isEmpty()) {
            sb.append(' ').append(d.name());
        }
        List<String> spec = new ArrayList<>();
        d.severity().ifPresent(s -> spec.add(Words.lower(s.label())));
        d.criteriaMet().ifPresent(n -> spec.add(n + " of 11 criteria met"));
        if (!d.specifier().isEmpty()) {
            spec.add(d.specifier());
        }
        if (!spec.isEmpty()) {
            sb.append(" (").append(String.join(", ", spec)).append(')');
        }
        return sb.toString();
    }

    private static List<String> latestMeasures(CaseFile c) {
        List<String> out = new ArrayList<>();
        c.measures().stream()
                .map(MeasureEntry::measure)
                .distinct()
                .forEach(
                        m ->
                                c.measures().stream()
                                        .filter(e -> e.measure() == m)
                                        .max(Comparator.comparing(MeasureEntry::date))
                                        .ifPresent(
                                                e -> {
                                                    MeasureResult r = MeasureRules.evaluate(e);
                                                    r.score()
                                                            .ifPresent(
                                                                    s ->
                                                                            out.add(
                                                                                    m.label()
                                                                                            + " "
                                                                                            + s
                                                                                            + " on "
                                                                                            + Words
                                                                                                    .date(
                                                                                                            e
                                                                                                                    .date())
                                                                                            + (r.band()
                                                                                                            .isEmpty()
                                                                                                    ? ""
                                                                                                    : ", "
                                                                                                            + r
                                                                                                                    .band())));
                                                }));
        return out;
    }

    private static String risk(RiskAssessment r) {
        List<String> parts = new ArrayList<>();
        level(parts, "suicide", r.suicide());
        level(parts, "self-harm", r.selfHarm());
        level(parts, "harm to others", r.harmToOthers());
        level(parts, "relapse, overdose or medical harm", r.relapseOrOverdose());
        StringBuilder sb = new StringBuilder();
        if (!parts.isEmpty()) {
            sb.append("The current risk assessment")
                    .append(r.date().map(d -> " (" + Words.date(d) + ")").orElse(""))
                    .append(r.assessedBy().isEmpty() ? "" : " by " + r.assessedBy())
                    .append(" rates the risk of ")
                    .append(Words.and(parts))
                    .append('.');
        }
        if (!r.factors().isBlank()) {
            sb.append(sb.length() > 0 ? " " : "")
                    .append("Risk factors: ")
                    .append(Words.sentence(r.factors()));
        }
        if (!r.protectiveFactors().isBlank()) {
            sb.append(sb.length() > 0 ? " " : "")
                    .append("Protective factors: ")
                    .append(Words.sentence(r.protectiveFactors()));
        }
        return sb.toString();
    }

    private static void level(List<String> parts, String what, RiskLevel l) {
        if (l != RiskLevel.NOT_ASSESSED) {
            parts.add(what + " as " + Words.lower(l.label()));
        }
    }

    static Optional<Drafted> rebuttal(
            CaseFile c, Voice voice, Map<Instrument, InstrumentDefinition> defs) {
        StringBuilder sb = new StringBuilder();
        List<RebuttalRow> rows =
                c.rebuttal().stream()
                        .filter(r -> !r.answer().isBlank() || !r.suggestion().isBlank())
                        .toList();
        if (!rows.isEmpty()) {
            String answers =
                    voice.signer() == Signer.PROVIDER
                            ? "I answer each in turn."
                            : (voice.signer() == Signer.PATIENT ? "My" : "The")
                                    + " treating clinician"
                                    + voice.clinician()
                                            .map(k -> ", " + k.signatureName() + ",")
                                            .orElse("")
                                    + " answers each in turn.";
            sb.append("The notice gives the following reasons. ").append(answers);
            for (RebuttalRow r : rows) {
                sb.append("\n\n“")
                        .append(Words.sentence(r.criterion()).replaceAll("\\.$", ""))
                        .append(".”  ");
                sb.append(Words.sentence(r.answer().isBlank() ? r.suggestion() : r.answer()));
                List<String> refs = Scores.ratingRefs(c, r.dimensionIds(), defs);
                if (!refs.isEmpty()) {
                    sb.append(" (")
                            .append(refs.size() == 1 ? "Rating: " : "Ratings: ")
                            .append(String.join("; ", refs))
                            .append(".)");
                }
            }
            return Drafted.of(sb.toString(), List.of());
        }
        List<DenialReason> reasons = c.currentDenial().map(Denial::reasons).orElse(List.of());
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = reasons.stream().map(r -> "“" + Words.lower(r.label()) + "”").toList();
        sb.append("The notice gives as its ")
                .append(reasons.size() == 1 ? "reason " : "reasons ")
                .append(Words.and(named))
                .append('.');
        List<String> answers = new ArrayList<>();
        if (!c.assessments().isEmpty()) {
            answers.add("the level-of-care ratings");
        }
        if (!c.clinical().history().isEmpty()) {
            answers.add("the treatment history");
        }
        if (c.clinical().risk().isPresent() || !c.clinical().ifCareStops().isBlank()) {
            answers.add("the clinical risk if care stops");
        }
        if (!answers.isEmpty()) {
            sb.append(" The sections below on ")
                    .append(Words.and(answers))
                    .append(" answer ")
                    .append(reasons.size() == 1 ? "it" : "them")
                    .append('.');
        } else {
            sb.append(" The enclosed records show that the care remains medically necessary.");
        }
        return Drafted.of(sb.toString(), List.of());
    }

    static Optional<Drafted> scores(
            CaseFile c, Voice voice, Map<Instrument, InstrumentDefinition> defs) {
        String text = Scores.paragraphs(c, voice, defs);
        return Drafted.of(text, List.of());
    }

    static Optional<Drafted> lowerLevels(CaseFile c, Voice voice, CareStory story) {
        CareHistory history = CareHistories.of(c);
        // The care before this episode first; the care under review last, named as such, never as
        // "tried".
        List<TreatmentEpisode> eps = new ArrayList<>(history.before());
        eps.addAll(history.current());
        if (eps.isEmpty()) {
            return Optional.empty();
        }
        String name = c.patient().name();
        StringBuilder sb = new StringBuilder();
        sb.append(voice.signer() == Signer.PATIENT ? "My" : name + "'s")
                .append(" treatment history:");
        for (TreatmentEpisode e : eps) {
            sb.append("\n• ").append(e.setting().label());
            String dates = dates(e);
            if (!dates.isEmpty()) {
                sb.append(", ").append(dates);
            }
            if (!e.provider().isEmpty()) {
                sb.append(" (").append(e.provider()).append(')');
            }
            if (history.current().contains(e)) {
                sb.append(": the care under review");
                if (e.outcome() != EpisodeOutcome.ONGOING
                        && e.outcome() != EpisodeOutcome.UNKNOWN) {
                    sb.append(", ").append(Words.lower(e.outcome().label()));
                }
            } else {
                sb.append(": ").append(Words.lower(e.outcome().label()));
            }
            if (!e.endReason().isEmpty()) {
                sb.append("; ").append(e.endReason());
            }
            sb.append('.');
        }
        List<TreatmentEpisode> lowerFailed = history.lowerNotEnough();
        if (!lowerFailed.isEmpty()) {
            sb.append("\n\nCare at a lower level of intensity has been tried (")
                    .append(
                            Words.and(
                                    lowerFailed.stream()
                                            .map(e -> Words.lower(e.setting().label()))
                                            .distinct()
                                            .toList()))
                    .append(") and was not enough.");
            if (story.careAhead()) {
                sb.append(" Returning ")
                        .append(voice.signer() == Signer.PATIENT ? "me" : name)
                        .append(" to it now would repeat a plan that has already failed.");
            }
        }
        return Drafted.of(sb.toString(), List.of());
    }

    private static String dates(TreatmentEpisode e) {
        if (e.startDate().isPresent() && e.endDate().isPresent()) {
            return Words.date(e.startDate().get()) + " to " + Words.date(e.endDate().get());
        }
        return e.startDate()
                .map(s -> "from " + Words.date(s))
                .orElse(e.endDate().map(x -> "until " + Words.date(x)).orElse(""));
    }

    static Optional<Drafted> risk(CaseFile c, Voice voice, CareStory story) {
        String text = c.clinical().ifCareStops().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Drafted.of(
                voice.judgement()
                        + ", "
                        + story.ifWithout()
                        + ": "
                        + Words.lower(Words.sentence(text)),
                List.of());
    }
}
