package org.overturn.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.security.Checksums;
import org.overturn.domain.store.DocumentStore;
import org.overturn.domain.store.DocumentStore.Role;
import org.overturn.files.DurableFiles;
import org.overturn.persistence.BackupCipher;
import org.overturn.persistence.BackupRefusedException;
import org.overturn.persistence.json.ImportedCase;
import org.overturn.persistence.json.Printable;

/**
 * Whole cases carried between machines (issue 18, part 1): one {@code .overturn} file holding the
 * case file and every enclosure and frozen copy of what was sent, each under its SHA-256 name, with
 * a manifest listing each part's name, size, checksum and role. Optionally sealed with a password
 * (AES-256-GCM under a PBKDF2 key, the encrypted backup's format with its own magic).
 *
 * <pre>
 *   manifest.json         {"format": "overturn-bundle", "formatVersion": 1, "parts": [...]}
 *   case.json             the case file (docs/case-format.md), role "case"
 *   documents/&lt;sha256&gt;    each document's bytes, role "enclosure" or "submission", with the
 *                         document's id and file name
 * </pre>
 *
 * Reading checks everything before anything is written: the entries are exactly the manifest's,
 * each with its size and checksum, the case file is valid, and every enclosure and frozen copy the
 * case names is there with the checksum the case records. Any fault refuses the whole bundle in one
 * line.
 */
public final class CaseBundles {

    public static final String FORMAT = "overturn-bundle";
    public static final int VERSION = 1;

    /** The largest bundle read or written: its documents are held in memory while checked. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private static final String MANIFEST = "manifest.json";
    private static final String CASE = "case.json";
    private static final String DOCUMENTS = "documents/";
    private static final Pattern DOCUMENT_NAME = Pattern.compile("documents/[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final CoreServices core;

    public CaseBundles(CoreServices core) {
        this.core = core;
    }

    /** A bundle that can't be read or written; the message is one line saying why. */
    public static class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A sealed bundle that did not open: the password was wrong, or the file is damaged (the cipher
     * cannot tell the two apart), or no password was given. Only here is asking again worth it.
     */
    public static final class PasswordRefused extends Refused {
        private static final long serialVersionUID = 1L;
        private final boolean missing;

        PasswordRefused(String message, boolean missing, Throwable cause) {
            super(message, cause);
            this.missing = missing;
        }

        /** Whether no password was given at all (rather than a wrong one). */
        public boolean missing() {
            return missing;
        }
    }

    /** A checked bundle, ready to store: the case, its documents, and the file's checksum. */
    public record Checked(ImportedCase imported, List<Document> documents, String sha256) {}

    /**
     * One document of the case: its id, whether it is the frozen copy of something sent (else an
     * enclosure), its file's name and its bytes.
     */
    public record Document(String id, boolean sent, String fileName, byte[] bytes) {

        DocumentStore.Document stored(String newId) {
            return new DocumentStore.Document(
                    newId, sent ? Role.SUBMISSION : Role.ENCLOSURE, fileName, bytes);
        }
    }

    /** Whether the file's first bytes are a bundle (plain or sealed), not a case file. */
    public static boolean isBundle(byte[] start) {
        return BackupCipher.Kind.BUNDLE.startsWith(start)
                || Arrays.equals(start, 0, Math.min(start.length, ZIP.length), ZIP, 0, ZIP.length);
    }

