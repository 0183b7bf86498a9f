package org.overturn.domain.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * The appeal letter of a case: its variant, its addressee and its parts.
 *
 * @param addressee who the packet goes to (the plan's appeals unit, or an external review
 *     organization); the 42 CFR Part 2 consent must name this recipient
 * @param draftedOn the day the app last drafted the parts
 */
public record LetterDraft(
        AppealUrgency urgency,
        Signer signer,
        ReviewLevel reviewLevel,
        String addressee,
        Optional<LocalDate> draftedOn,
        List<LetterSection> sections) {

    public LetterDraft {
        urgency = urgency == null ? AppealUrgency.STANDARD : urgency;
        signer = signer == null ? Signer.PROVIDER : signer;
        reviewLevel = reviewLevel == null ? ReviewLevel.INTERNAL_APPEAL : reviewLevel;
        addressee = Text.clean(addressee);
        draftedOn = Text.opt(draftedOn);
        sections =
                Text.list(sections).stream()
                        .sorted(Comparator.comparing(LetterSection::part))
                        .toList();
        if (sections.stream().map(LetterSection::part).distinct().count() != sections.size()) {
            throw new IllegalArgumentException("a letter part appears twice");
        }
    }

    public static LetterDraft empty() {
        return new LetterDraft(
                AppealUrgency.STANDARD,
                Signer.PROVIDER,
                ReviewLevel.INTERNAL_APPEAL,
                "",
                Optional.empty(),
                List.of());
    }

    public Optional<LetterSection> section(LetterPart part) {
        return sections.stream().filter(s -> s.part() == part).findFirst();
    }

    public boolean expedited() {
        return urgency == AppealUrgency.EXPEDITED;
    }

    public LetterDraft withVariant(AppealUrgency u, Signer s, ReviewLevel r) {
        return new LetterDraft(u, s, r, addressee, draftedOn, sections);
    }

    public LetterDraft withAddressee(String a) {
        return new LetterDraft(urgency, signer, reviewLevel, a, draftedOn, sections);
    }

    public LetterDraft withSections(List<LetterSection> s, Optional<LocalDate> on) {
        return new LetterDraft(urgency, signer, reviewLevel, addressee, on, s);
    }

    /** The clinician's text for one part (the part must exist). */
    public LetterDraft withEdit(LetterPart part, String text) {
        List<LetterSection> out = new ArrayList<>();
        boolean found = false;
        for (LetterSection s : sections) {
            if (s.part() == part) {
                out.add(s.withText(text));
                found = true;
            } else {
                out.add(s);
            }
        }
        if (!found) {
            out.add(new LetterSection(part, "", Optional.of(text), List.of()));
        }
        return new LetterDraft(urgency, signer, reviewLevel, addressee, draftedOn, out);
    }
}
