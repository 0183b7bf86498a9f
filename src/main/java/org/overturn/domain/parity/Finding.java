package org.overturn.domain.parity;

import java.util.List;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.cases.Text;

/** One reason or point in plain words, with the library entries behind it (possibly none). */
public record Finding(@ClinicianOnly String text, List<String> citationIds) {

    public Finding {
        text = Text.require(text, "finding text");
        citationIds = Text.list(citationIds);
    }

    public static Finding of(String text, String... citationIds) {
        return new Finding(text, List.of(citationIds));
    }
}
