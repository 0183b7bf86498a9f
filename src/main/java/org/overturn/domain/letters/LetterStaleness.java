package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;

/**
 * Whether the letter still says what the case says. A part is stale when drafting it again from the
 * case as it is now, on the day it was drafted, gives other words than it gave then: a fact it
 * rests on (a name, a date, the plan, a score) has changed since. A part the clinician never edited
 * is simply drafted again; a part they edited is kept as they wrote it and named, with the
 * sentences that changed, until they choose their text or the new draft.
 */
public final class LetterStaleness {

    /**
     * One edited part whose draft no longer matches the case: the draft's sentences then and now
     * that differ.
     */
    public record Stale(
            LetterPart part,
            List<String> then,
            List<String> now,
            String newDraft,
            List<String> newCitationIds) {}

    private LetterStaleness() {}

    /** The edited parts whose draft has changed under them (empty for a letter never drafted). */
    public static List<Stale> staleEdits(LetterInputs in) {
        LetterDraft stored = in.variant();
        if (stored.sections().isEmpty() || in.caseFile().currentDenial().isEmpty()) {
            return List.of();
        }
        List<LetterSection> again = LetterComposer.draft(onDraftDay(in, stored));
        List<Stale> out = new ArrayList<>();
        for (LetterSection s : stored.sections()) {
            if (!s.wasEdited()) {
                continue;
            }
            Optional<LetterSection> fresh =
                    again.stream().filter(f -> f.part() == s.part()).findFirst();
            String now = fresh.map(LetterSection::drafted).orElse("");
            if (!now.equals(s.drafted())) {
                Set<String> before = sentences(s.drafted());
                Set<String> after = sentences(now);
                List<String> gone = before.stream().filter(x -> !after.contains(x)).toList();
                List<String> came = after.stream().filter(x -> !before.contains(x)).toList();
                out.add(
                        new Stale(
                                s.part(),
                                gone,
                                came,
                                now,
                                fresh.map(LetterSection::citationIds).orElse(List.of())));
            }
        }
        return out;
    }

    /**
     * The letter as it is to print today: every part the clinician never edited drafted again from
     * the case as it is now (so no name, date or score in it can be older than the case), edited
     * parts as they wrote them.
     */
    public static LetterDraft current(LetterInputs in) {
        LetterDraft stored = in.variant();
        if (stored.sections().isEmpty()) {
            return stored;
        }
        List<LetterSection> fresh = LetterComposer.draft(in);
        List<LetterSection> out = new ArrayList<>();
        for (LetterSection f : fresh) {
            Optional<LetterSection> old = stored.section(f.part());
            out.add(old.isPresent() && old.get().wasEdited() ? old.get() : f);
        }
        for (LetterSection s : stored.sections()) {
            if (s.wasEdited() && fresh.stream().noneMatch(f -> f.part() == s.part())) {
                out.add(s);
            }
        }
        boolean same = out.equals(stored.sections());
        return same ? stored : stored.withSections(out, Optional.of(in.today()));
    }

    /**
     * The clinician keeps their text: the draft under it becomes today's, so the part is no longer
     * stale.
     */
    public static LetterDraft keepMine(LetterDraft d, Stale s, LocalDate today) {
        List<LetterSection> out =
                d.sections().stream()
                        .map(
                                x ->
                                        x.part() != s.part()
                                                ? x
                                                : new LetterSection(
                                                        x.part(),
                                                        s.newDraft(),
                                                        x.edited(),
                                                        s.newCitationIds()))
                        .toList();
        return d.withSections(out, Optional.of(today));
    }

    /** The clinician takes the new draft: their edit of this part is dropped. */
    public static LetterDraft takeNew(LetterDraft d, Stale s, LocalDate today) {
        List<LetterSection> out =
                d.sections().stream()
                        .map(
                                x ->
                                        x.part() != s.part()
                                                ? x
                                                : LetterSection.drafted(
                                                        x.part(), s.newDraft(), s.newCitationIds()))
                        .toList();
        return d.withSections(out, Optional.of(today));
    }

    private static LetterInputs onDraftDay(LetterInputs in, LetterDraft stored) {
        LocalDate day = stored.draftedOn().orElse(in.today());
        return new LetterInputs(
                in.caseFile(),
                in.payer(),
                in.profile(),
                in.library(),
                in.stateRules(),
                in.instruments(),
                stored,
                day);
    }

    static Set<String> sentences(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : text.split("(?<=[.!?:])\\s+|\\n+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
