package org.overturn.ui.clock;

import java.util.Optional;
import java.util.function.Supplier;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.Verification;
import org.overturn.ui.common.Messages;

/**
 * How the clock screens name a legal basis: the citation library's short title and citation. The
 * library is read once, the first time a basis is shown. An entry marked unverified says so next to
 * it.
 */
public final class CitationTitles {

    private final Supplier<CitationLibrary> loader;
    private volatile CitationLibrary library;

    public CitationTitles(Supplier<CitationLibrary> loader) {
        this.loader = loader;
    }

    private CitationLibrary library() {
        CitationLibrary l = library;
        if (l == null) {
            synchronized (this) {
                if (library == null) {
                    library = loader.get();
                }
                l = library;
            }
        }
        return l;
    }

    public Optional<Citation> find(String id) {
        return library().find(id);
    }

    /** "Short title (citation)", flagged when unverified; the id itself if the library lacks it. */
    public String describe(String id) {
        return find(id).map(CitationTitles::describe)
                .orElse(Messages.format("clock.citation.missing", id));
    }

    static String describe(Citation c) {
        String text = Messages.format("clock.citation", c.shortTitle(), c.citation());
        return c.verification() == Verification.UNVERIFIED
                ? text + " " + Messages.get("clock.citation.unverified")
                : text;
    }
}
