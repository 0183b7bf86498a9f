package org.overturn.domain.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts of a case a person recognises, for saying what differs between two versions of it (a
 * save refused because someone else saved first) and which parts a person changed (the shared
 * store's audit, which records the case document's top-level keys). Names only: no value of the
 * case is shown. This is the one mapping from the document's keys to the names people read.
 */
public final class CaseSections {

    /**
     * @param key the part's name in the stored case document and the case file (the record
     *     component's name): what the shared store's audit records
     * @param name what a person calls it
     */
    private record Section(String key, String name, Function<CaseFile, Object> part) {}

    private static final List<Section> SECTIONS =
            List.of(
                    new Section("status", "Status", CaseFile::status),
                    new Section("patient", "Patient", CaseFile::patient),
                    new Section("plan", "Plan and payer", CaseFile::plan),
                    new Section(
                            "representative",
                            "Authorized representative",
                            CaseFile::representative),
                    new Section("denials", "Denials", CaseFile::denials),
                    new Section("authorizations", "Authorized periods", CaseFile::authorizations),
                    new Section("timeline", "Timeline", CaseFile::timeline),
                    new Section("clock", "Appeal clock", CaseFile::clock),
                    new Section(
                            "disclosureRequests", "Records requests", CaseFile::disclosureRequests),
                    new Section("assessments", "Level-of-care scoring", CaseFile::assessments),
                    new Section("measures", "Measures", CaseFile::measures),
                    new Section("clinical", "Clinical picture", CaseFile::clinical),
                    new Section("statements", "Denial statements", CaseFile::statements),
                    new Section("rebuttal", "Rebuttal", CaseFile::rebuttal),
                    new Section("parity", "Parity", CaseFile::parity),
                    new Section("packet", "Packet", CaseFile::packet),
                    new Section("calls", "Peer-to-peer calls", CaseFile::calls),
                    new Section("decisions", "Decisions", CaseFile::decisions));

    private CaseSections() {}

    /** The names of the sections whose content differs, in the workspace's order. */
    public static List<String> differing(CaseFile a, CaseFile b) {
        List<String> out = new ArrayList<>();
        for (Section s : SECTIONS) {
            if (!Objects.equals(s.part().apply(a), s.part().apply(b))) {
                out.add(s.name());
            }
        }
        return out;
    }

    /**
     * What a person calls the part of a case stored under {@code key}, a top-level key of the case
     * document (the shared store's audit names those); empty for a key this version does not know.
     */
    public static Optional<String> named(String key) {
        return SECTIONS.stream().filter(s -> s.key().equals(key)).map(Section::name).findFirst();
    }

    /**
     * The names of the parts stored under these keys, in the workspace's order; a key this version
     * does not know (written by a newer Overturn) is kept as it is, after the others.
     */
    public static List<String> named(Collection<String> keys) {
        List<String> out = new ArrayList<>();
        for (Section s : SECTIONS) {
            if (keys.contains(s.key())) {
                out.add(s.name());
            }
        }
        keys.stream().filter(k -> named(k).isEmpty()).sorted().forEach(out::add);
        return out;
    }

    /** The top-level keys of the case document, in the workspace's order. */
    public static List<String> keys() {
        return SECTIONS.stream().map(Section::key).toList();
    }

    /** How many sections there are: every part of a case but its id. */
    static int count() {
        return SECTIONS.size();
    }
}
