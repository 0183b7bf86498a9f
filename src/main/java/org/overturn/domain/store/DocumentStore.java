package org.overturn.domain.store;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.overturn.domain.security.Checksums;

/**
 * The bytes of the documents kept with a case: enclosures and the frozen copies of sent packets.
 * Each is stored with its SHA-256 (see {@link org.overturn.domain.security.Checksums}), and reading
 * checks it, so a damaged copy is reported instead of sent. A case's documents go with it when it
 * is deleted.
 */
public interface DocumentStore {

    /** What a stored document is for. */
    enum Role {
        ENCLOSURE("enclosure"),
        SUBMISSION("submission");

        private final String id;

        Role(String id) {
            this.id = id;
        }

        /** The stored name of the role. */
        public String id() {
            return id;
        }
    }

    /** A document to store with a case: its id, what it is for, its file's name and its bytes. */
    record Document(String id, Role role, String fileName, byte[] bytes) {
        public Document {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * A document's row as a store read it: its bytes, the checksum stored with them, and the file's
     * name for a message.
     */
    record Stored(byte[] bytes, String sha256, String fileName) {
        /**
         * The bytes, once they match their checksum.
         *
         * @throws IOException naming the file when they don't: a damaged copy is reported, not sent
         */
        public byte[] verified() throws IOException {
            if (!Checksums.sha256(bytes).equals(sha256)) {
                throw new IOException(
                        "the stored copy of "
                                + fileName
                                + " is damaged (its checksum does not match)");
            }
            return bytes;
        }
    }

    /**
     * Stores the bytes under the id (replacing a document with the same id); returns their SHA-256.
     */
    String put(long caseId, String id, Role role, String fileName, byte[] bytes);

    /** Whether a document with this id is stored (for any case). */
    boolean exists(String id);

    /**
     * The document's bytes, or empty when there is none with that id.
     *
     * @throws IOException when the stored bytes no longer match their checksum; the message names
     *     the document's file
     */
    Optional<byte[]> get(String id) throws IOException;

    /** Removes one document; false when there was none with that id. */
    boolean delete(String id);

    /** How many documents are stored with the case. */
    int count(long caseId);
}
