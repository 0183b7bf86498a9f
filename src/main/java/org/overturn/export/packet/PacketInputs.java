package org.overturn.export.packet;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.letters.LetterComposer;
import org.overturn.domain.letters.LetterInputs;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;

/** Everything the packet is drawn from. */
public record PacketInputs(
        CaseFile caseFile,
        Optional<Payer> payer,
        PracticeProfile profile,
        CitationLibrary library,
        StateCriteriaLookup stateRules,
        Map<Instrument, InstrumentDefinition> instruments,
        EnclosureSource enclosures,
        ZonedDateTime now) {

    public PacketInputs {
        payer = payer == null ? Optional.empty() : payer;
        profile = profile == null ? PracticeProfile.empty() : profile;
        instruments = instruments == null ? Map.of() : Map.copyOf(instruments);
    }

    public LetterInputs letterInputs() {
        return new LetterInputs(
                caseFile,
                payer,
                profile,
                library,
                stateRules,
                instruments,
                LetterComposer.storedOrDefault(caseFile),
                now.toLocalDate());
    }
}
