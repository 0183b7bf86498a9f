package org.overturn.export.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.letters.LetterComposer;
import org.overturn.domain.letters.LetterStaleness;
import org.overturn.domain.letters.Part2Check;
import org.overturn.domain.letters.Recipients;
import org.overturn.domain.letters.Route;
import org.overturn.domain.letters.Scores;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.GeneratedPart;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterSection;
import org.overturn.export.pdf.RunningHeader;

/**
 * What the parts of the packet share: the inputs, the letter as it will print, the identifiers and
 * the plan.
 */
@Outgoing
final class PacketContext {

    final PacketInputs in;
    final CaseFile c;
    final Optional<Denial> denial;
    final LetterDraft letter;
    final String recipient;
    final Part2Check.Result part2;

    /**
     * The document the plan type takes at this step, and whether it is expedited (never for a
     * claim).
     */
    final Route route;

    final boolean expedited;
    final LocalDate today;
    final Map<GeneratedPart, String> exhibitLetters = new EnumMap<>(GeneratedPart.class);

    /**
     * Filled between the passes: each part's first page (1-based) and page count, and the total.
     */
    Map<String, int[]> pages = new LinkedHashMap<>();

    int totalPages;

    PacketContext(PacketInputs in) {
        this.in = in;
        this.c = in.caseFile();
        this.denial = c.currentDenial();
        this.today = in.now().toLocalDate();
        LetterDraft stored = LetterComposer.storedOrDefault(c);
        // Parts the clinician never edited are drafted again from the case as it is now; an edited
        // part that the
        // case has changed under is refused before this point (PacketReadiness).
        this.letter =
                stored.sections().isEmpty()
                        ? stored.withSections(
                                LetterComposer.draft(in.letterInputs()), Optional.of(today))
                        : LetterStaleness.current(in.letterInputs());
        this.recipient = Recipients.recipient(c, in.payer());
        this.route = LetterComposer.route(in.letterInputs());
        this.expedited = LetterComposer.expedited(in.letterInputs());
        this.part2 = Part2Check.check(c, recipient, today);
    }

    /** The drawn parts that have something to show, in the clinician's order. */
    List<GeneratedPart> generatedParts() {
        List<GeneratedPart> out = new ArrayList<>();
        for (GeneratedPart p : c.packet().layout().included()) {
            boolean has =
                    switch (p) {
                        case SCORES -> !Scores.instruments(c).isEmpty();
                        case REBUTTAL -> !c.rebuttal().isEmpty();
                        case HISTORY -> !c.clinical().history().isEmpty();
                        case CALLS -> c.packet().callsExhibit(!c.calls().isEmpty());
                        default -> true;
                    };
            if (has) {
                out.add(p);
            }
        }
        char next = 'A';
        exhibitLetters.clear();
        for (GeneratedPart p : out) {
            if (p != GeneratedPart.COVER && p != GeneratedPart.LETTER) {
                exhibitLetters.put(p, String.valueOf(next++));
            }
        }
        return out;
    }

    String title(GeneratedPart p) {
        String x = exhibitLetters.get(p);
        return switch (p) {
            case COVER -> "Fax cover sheet";
            case LETTER -> "Appeal".equals(route.title()) ? "Appeal letter" : route.title();
            case SCORES -> "Exhibit " + x + ": Level-of-care ratings";
            case REBUTTAL -> "Exhibit " + x + ": Rebuttal matrix";
            case HISTORY -> "Exhibit " + x + ": Treatment history";
            case CALLS -> "Exhibit " + x + ": Peer-to-peer calls";
            case INDEX -> "Exhibit " + x + ": Documentation index";
        };
    }

    /** "Patient: …", "DOB: …", "Member ID: …", "Auth: …" for the running header. */
    List<String> identifiers() {
        return RunningHeader.identifiersOf(c);
    }

    /**
     * The library entries whose citation the printed letter actually contains, in order of first
     * use.
     */
    List<Citation> citedInLetter() {
        List<Citation> out = new ArrayList<>();
        for (LetterSection s : letter.sections()) {
            for (String id : s.citationIds()) {
                in.library()
                        .find(id)
                        .filter(e -> s.text().contains(e.citation()) && !out.contains(e))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Who the letter is from: the patient, the representative, or (for a provider's letter) the
     * signer.
     */
    String senderName() {
        return switch (letter.signer()) {
            case PATIENT -> c.patient().name();
            case REPRESENTATIVE ->
                    c.representative().map(r -> r.name()).orElse("Authorized representative");
            case PROVIDER -> c.packet().signer().map(k -> k.signatureName()).orElse("");
        };
    }

    String dateLong() {
        return Words.date(today);
    }
}
