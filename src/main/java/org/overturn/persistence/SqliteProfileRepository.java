package org.overturn.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.PracticeProfile.ProfileImage;
import org.overturn.domain.store.ProfileStore;
import org.overturn.persistence.json.ProfileJson;

/** The practice profile: one row, its text as JSON and its two images as blobs. */
public final class SqliteProfileRepository implements ProfileStore {

    /** Made on first use, off the start-up path (issue 15). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Database db;

    public SqliteProfileRepository(Database db) {
        this.db = db;
    }

    public PracticeProfile load() {
        return db.read(
                c -> {
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT doc, logo_name, logo, signature_name, signature "
                                                    + "FROM practice_profile WHERE id = 1");
                            ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            return PracticeProfile.empty();
                        }
                        ObjectNode o;
                        try {
                            o = (ObjectNode) Json.MAPPER.readTree(rs.getString(1));
                        } catch (IOException e) {
                            throw new DatabaseException(
                                    "The practice profile is unreadable: " + e.getMessage(), e);
                        }
                        return new PracticeProfile(
                                o.path("practiceName").asText(""),
                                o.path("address").asText(""),
                                o.path("phone").asText(""),
                                o.path("fax").asText(""),
                                clinicians(o),
                                image(rs.getString(2), rs.getBytes(3)),
                                image(rs.getString(4), rs.getBytes(5)));
                    }
                });
    }

    /**
     * The clinicians; a profile saved before the list existed held one clinician in three fields.
     */
    private static List<Clinician> clinicians(ObjectNode o) {
        List<Clinician> out = new ArrayList<>();
        if (o.has("clinicians")) {
            for (JsonNode k : o.path("clinicians")) {
                out.add(
                        new Clinician(
                                k.path("name").asText(""),
                                k.path("credentials").asText(""),
                                k.path("physician").asBoolean(false),
                                k.path("npi").asText(""),
                                k.path("phone").asText(""),
                                k.path("fax").asText(""),
                                k.path("email").asText("")));
            }
        } else if (!o.path("clinicianName").asText("").isBlank()) {
            String credentials = o.path("credentials").asText("");
            out.add(
                    new Clinician(
                            o.path("clinicianName").asText(""),
                            credentials,
                            Clinician.credentialsNamePhysician(credentials),
                            o.path("npi").asText(""),
                            "",
                            "",
                            ""));
        }
        return out;
    }

    private static Optional<ProfileImage> image(String name, byte[] bytes) {
        return name == null || bytes == null || bytes.length == 0
                ? Optional.empty()
                : Optional.of(new ProfileImage(name, bytes));
    }

    public void save(PracticeProfile p) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("practiceName", p.practiceName());
        o.put("address", p.address());
        o.put("phone", p.phone());
        o.put("fax", p.fax());
        ProfileJson.putClinicians(o, p.clinicians());
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT OR REPLACE INTO practice_profile (id, doc, logo_name, "
                                            + "logo, signature_name, signature) VALUES (1, ?, ?, ?, ?, ?)")) {
                        ps.setString(1, o.toString());
                        ps.setString(2, p.logo().map(ProfileImage::fileName).orElse(null));
                        ps.setBytes(3, p.logo().map(ProfileImage::bytes).orElse(null));
                        ps.setString(4, p.signature().map(ProfileImage::fileName).orElse(null));
                        ps.setBytes(5, p.signature().map(ProfileImage::bytes).orElse(null));
                        ps.executeUpdate();
                    }
                    return null;
                });
    }
}
