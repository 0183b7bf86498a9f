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
import org.overturn.domain.wording.Wording;

/** The clinical parts of the letter, written only from what the clinician entered. */
@Outgoing
final class ClinicalProse {

    private static final Wording WORDS = Wording.of("letter");

    private ClinicalProse() {}

    static Optional<Drafted> summary(CaseFile c, CareStory story, LocalDate today) {
        StringBuilder sb = new StringBuilder();
        sb.append(story.standing(c.patient().ageOn(today)));
        List<Diagnosis> dx = c.clinical().diagnoses();
        if (!dx.isEmpty()) {
            List<String> items = dx.stream().map(ClinicalProse::diagnosis).toList();
            sb.append(' ')
                    .append(
                            WORDS.fill(
                                    dx.size() == 1 ? "summary.diagnosis" : "summary.diagnoses",
                                    "diagnoses",
                                    String.join("; ", items)));
        }
        story.authorizedSpan().ifPresent(a -> sb.append(' ').append(a));
        List<String> measures = latestMeasures(c);
        if (!measures.isEmpty()) {
            sb.append(' ')
                    .append(
                            WORDS.fill(
                                    "summary.measures", "measures", String.join("; ", measures)));
        }
        c.clinical().risk().ifPresent(r -> sb.append(Words.PARAGRAPH).append(risk(r)));
        return Drafted.of(sb.toString(), List.of());
    }

