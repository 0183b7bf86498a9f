package org.overturn.domain.letters;

import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;

/** Who the packet goes to, the same for the letter, the fax cover and the Part 2 check. */
public final class Recipients {

    private Recipients() {}

    public static String recipient(CaseFile c, Optional<Payer> payer) {
        String a = c.packet().letterOrEmpty().addressee();
        if (!a.isEmpty()) {
            return a;
        }
        return payer.map(Payer::name).orElse("");
    }
}