    /**
     * A file's first 16 bytes, enough to tell a bundle from a case file; none for anything but a
     * regular file (a pipe with no writer would wait for ever) or one that can't be read.
     */
    public static byte[] firstBytes(Path file) {
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Whether the bundle is sealed with a password. */
    public static boolean isSealed(byte[] start) {
        return BackupCipher.Kind.BUNDLE.startsWith(start);
    }

    // ---- writing

    /**
     * Writes the stored case with its documents to {@code out}, whole or not at all; sealed when a
     * password is given. Returns how many documents it holds.
     */
    public int export(CaseFile c, Optional<Payer> payer, Path out, Optional<String> password)
            throws Refused {
        byte[] zip = zip(c, payer);
        try {
            if (password.isPresent()) {
                DurableFiles.write(
                        out,
                        true,
                        o ->
                                BackupCipher.encrypt(
                                        BackupCipher.Kind.BUNDLE,
                                        new ByteArrayInputStream(zip),
                                        o,
                                        password.get()));
            } else {
                DurableFiles.write(out, true, o -> o.write(zip));
            }
        } catch (IOException e) {
            throw new Refused(
                    Printable.visible(out.toString(), 300)
                            + ": could not be written ("
                            + e.getMessage()
                            + ")",
                    e);
        }
        return c.packet().enclosures().size() + c.packet().submissions().size();
    }

    /** The bundle's bytes: the manifest, the case file, then each document once. */
    byte[] zip(CaseFile c, Optional<Payer> payer) throws Refused {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        ArrayNode parts = JSON.createArrayNode();
        byte[] caseBytes = core.caseFileText(c, payer).getBytes(StandardCharsets.UTF_8);
        parts.add(part(CASE, caseBytes.length, Checksums.sha256(caseBytes), "case", null, null));
        for (Enclosure e : c.packet().enclosures()) {
            parts.add(
                    add(
                            documents,
                            stored(e.id(), e.fileName()),
                            "enclosure",
                            e.id(),
                            e.fileName()));
        }
        for (Submission s : c.packet().submissions()) {
            String fileName = "sent-" + s.sentOn() + ".pdf";
            parts.add(
                    add(
                            documents,
                            stored(s.frozenCopyId(), fileName),
                            "submission",
                            s.frozenCopyId(),
                            fileName));
        }
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", VERSION);
        manifest.set("parts", parts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(
                    z,
                    MANIFEST,
                    JSON.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(manifest)
                            .getBytes(StandardCharsets.UTF_8));
            entry(z, CASE, caseBytes);
            for (Map.Entry<String, byte[]> d : documents.entrySet()) {
                entry(z, d.getKey(), d.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not build the bundle in memory", e);
        }
        if (bytes.size() > MAX_BYTES) {
            throw new Refused(
                    "the case and its documents come to "
                            + bytes.size() / (1024 * 1024)
                            + " MB, more than the 512 MB a bundle may hold");
        }
        return bytes.toByteArray();
    }

    private byte[] stored(String id, String fileName) throws Refused {
        try {
            return core.documents()
                    .get(id)
                    .orElseThrow(
                            () ->
                                    new Refused(
                                            "the stored copy of "
                                                    + Printable.visible(fileName, 120)
                                                    + " is missing, so the case can't travel"
                                                    + " whole"));
        } catch (IOException e) {
            throw new Refused(e.getMessage(), e);
        }
    }

    /** A document's manifest part; its bytes go in once under their checksum. */
    private static ObjectNode add(
            Map<String, byte[]> documents, byte[] b, String role, String id, String fileName) {
        String sha = Checksums.sha256(b);
        documents.putIfAbsent(DOCUMENTS + sha, b);
        return part(DOCUMENTS + sha, b.length, sha, role, id, fileName);
    }

    private static ObjectNode part(
            String name, long size, String sha256, String role, String id, String fileName) {
        ObjectNode p = JSON.createObjectNode();
        p.put("name", name);
        p.put("size", size);
        p.put("sha256", sha256);
        p.put("role", role);
        if (id != null) {
            p.put("id", id);
            p.put("fileName", fileName);
        }
        return p;
    }

    private static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }

    // ---- reading

    /**
     * Reads and checks a bundle file; writes nothing.
     *
     * @param password the password, for a sealed bundle
     */
    public static Checked read(Path file, Optional<String> password, LocalDateTime now)
            throws Refused {
        String shown = Printable.visible(file.toString(), 300);
        byte[] raw;
        try {
            if (!Files.isRegularFile(file)) {
                throw new Refused(shown + ": not a regular file");
            }
            if (Files.size(file) > MAX_BYTES + BackupCipher.HEADER_LENGTH + 64 * 1024) {
                throw new Refused(shown + ": larger than the 512 MB a case bundle may hold");
            }
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Refused(shown + ": could not be read (" + e.getMessage() + ")", e);
        }
        byte[] zip = raw;
        if (isSealed(raw)) {
            if (password.isEmpty()) {
                throw new PasswordRefused(
                        shown + ": the case bundle is protected with a password", true, null);
            }
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try {
                BackupCipher.decrypt(
                        BackupCipher.Kind.BUNDLE,
                        new ByteArrayInputStream(raw),
                        plain,
                        password.get());
            } catch (BackupRefusedException e) {
                // A header out of bounds is damage; only a failed check may be the password.
                boolean check = e.getMessage().startsWith("wrong password");
                throw check
                        ? new PasswordRefused(shown + ": " + e.getMessage(), false, e)
                        : new Refused(shown + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new Refused(shown + ": could not be read (" + e.getMessage() + ")", e);
            }
            zip = plain.toByteArray();
        } else if (!isBundle(raw)) {
            throw new Refused(shown + ": not an Overturn case bundle");
        }
        return check(zip, shown, now);
    }

    /**
     * Checks a bundle's bytes as {@link #read} does once a file is read (and unsealed); {@code
     * shown} names it in the messages. {@link StoreCopy} passes each case through here.
     */
    static Checked check(byte[] zip, String shown, LocalDateTime now) throws Refused {
        Map<String, byte[]> entries = unzip(zip, shown);
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new Refused(shown + ": the bundle has no manifest.json");
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestBytes);
        } catch (IOException e) {
            throw new Refused(shown + ": its manifest is not valid JSON", e);
        }
        if (manifest == null
                || !FORMAT.equals(manifest.path("format").asText())
                || !manifest.path("parts").isArray()) {
            throw new Refused(shown + ": its manifest is not an Overturn bundle manifest");
        }
        int version = manifest.path("formatVersion").asInt(-1);
        if (version != VERSION) {
            throw new Refused(
                    shown
                            + ": bundle format version "
                            + version
                            + " (this version of Overturn reads "
                            + VERSION
                            + ")");
        }
        // Every part the manifest lists is present with its size and checksum; nothing else is.
        Map<String, String> roleOf = new HashMap<>();
        Map<String, JsonNode> documentParts = new LinkedHashMap<>();
        for (JsonNode p : manifest.get("parts")) {
            String name = p.path("name").asText("");
            String role = p.path("role").asText("");
            String sha = p.path("sha256").asText("");
            long size = p.path("size").asLong(-1);
            byte[] b = entries.get(name);
            String part = Printable.visible(name, 120);
            if (b == null) {
                throw new Refused(shown + ": the part " + part + " is missing");
            }
            if (b.length != size || !Checksums.sha256(b).equals(sha)) {
                throw new Refused(
                        shown + ": the part " + part + " is damaged (size or checksum differs)");
            }
            boolean document = role.equals("enclosure") || role.equals("submission");
            if (role.equals("case") ? !name.equals(CASE) : !document) {
                throw new Refused(shown + ": the part " + part + " has an unknown role");
            }
            if (document) {
                String id = p.path("id").asText("");
                if (id.isBlank() || documentParts.containsKey(id)) {
                    throw new Refused(
                            shown
                                    + ": the part "
                                    + part
                                    + " names no document id, or a repeated one");
                }
                documentParts.put(id, p);
            }
            roleOf.put(name, role);
        }
        for (String name : entries.keySet()) {
            if (!name.equals(MANIFEST) && !roleOf.containsKey(name)) {
                throw new Refused(
                        shown
                                + ": it holds "
                                + Printable.visible(name, 120)
                                + ", which its manifest does not list");
            }
        }
        if (!roleOf.containsKey(CASE)) {
            throw new Refused(shown + ": the bundle has no case.json");
        }
        InputFiles.CaseRead read;
        try {
            read =
                    InputFiles.checkCase(
                            new String(entries.get(CASE), StandardCharsets.UTF_8), shown, now);
        } catch (InputFiles.Refused e) {
            throw new Refused(e.getMessage(), e);
        }
        CaseFile c = read.imported().caseFile();
        // Every document the case names travels with it, with the checksum the case records.
        List<Document> docs = new ArrayList<>();
        for (Enclosure e : c.packet().enclosures()) {
            docs.add(document(documentParts, entries, e.id(), e.sha256(), Role.ENCLOSURE, shown));
        }
        for (Submission s : c.packet().submissions()) {
            docs.add(
                    document(
                            documentParts,
                            entries,
                            s.frozenCopyId(),
                            s.sha256(),
                            Role.SUBMISSION,
                            shown));
        }
        if (!documentParts.isEmpty()) {
            throw new Refused(
                    shown
                            + ": it holds "
                            + documentParts.size()
                            + " document(s) the case does not name");
        }
        return new Checked(read.imported(), docs, Checksums.sha256(zip));
    }

    private static Document document(
            Map<String, JsonNode> parts,
            Map<String, byte[]> entries,
            String id,
            String sha256,
            Role role,
            String shown)
            throws Refused {
        JsonNode p = parts.remove(id);
        if (p == null) {
            throw new Refused(
                    shown
                            + ": the case names a "
                            + (role == Role.ENCLOSURE ? "document" : "sent copy")
                            + " the bundle does not hold ("
                            + Printable.visible(id, 60)
                            + ")");
        }
        byte[] b = entries.get(p.path("name").asText());
        // The part's bytes were checked against the manifest's checksum; that one must be the
        // case's.
        if (!p.path("sha256").asText().equals(sha256)) {
            throw new Refused(
                    shown
                            + ": the document "
                            + Printable.visible(p.path("fileName").asText(""), 120)
                            + " is not the one the case records (its checksum differs)");
        }
        return new Document(id, role == Role.SUBMISSION, p.path("fileName").asText(""), b);
    }

    /** The entries by name, every name one the format allows, each once, within the size cap. */
    private static Map<String, byte[]> unzip(byte[] zip, String shown) throws Refused {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                String name = e.getName();
                if (e.isDirectory()
                        || !(name.equals(MANIFEST)
                                || name.equals(CASE)
                                || DOCUMENT_NAME.matcher(name).matches())) {
                    throw new Refused(
                            shown
                                    + ": it holds "
                                    + Printable.visible(name, 120)
                                    + ", which no case bundle holds");
                }
                if (out.containsKey(name)) {
                    throw new Refused(shown + ": it holds " + name + " twice");
                }
                byte[] b = readCapped(z, MAX_BYTES - total, shown);
                total += b.length;
                out.put(name, b);
            }
        } catch (IOException e) {
            throw new Refused(shown + ": not a readable case bundle (" + e.getMessage() + ")", e);
        }
        if (out.isEmpty()) {
            throw new Refused(shown + ": an empty case bundle");
        }
        return out;
    }

    private static byte[] readCapped(InputStream in, long left, String shown)
            throws IOException, Refused {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
            if (b.size() + (long) n > left) {
                throw new Refused(shown + ": it unpacks to more than the 512 MB a bundle may hold");
            }
            b.write(buf, 0, n);
        }
        return b.toByteArray();
    }

    // ---- storing

    /**
     * Stores a checked bundle's case with its documents in one transaction. A document id already
     * in this data folder (the same bundle imported twice) is given a new id in the case, so no
     * stored document is ever replaced.
     */
    public CaseFile store(Checked b) {
        CaseFile c = b.imported().caseFile();
        Map<String, String> renamed = new HashMap<>();
        for (Document d : b.documents()) {
            if (core.documents().exists(d.id())) {
                renamed.put(d.id(), UUID.randomUUID().toString());
            }
        }
        List<DocumentStore.Document> docs =
                b.documents().stream()
                        .map(d -> d.stored(renamed.getOrDefault(d.id(), d.id())))
                        .toList();
        if (!renamed.isEmpty()) {
            c =
                    c.withPacket(
                            c.packet()
                                    .withEnclosures(
                                            c.packet().enclosures().stream()
                                                    .map(e -> renamedEnclosure(e, renamed))
                                                    .toList())
                                    .withSubmissions(
                                            c.packet().submissions().stream()
                                                    .map(s -> renamedSubmission(s, renamed))
                                                    .toList()));
        }
        return core.importer()
                .importWithDocuments(
                        new ImportedCase(c, b.imported().payer()), Optional.of(b.sha256()), docs);
    }

    private static Enclosure renamedEnclosure(Enclosure e, Map<String, String> renamed) {
        String id = renamed.getOrDefault(e.id(), e.id());
        return new Enclosure(
                id,
                e.title(),
                e.fileName(),
                e.order(),
                e.excluded(),
                e.sha256(),
                e.size(),
                e.pages());
    }

    private static Submission renamedSubmission(Submission s, Map<String, String> renamed) {
        return new Submission(
                s.id(),
                s.sentOn(),
                s.sentAt(),
                s.method(),
                s.sentTo(),
                s.confirmation(),
                s.level(),
                renamed.getOrDefault(s.frozenCopyId(), s.frozenCopyId()),
                s.sha256(),
                s.pages());
    }
}