    private static String diagnosis(Diagnosis d) {
        StringBuilder sb = new StringBuilder(d.code());
        if (!d.name().isEmpty()) {
            sb.append(' ').append(d.name());
        }
        List<String> spec = new ArrayList<>();
        d.severity().ifPresent(s -> spec.add(Words.lower(s.label())));
        d.criteriaMet().ifPresent(n -> spec.add(WORDS.fill("summary.criteriaMet", "count", n)));
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
                                                                    s -> out.add(measure(e, r, s)));
                                                }));
        return out;
    }

    private static String measure(MeasureEntry e, MeasureResult r, int score) {
        String date = Words.date(e.date());
        String name = e.measure().label();
        return r.band().isEmpty()
                ? WORDS.fill("summary.measure", "measure", name, "score", score, "date", date)
                : WORDS.fill(
                        "summary.measure.band",
                        "measure",
                        name,
                        "score",
                        score,
                        "date",
                        date,
                        "band",
                        r.band());
    }

    private static String risk(RiskAssessment r) {
        List<String> parts = new ArrayList<>();
        level(parts, "risk.suicide", r.suicide());
        level(parts, "risk.selfHarm", r.selfHarm());
        level(parts, "risk.harmToOthers", r.harmToOthers());
        level(parts, "risk.relapse", r.relapseOrOverdose());
        StringBuilder sb = new StringBuilder();
        if (!parts.isEmpty()) {
            String risks = Words.and(parts);
            Optional<String> date = r.date().map(Words::date);
            String by = r.assessedBy();
            if (date.isPresent() && !by.isEmpty()) {
                sb.append(
                        WORDS.fill(
                                "risk.assessment.datedBy",
                                "date",
                                date.get(),
                                "assessor",
                                by,
                                "risks",
                                risks));
            } else if (date.isPresent()) {
                sb.append(WORDS.fill("risk.assessment.dated", "date", date.get(), "risks", risks));
            } else if (!by.isEmpty()) {
                sb.append(WORDS.fill("risk.assessment.by", "assessor", by, "risks", risks));
            } else {
                sb.append(WORDS.fill("risk.assessment", "risks", risks));
            }
        }
        if (!r.factors().isBlank()) {
            sb.append(sb.length() > 0 ? " " : "")
                    .append(WORDS.fill("risk.factors", "factors", Words.sentence(r.factors())));
        }
        if (!r.protectiveFactors().isBlank()) {
            sb.append(sb.length() > 0 ? " " : "")
                    .append(
                            WORDS.fill(
                                    "risk.protective",
                                    "factors",
                                    Words.sentence(r.protectiveFactors())));
        }
        return sb.toString();
    }

    /** Adds the sentence under {@code key} for a level that was assessed. */
    private static void level(List<String> parts, String key, RiskLevel l) {
        if (l != RiskLevel.NOT_ASSESSED) {
            parts.add(WORDS.fill(key, "level", Words.lower(l.label())));
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
            sb.append(WORDS.text("rebuttal.intro")).append(' ').append(whoAnswers(voice));
            for (RebuttalRow r : rows) {
                sb.append(Words.PARAGRAPH)
                        .append(
                                WORDS.fill(
                                        "rebuttal.row",
                                        "criterion",
                                        Words.withoutFullStop(Words.sentence(r.criterion())),
                                        "answer",
                                        Words.sentence(
                                                r.answer().isBlank()
                                                        ? r.suggestion()
                                                        : r.answer())));
                List<String> refs = Scores.ratingRefs(c, r.dimensionIds(), defs);
                if (!refs.isEmpty()) {
                    sb.append(' ')
                            .append(
                                    WORDS.fill(
                                            refs.size() == 1
                                                    ? "rebuttal.rating"
                                                    : "rebuttal.ratings",
                                            "ratings",
                                            String.join("; ", refs)));
                }
            }
            return Drafted.of(sb.toString(), List.of());
        }
        List<DenialReason> reasons = c.currentDenial().map(Denial::reasons).orElse(List.of());
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        List<String> named =
                reasons.stream()
                        .map(r -> WORDS.fill("rebuttal.quoted", "reason", Words.lower(r.label())))
                        .toList();
        sb.append(
                WORDS.fill(
                        reasons.size() == 1 ? "rebuttal.reason" : "rebuttal.reasons",
                        "reasons",
                        Words.and(named)));
        List<String> answers = new ArrayList<>();
        if (!c.assessments().isEmpty()) {
            answers.add(WORDS.text("rebuttal.section.ratings"));
        }
        if (!c.clinical().history().isEmpty()) {
            answers.add(WORDS.text("rebuttal.section.history"));
        }
        if (c.clinical().risk().isPresent() || !c.clinical().ifCareStops().isBlank()) {
            answers.add(WORDS.text("rebuttal.section.risk"));
        }
        sb.append(' ');
        if (!answers.isEmpty()) {
            sb.append(
                    WORDS.fill(
                            reasons.size() == 1
                                    ? "rebuttal.sectionsAnswer.it"
                                    : "rebuttal.sectionsAnswer.them",
                            "sections",
                            Words.and(answers)));
        } else {
            sb.append(WORDS.text("rebuttal.records"));
        }
        return Drafted.of(sb.toString(), List.of());
    }

    /** Who answers the notice's reasons, by who signs. */
    private static String whoAnswers(Voice voice) {
        if (voice.signer() == Signer.PROVIDER) {
            return WORDS.text("rebuttal.answers.provider");
        }
        boolean patient = voice.signer() == Signer.PATIENT;
        return voice.clinician()
                .map(
                        k ->
                                WORDS.fill(
                                        patient
                                                ? "rebuttal.answers.patient.named"
                                                : "rebuttal.answers.representative.named",
                                        "clinician",
                                        k.signatureName()))
                .orElseGet(
                        () ->
                                WORDS.text(
                                        patient
                                                ? "rebuttal.answers.patient"
                                                : "rebuttal.answers.representative"));
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
        sb.append(
                voice.signer() == Signer.PATIENT
                        ? WORDS.text("history.title.patient")
                        : WORDS.fill("history.title", "patient", name));
        for (TreatmentEpisode e : eps) {
            sb.append(Words.LIST_ITEM).append(e.setting().label());
            String dates = dates(e);
            if (!dates.isEmpty()) {
                sb.append(", ").append(dates);
            }
            if (!e.provider().isEmpty()) {
                sb.append(" (").append(e.provider()).append(')');
            }
            if (history.current().contains(e)) {
                sb.append(": ").append(WORDS.text("history.underReview"));
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
            String settings =
                    Words.and(
                            lowerFailed.stream()
                                    .map(e -> Words.lower(e.setting().label()))
                                    .distinct()
                                    .toList());
            sb.append(Words.PARAGRAPH)
                    .append(WORDS.fill("history.lowerTried", "settings", settings));
            if (story.careAhead()) {
                sb.append(' ')
                        .append(
                                voice.signer() == Signer.PATIENT
                                        ? WORDS.text("history.returning.patient")
                                        : WORDS.fill("history.returning", "patient", name));
            }
        }
        return Drafted.of(sb.toString(), List.of());
    }

    private static String dates(TreatmentEpisode e) {
        if (e.startDate().isPresent() && e.endDate().isPresent()) {
            return WORDS.fill(
                    "history.dates",
                    "from",
                    Words.date(e.startDate().get()),
                    "to",
                    Words.date(e.endDate().get()));
        }
        return e.startDate()
                .map(s -> WORDS.fill("history.from", "from", Words.date(s)))
                .orElse(
                        e.endDate()
                                .map(x -> WORDS.fill("history.until", "to", Words.date(x)))
                                .orElse(""));
    }

    static Optional<Drafted> risk(CaseFile c, Voice voice, CareStory story) {
        String text = c.clinical().ifCareStops().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Drafted.of(
                WORDS.fill(
                        "risk.ifCareStops",
                        "judgement",
                        voice.judgement(),
                        "condition",
                        story.ifWithout(),
                        "expectation",
                        Words.lower(Words.sentence(text))),
                List.of());
    }
}
