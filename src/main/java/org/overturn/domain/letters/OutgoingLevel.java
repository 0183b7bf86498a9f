package org.overturn.domain.letters;

import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.IopFit;
import org.overturn.domain.scoring.LocusLevel;
import org.overturn.domain.scoring.LocusResult;
import org.overturn.domain.wording.Wording;

/**
 * The one sentence about the level of care that a plan may read, and only when it supports the
 * request. LOCUS: the computed level when it is the IOP level; CALOCUS-CASII: only the level the
 * clinician read from the licensed grid (the app's own simplification is decision support), by
 * number, since the CASII level names are unverified; ASAM: no computed level (the third edition
 * has no public algorithm). A clinician's own placement at the IOP level is stated as theirs. Where
 * the ratings point above IOP, the signer's judgement that IOP is the least restrictive safe level
 * is stated instead of the level; where they point below, nothing.
 */
@Outgoing
final class OutgoingLevel {

    /** The level codes at which each instrument places intensive outpatient care. */
    static String iopCode(Instrument i) {
        return i == Instrument.ASAM ? "2.1" : "3";
    }

    private static final Wording LAW = Wording.of("letter-law");

    private OutgoingLevel() {}

    static String sentence(Scores.Scored s, String patient, Optional<String> rater, Voice voice) {
        Assessment a = s.assessment();
        Instrument i = a.instrument();
        String who = rater.orElse(voice.clinicianSubject());
        if (a.overrideLevel().isPresent()) {
            if (!a.overrideLevel().get().equals(iopCode(i))) {
                return s.result().iopFit() == IopFit.ABOVE_IOP
                        ? leastRestrictive(patient, voice)
                        : "";
            }
            String level = name(i, iopCode(i));
            String reason = Words.lower(Words.sentence(a.varianceReason()));
            return "I".equals(who)
                    ? LAW.fill(
                            "level.placed.self",
                            "patient",
                            patient,
                            "level",
                            level,
                            "reason",
                            reason)
                    : LAW.fill(
                            "level.placed.other",
                            "who",
                            who,
                            "patient",
                            patient,
                            "level",
                            level,
                            "reason",
                            reason);
        }
        return switch (s.result().iopFit()) {
            case SUPPORTS_IOP -> supports(s);
            case ABOVE_IOP -> leastRestrictive(patient, voice);
            case BELOW_IOP -> "";
        };
    }

    private static String supports(Scores.Scored s) {
        if (s.result() instanceof LocusResult l) {
            return LAW.fill("level.supports.locus", "level", l.level().title());
        }
        if (s.result() instanceof CalocusResult k && k.licensedGridLevel().isPresent()) {
            return LAW.fill(
                    "level.supports.calocus",
                    "level",
                    name(Instrument.CALOCUS, k.licensedGridLevel().get().code()));
        }
        return "";
    }

    private static String leastRestrictive(String patient, Voice voice) {
        String subject = voice.clinicianSubject();
        return "I".equals(subject)
                ? LAW.fill("level.leastRestrictive.self", "patient", patient)
                : LAW.fill("level.leastRestrictive.other", "who", subject, "patient", patient);
    }

    /**
     * "LOCUS Level 3: High Intensity Community Based Services", "CALOCUS-CASII Level 3", "ASAM
     * Level 2.1".
     */
    static String name(Instrument i, String code) {
        return switch (i) {
            case LOCUS -> LAW.fill("level.name.locus", "level", i.levelName(code));
            case CALOCUS ->
                    LocusLevel.fromCode(code)
                            .map(l -> LAW.fill("level.name.calocus", "number", l.number()))
                            .orElseGet(() -> LAW.fill("level.name.calocusCode", "code", code));
            case ASAM -> LAW.fill("level.name.asam", "code", code);
        };
    }
}
