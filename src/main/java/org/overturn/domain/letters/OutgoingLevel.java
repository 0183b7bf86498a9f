package org.overturn.domain.letters;

import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.IopFit;
import org.overturn.domain.scoring.LocusLevel;
import org.overturn.domain.scoring.LocusResult;

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
            String verb = "I".equals(who) ? " place " : " places ";
            return who
                    + verb
                    + patient
                    + " at "
                    + name(i, iopCode(i))
                    + ": "
                    + Words.lower(Words.sentence(a.varianceReason()));
        }
        return switch (s.result().iopFit()) {
            case SUPPORTS_IOP -> supports(s);
            case ABOVE_IOP -> leastRestrictive(patient, voice);
            case BELOW_IOP -> "";
        };
    }

    private static String supports(Scores.Scored s) {
        if (s.result() instanceof LocusResult l) {
            return "The ratings correspond to LOCUS "
                    + l.level().title()
                    + ", the level that includes intensive "
                    + "outpatient care.";
        }
        if (s.result() instanceof CalocusResult k && k.licensedGridLevel().isPresent()) {
            return "The CALOCUS-CASII level recorded is "
                    + name(Instrument.CALOCUS, k.licensedGridLevel().get().code())
                    + ", the level that includes intensive outpatient care.";
        }
        return "";
    }

    private static String leastRestrictive(String patient, Voice voice) {
        String subject = voice.clinicianSubject();
        return subject
                + ("I".equals(subject) ? " have" : " has")
                + " weighed a more intensive level of care and "
                + ("I".equals(subject) ? "judge" : "judges")
                + " intensive outpatient care the least restrictive "
                + "level at which "
                + patient
                + " can be treated safely.";
    }

    /**
     * "LOCUS Level 3: High Intensity Community Based Services", "CALOCUS-CASII Level 3", "ASAM
     * Level 2.1".
     */
    static String name(Instrument i, String code) {
        return switch (i) {
            case LOCUS -> "LOCUS " + i.levelName(code);
            case CALOCUS ->
                    "CALOCUS-CASII "
                            + LocusLevel.fromCode(code)
                                    .map(l -> "Level " + l.number())
                                    .orElse(code);
            case ASAM -> "ASAM Level " + code;
        };
    }
}
