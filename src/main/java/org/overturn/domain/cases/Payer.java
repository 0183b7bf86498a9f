package org.overturn.domain.cases;

import java.util.Optional;

/**
 * An insurer in the payer directory, kept across cases.
 *
 * @param id absent until stored
 * @param behavioralHealthManager the company the payer delegates behavioral-health review to, if
 *     any
 */
public record Payer(
        Optional<Long> id,
        String name,
        String appealsAddress,
        String appealsFax,
        String phone,
        String portal,
        String behavioralHealthManager) {

    public Payer {
        id = Text.opt(id);
        name = Text.require(name, "payer name");
        appealsAddress = Text.body(appealsAddress);
        appealsFax = Text.clean(appealsFax);
        phone = Text.clean(phone);
        portal = Text.clean(portal);
        behavioralHealthManager = Text.clean(behavioralHealthManager);
    }

    public static Payer named(String name) {
        return new Payer(Optional.empty(), name, "", "", "", "", "");
    }

    public Payer withId(long newId) {
        return new Payer(
                Optional.of(newId),
                name,
                appealsAddress,
                appealsFax,
                phone,
                portal,
                behavioralHealthManager);
    }
}
