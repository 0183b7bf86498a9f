package org.overturn.domain.packet;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.cases.Text;
import org.overturn.domain.wording.Wording;

/**
 * Everything a case holds for the appeal packet: the letter, the enclosures' descriptions, the 42
 * CFR Part 2 consents, the layout of the drawn parts, each submission with its frozen copy, and
 * (format version 4) the clinician who signs.
 */
public record PacketFacts(
        Optional<LetterDraft> letter,
        List<Enclosure> enclosures,
        List<Part2Consent> consents,
        List<Submission> submissions,
        PacketLayout layout,
        Optional<Clinician> signer) {

    public PacketFacts {
        letter = Text.opt(letter);
        enclosures =
                Text.list(enclosures).stream()
                        .sorted(Comparator.comparingInt(Enclosure::order))
                        .toList();
        consents = Text.list(consents);
        submissions =
                Text.list(submissions).stream()
                        .sorted(Comparator.comparing(Submission::sentOn))
                        .toList();
        layout = layout == null ? PacketLayout.standard() : layout;
        signer = Text.opt(signer);
        unique(enclosures.stream().map(Enclosure::id).toList(), "enclosure");
        unique(consents.stream().map(Part2Consent::id).toList(), "consent");
        unique(submissions.stream().map(Submission::id).toList(), "submission");
    }

    private static void unique(List<String> ids, String what) {
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("two " + what + "s share an id");
        }
    }

    public static PacketFacts empty() {
        return new PacketFacts(
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                PacketLayout.standard(),
                Optional.empty());
    }

    public LetterDraft letterOrEmpty() {
        return letter.orElse(LetterDraft.empty());
    }

    public PacketFacts withLetter(LetterDraft l) {
        return new PacketFacts(Optional.of(l), enclosures, consents, submissions, layout, signer);
    }

    public PacketFacts withEnclosures(List<Enclosure> e) {
        return new PacketFacts(letter, e, consents, submissions, layout, signer);
    }

    public PacketFacts withConsents(List<Part2Consent> c) {
        return new PacketFacts(letter, enclosures, c, submissions, layout, signer);
    }

    public PacketFacts withSubmissions(List<Submission> s) {
        return new PacketFacts(letter, enclosures, consents, s, layout, signer);
    }

    public PacketFacts withSigner(Optional<Clinician> s) {
        return new PacketFacts(letter, enclosures, consents, submissions, layout, s);
    }

    public PacketFacts withLayout(PacketLayout l) {
        return new PacketFacts(letter, enclosures, consents, submissions, l, signer);
    }

    /** Adds an enclosure at the end. */
    public PacketFacts withEnclosureAdded(Enclosure e) {
        int next = enclosures.stream().mapToInt(Enclosure::order).max().orElse(0) + 1;
        List<Enclosure> out = new ArrayList<>(enclosures);
        out.add(e.withOrder(next));
        return withEnclosures(out);
    }

    /** Replaces the enclosure with the same id. */
    public PacketFacts withEnclosure(Enclosure e) {
        return withEnclosures(enclosures.stream().map(x -> x.id().equals(e.id()) ? e : x).toList());
    }

    /** Moves an enclosure up (-1) or down (+1) among the enclosures, renumbering all. */
    public PacketFacts withEnclosureMoved(String id, int delta) {
        List<Enclosure> out = new ArrayList<>(enclosures);
        int i = -1;
        for (int k = 0; k < out.size(); k++) {
            if (out.get(k).id().equals(id)) {
                i = k;
            }
        }
        if (i < 0) {
            return this;
        }
        int j = Math.max(0, Math.min(out.size() - 1, i + delta));
        Enclosure e = out.remove(i);
        out.add(j, e);
        List<Enclosure> renumbered = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            renumbered.add(out.get(k).withOrder(k + 1));
        }
        return withEnclosures(renumbered);
    }

    public List<Enclosure> includedEnclosures() {
        return enclosures.stream().filter(e -> !e.excluded()).toList();
    }

    /**
     * What the packet carries behind its exhibits: for a request for external review, first the
     * internal appeal exactly as it was sent (the frozen copy of the latest internal-appeal
     * submission), which the independent reviewer needs; then the clinician's included enclosures.
     */
    public List<Enclosure> packetEnclosures() {
        List<Enclosure> out = new ArrayList<>();
        sentInternalAppeal().ifPresent(out::add);
        out.addAll(includedEnclosures());
        return out;
    }

    /**
     * Whether a request for external review carries the exhibit of the peer-to-peer calls: the
     * independent reviewer sees what the plan's reviewers said and did; an appeal to the plan
     * itself does not repeat its own calls back to it beyond the letter's paragraph.
     */
    public boolean callsExhibit(boolean anyCall) {
        return anyCall && letterOrEmpty().reviewLevel() == ReviewLevel.EXTERNAL_REVIEW;
    }

    /** The internal appeal as sent, enclosed in a request for external review; else empty. */
    public Optional<Enclosure> sentInternalAppeal() {
        if (letterOrEmpty().reviewLevel() != ReviewLevel.EXTERNAL_REVIEW) {
            return Optional.empty();
        }
        return submissions.stream()
                .filter(s -> s.level() == ReviewLevel.INTERNAL_APPEAL)
                .max(Comparator.comparing(Submission::sentOn))
                .map(
                        s ->
                                new Enclosure(
                                        s.frozenCopyId(),
                                        WORDS.fill(
                                                "enclosure.sentAppeal",
                                                "date",
                                                SENT_ON.format(s.sentOn())),
                                        "internal-appeal-as-sent.pdf",
                                        0,
                                        false,
                                        s.sha256(),
                                        0,
                                        Optional.of(s.pages())));
    }

    private static final Wording WORDS = Wording.of("packet");
    private static final DateTimeFormatter SENT_ON =
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
}
