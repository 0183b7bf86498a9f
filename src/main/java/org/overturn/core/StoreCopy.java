package org.overturn.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.security.Checksums;

/**
 * Copies every case of one store into another (issue 18, ADR 0019 point 8: {@code store copy --from
 * local --to postgresql://…}), each through the case bundle's code (ADR 0018): the case and its
 * documents are zipped in memory as {@code case export} writes them, read back with every check
 * {@code case import} makes, and stored in the target in one transaction. After each case the
 * target's documents are counted and each one's SHA-256 compared with the source's; at the end
 * every case read must be accounted for. The source is only read.
 *
 * <p>A case is recognised on a second run by the SHA-256 of its bundle's case file ({@code
 * case.json}: the case with its source id, its payer's details and each document's checksum),
 * recorded with the copy as an import's source. The zip's own checksum would not do: its entries
 * carry the time they were written, so the same case zips differently each run. A case changed in
 * the source after it was copied has a new case file, and is copied again rather than silently left
 * out of date.
 */
public final class StoreCopy {

    private final CoreServices source;
    private final CoreServices target;

    public StoreCopy(CoreServices source, CoreServices target) {
        this.source = source;
        this.target = target;
    }

    /** What became of one source case. */
    public sealed interface Outcome permits Copied, AlreadyThere {
        /** The case's id in the source. */
        long from();

        /** Its id in the target. */
        long to();
    }

    /** Copied now, with its documents, their checksums checked in the target. */
    public record Copied(long from, long to, int documents) implements Outcome {}

    /** Copied by an earlier run: its case file is recorded as the source of this target case. */
    public record AlreadyThere(long from, long to) implements Outcome {}

    /** Called as each case is done, so what was copied is reported even when a later one stops. */
    @FunctionalInterface
    public interface Progress {
        void done(Outcome o);
    }

    /** The whole run: cases read from the source, copied now, and found copied before. */
    public record Result(int read, int copied, int alreadyThere, int documents) {}

    /**
     * A case that could not be copied, or a copy that did not check out; the run stops there. The
     * cases before it stay copied (each one whole), and {@link #done} says how many.
     */
    public static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Outcome> done;
        private final boolean refusedByTarget;

        Stopped(String message, List<Outcome> done, boolean refusedByTarget, Throwable cause) {
            super(message, cause);
            this.done = List.copyOf(done);
            this.refusedByTarget = refusedByTarget;
        }

        /** The cases copied or found before the run stopped. */
        public List<Outcome> done() {
            return done;
        }

        /**
         * Whether the target store refused the case (a payer the person's role may not add, a lost
         * connection): the cause is the store's exception.
         */
        public boolean refusedByTarget() {
            return refusedByTarget;
        }
    }

    /** Copies each source case in the order of its id, telling {@code progress} as each is done. */
    public Result run(Progress progress) throws Stopped {
        List<Long> ids = source.cases().summaries().stream().map(CaseSummary::id).sorted().toList();
        List<Outcome> done = new ArrayList<>();
        int documents = 0;
        for (long id : ids) {
            Outcome o = copy(id, done);
            done.add(o);
            if (o instanceof Copied c) {
                documents += c.documents();
            }
            progress.done(o);
        }
        int copied = (int) done.stream().filter(o -> o instanceof Copied).count();
        int read = source.cases().count();
        if (done.size() != ids.size() || read != ids.size()) {
            throw new Stopped(
                    ids.size()
                            + " cases were read from the source but "
                            + done.size()
                            + " accounted for and "
                            + read
                            + " are there now; run store copy again once nothing else is using"
                            + " the source",
                    done,
                    false,
                    null);
        }
        return new Result(ids.size(), copied, done.size() - copied, documents);
    }

    private Outcome copy(long id, List<Outcome> done) throws Stopped {
        CaseFile c =
                source.cases()
                        .find(id)
                        .orElseThrow(
                                () ->
                                        new Stopped(
                                                "case " + id + " was removed while copying",
                                                done,
                                                false,
                                                null));
        Optional<Payer> payer = c.plan().payerId().flatMap(p -> source.payers().find(p));
        CaseBundles.Checked checked;
        try {
            byte[] zip = new CaseBundles(source).zip(c, payer);
            checked = CaseBundles.check(zip, "case " + id, LocalDateTime.now(source.clock()));
        } catch (CaseBundles.Refused e) {
            throw new Stopped("case " + id + " was not copied: " + e.getMessage(), done, false, e);
        }
        // The bundle's case.json is exactly this text (see CaseBundles.zip).
        String key =
                Checksums.sha256(source.caseFileText(c, payer).getBytes(StandardCharsets.UTF_8));
        Optional<Long> before = target.cases().importedFrom(key);
        if (before.isPresent()) {
            return new AlreadyThere(id, before.get());
        }
        CaseFile stored;
        try {
            stored =
                    new CaseBundles(target)
                            .store(
                                    new CaseBundles.Checked(
                                            checked.imported(), checked.documents(), key));
        } catch (RuntimeException e) {
            // The store's refusal opens with "Nothing was imported: ", which "not copied" says.
            String why = oneLine(e.getMessage()).replaceFirst("^Nothing was imported: ", "");
            throw new Stopped("case " + id + " was not copied: " + why, done, true, e);
        }
        long to = stored.id().orElseThrow();
        verify(id, to, stored, checked.documents(), done);
        return new Copied(id, to, checked.documents().size());
    }

    /**
     * The target holds as many documents for the copy as the source's case names, each with the
     * bytes the source holds (compared by SHA-256).
     */
    private void verify(
            long from,
            long to,
            CaseFile stored,
            List<CaseBundles.Document> sent,
            List<Outcome> done)
            throws Stopped {
        String which = "case " + from + " → " + to + ": ";
        int count = target.documents().count(to);
        if (count != sent.size()) {
            throw new Stopped(
                    which
                            + "the copy has "
                            + count
                            + " documents where the source has "
                            + sent.size(),
                    done,
                    false,
                    null);
        }
        List<String> ids = new ArrayList<>();
        stored.packet().enclosures().stream().map(Enclosure::id).forEach(ids::add);
        stored.packet().submissions().stream().map(Submission::frozenCopyId).forEach(ids::add);
        for (int i = 0; i < sent.size(); i++) {
            String expected = Checksums.sha256(sent.get(i).bytes());
            Optional<byte[]> copy;
            try {
                copy = target.documents().get(ids.get(i));
            } catch (IOException e) {
                throw new Stopped(which + oneLine(e.getMessage()), done, false, e);
            }
            if (copy.isEmpty() || !Checksums.sha256(copy.get()).equals(expected)) {
                throw new Stopped(
                        which
                                + "the copy of "
                                + sent.get(i).fileName()
                                + " does not match the source's (its checksum differs)",
                        done,
                        false,
                        null);
            }
        }
    }

    private static String oneLine(String m) {
        return m == null ? "" : m.replace('\n', ' ');
    }
}
