package org.overturn.domain.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The parts of a case a person recognises, for saying what differs between two versions of it (a
 * save refused because someone else saved first). Names only: no value of the case is shown.
 */
public final class CaseSections {

    private record Section(String name, Function<CaseFile, Object> part) {}

    private static final List<Section> SECTIONS =
            List.of(
                    new Section("Status", CaseFile::status),
                    new Section("Patient", CaseFile::patient),
                    new Section("Plan and payer", CaseFile::plan),
                    new Section("Authorized representative", CaseFile::representative),
                    new Section("Denials", CaseFile::denials),
                    new Section("Authorized periods", CaseFile::authorizations),
                    new Section("Timeline", CaseFile::timeline),
                    new Section("Appeal clock", CaseFile::clock),
                    new Section("Records requests", CaseFile::disclosureRequests),
                    new Section("Level-of-care scoring", CaseFile::assessments),
                    new Section("Measures", CaseFile::measures),
                    new Section("Clinical picture", CaseFile::clinical),
                    new Section("Denial statements", CaseFile::statements),
                    new Section("Rebuttal", CaseFile::rebuttal),
                    new Section("Parity", CaseFile::parity),
                    new Section("Packet", CaseFile::packet),
                    new Section("Peer-to-peer calls", CaseFile::calls),
                    new Section("Decisions", CaseFile::decisions));

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

    /** How many sections there are: every part of a case but its id. */
    static int count() {
        return SECTIONS.size();
    }
}
