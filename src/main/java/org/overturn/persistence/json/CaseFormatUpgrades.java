package org.overturn.persistence.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings an older case file up to the current format, one version at a time. Each later format
 * version adds a step here, and a frozen sample of the old version under the test resources proves
 * it still imports.
 */
final class CaseFormatUpgrades {

    ObjectNode upgrade(ObjectNode root, int fromVersion) {
        ObjectNode node = root;
        for (int v = fromVersion; v < CaseJson.CURRENT_VERSION; v++) {
            node = step(node, v);
        }
        node.put("formatVersion", CaseJson.CURRENT_VERSION);
        return node;
    }

    private ObjectNode step(ObjectNode node, int from) {
        return switch (from) {
            // Version 2 added the case's clock facts, disclosure requests, assessments, measures,
            // clinical picture,
            // statements, rebuttal rows and parity facts. All are optional, so a version 1 case
            // reads unchanged.
            case 1 -> node;
            // Version 3 added the packet: the letter, enclosures (described here, their bytes
            // beside the file),
            // 42 CFR Part 2 consents, the layout of the drawn parts and submissions. Optional, so a
            // version 2 case
            // reads unchanged.
            case 2 -> node;
            // Version 4 added the clinician who signs (packet.signer) and the last date of the care
            // requested
            // (a denial's endDateRequested). Both optional, so a version 3 case reads unchanged,
            // with no signer.
            case 3 -> node;
            // Version 5 added clock facts: the level the final denial was decided at, when a
            // request to extend urgent
            // care was made, whether the plan took its 14-day extension, the State's own hearing
            // window and the plan's
            // own last day to sue. All optional, so a version 4 case reads unchanged.
            case 4 -> node;
            // Version 6 added the reviews' decisions (case.decisions: the day, the level, the
            // outcome). Optional, so a version 5 case reads unchanged, with none recorded.
            case 5 -> node;
            // Version 7 added the employer that sponsors the plan and the patient's word on sharing
            // the denial with it (case.plan.employerName, case.plan.shareWithEmployer). Optional,
            // so a version 6 case reads unchanged: no employer named, sharing not asked.
            case 6 -> node;
            default ->
                    throw new IllegalStateException("no upgrade from case format version " + from);
        };
    }
}
