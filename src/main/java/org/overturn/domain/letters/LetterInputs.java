package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;

/**
 * What the letter is drafted from: the case and its payer, the practice, the citation library, the
 * state rules, the instruments' dimension names, the variant chosen, and today's date.
 */
public record LetterInputs(
        CaseFile caseFile,
        Optional<Payer> payer,
        PracticeProfile profile,
        CitationLibrary library,
        StateCriteriaLookup stateRules,
        Map<Instrument, InstrumentDefinition> instruments,
        LetterDraft variant,
        LocalDate today) {

    public LetterInputs {
        if (caseFile == null || library == null || stateRules == null || today == null) {
            throw new IllegalArgumentException(
                    "the case, citation library, state rules and date are required");
        }
        payer = payer == null ? Optional.empty() : payer;
        profile = profile == null ? PracticeProfile.empty() : profile;
        instruments = instruments == null ? Map.of() : Map.copyOf(instruments);
        variant = variant == null ? LetterComposer.storedOrDefault(caseFile) : variant;
    }

    /** The recipient the packet is addressed to: the letter's addressee, else the payer's name. */
    public String recipient() {
        return Recipients.recipient(caseFile, payer);
    }
}
