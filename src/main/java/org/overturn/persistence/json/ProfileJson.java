package org.overturn.persistence.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.PracticeProfile.ProfileImage;

/**
 * The practice profile as a file (docs/case-format.md, "The practice profile file"): what {@code
 * profile show --json} prints and {@code profile import} reads. The images are not in it; their
 * file names are printed for information and ignored on import. Reading is strict, like the case
 * file: an unknown or mistyped field is refused by its path.
 */
public final class ProfileJson {

    public static final String FORMAT = "overturn-profile";
    public static final int CURRENT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reading is strict, as for case files: each key once, nothing after the profile. */
    private static final ObjectReader STRICT =
            JSON.reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Set<String> TOP =
            Set.of(
                    "format",
                    "formatVersion",
                    "practiceName",
                    "address",
                    "phone",
                    "fax",
                    "clinicians",
                    "logo",
                    "signature");
    private static final Set<String> CLINICIAN =
            Set.of("name", "credentials", "physician", "npi", "phone", "fax", "email");

    /** The clinicians as the profile file and the stored profile both hold them. */
    public static void putClinicians(ObjectNode o, List<Clinician> clinicians) {
        ArrayNode list = o.putArray("clinicians");
        for (Clinician k : clinicians) {
            ObjectNode n = list.addObject();
            n.put("name", k.name());
            n.put("credentials", k.credentials());
            n.put("physician", k.physician());
            n.put("npi", k.npi());
            n.put("phone", k.phone());
            n.put("fax", k.fax());
            n.put("email", k.email());
        }
    }

    /** The profile, pretty-printed, with the images' file names for information. */
    public String write(PracticeProfile p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", FORMAT);
        o.put("formatVersion", CURRENT_VERSION);
        o.put("practiceName", p.practiceName());
        o.put("address", p.address());
        o.put("phone", p.phone());
        o.put("fax", p.fax());
        putClinicians(o, p.clinicians());
        p.logo().map(ProfileImage::fileName).ifPresent(n -> o.put("logo", n));
        p.signature().map(ProfileImage::fileName).ifPresent(n -> o.put("signature", n));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the practice profile", e);
        }
    }

    /**
     * Reads a profile file: its practice fields and clinicians, with no images.
     *
     * @throws ProfileFormatException naming the first problem, in one line
     */
    public PracticeProfile read(String json) throws ProfileFormatException {
        JsonNode root;
        try (JsonParser parser = STRICT.createParser(json)) {
            root = STRICT.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            // Whatever follows the profile, valid JSON or not, is refused in the same words.
            JsonLocation end = parser.currentLocation();
            boolean more;
            try {
                more = root != null && parser.nextToken() != null;
            } catch (JsonProcessingException e) {
                more = true;
            }
            if (more) {
                throw new ProfileFormatException(
                        "something follows after the end of the profile (line "
                                + end.getLineNr()
                                + ", column "
                                + end.getColumnNr()
                                + "); a profile file holds one profile and nothing after it");
            }
        } catch (IOException ioe) {
            if (!(ioe instanceof JsonProcessingException e)) {
                throw new ProfileFormatException("malformed JSON");
            }
            String where =
                    e.getLocation() == null || e.getLocation().getLineNr() < 1
                            ? ""
                            : " (line "
                                    + e.getLocation().getLineNr()
                                    + ", column "
                                    + e.getLocation().getColumnNr()
                                    + ")";
            String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (msg.startsWith("Duplicate field")) {
                int q = msg.indexOf('\'');
                int r = q < 0 ? -1 : msg.indexOf('\'', q + 1);
                throw new ProfileFormatException(
                        "the key \""
                                + (r > q ? msg.substring(q + 1, r) : "?")
                                + "\" is given twice"
                                + where
                                + "; a profile gives each key once");
            }
            if (msg.startsWith("Trailing token")) {
                throw new ProfileFormatException(
                        "something follows after the end of the profile"
                                + where
                                + "; a profile file holds one profile and nothing after it");
            }
            throw new ProfileFormatException("malformed JSON" + where);
        }
        if (root == null || !root.isObject()) {
            throw new ProfileFormatException(
                    "not a practice profile: the top level must be a JSON object");
        }
        if (root.has("format") && !FORMAT.equals(root.get("format").asText())) {
            throw new ProfileFormatException(
                    "not a practice profile: \"format\" must be \"" + FORMAT + "\"");
        }
        if (root.has("formatVersion")
                && (!root.get("formatVersion").isInt()
                        || root.get("formatVersion").asInt() != CURRENT_VERSION)) {
            throw new ProfileFormatException(
                    "unknown formatVersion "
                            + root.get("formatVersion")
                            + " (this version "
                            + "of Overturn reads "
                            + CURRENT_VERSION
                            + ")");
        }
        unknown(root, TOP, "the top level");
        String practice = text(root, "practiceName", "practiceName");
        String address = text(root, "address", "address");
        String phone = text(root, "phone", "phone");
        String fax = text(root, "fax", "fax");
        List<Clinician> clinicians = clinicians(root.get("clinicians"));
        try {
            return new PracticeProfile(
                    practice, address, phone, fax, clinicians, Optional.empty(), Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new ProfileFormatException(e.getMessage());
        }
    }

    private static List<Clinician> clinicians(JsonNode list) throws ProfileFormatException {
        List<Clinician> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw new ProfileFormatException("clinicians: expected a list");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "clinicians[" + i + "]";
            JsonNode k = list.get(i);
            if (!k.isObject()) {
                throw new ProfileFormatException(at + ": expected an object");
            }
            unknown(k, CLINICIAN, at);
            String name = text(k, "name", at + ".name");
            if (name.isBlank()) {
                throw new ProfileFormatException(at + ".name is required");
            }
            String credentials = text(k, "credentials", at + ".credentials");
            boolean physician = Clinician.credentialsNamePhysician(credentials);
            if (k.has("physician")) {
                if (!k.get("physician").isBoolean()) {
                    throw new ProfileFormatException(at + ".physician: expected true or false");
                }
                physician = k.get("physician").asBoolean();
            }
            if (!names.add(name.strip().toLowerCase(Locale.ROOT))) {
                throw new ProfileFormatException(at + ": two clinicians are named " + name.strip());
            }
            try {
                out.add(
                        new Clinician(
                                name,
                                credentials,
                                physician,
                                text(k, "npi", at + ".npi"),
                                text(k, "phone", at + ".phone"),
                                text(k, "fax", at + ".fax"),
                                text(k, "email", at + ".email")));
            } catch (IllegalArgumentException e) {
                throw new ProfileFormatException(at + " (" + name.strip() + "): " + e.getMessage());
            }
        }
        return out;
    }

    private static void unknown(JsonNode o, Set<String> known, String where)
            throws ProfileFormatException {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw new ProfileFormatException("unknown field \"" + f + "\" in " + where);
            }
        }
    }

    private static String text(JsonNode o, String field, String path)
            throws ProfileFormatException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new ProfileFormatException(path + ": expected text");
        }
        return v.asText();
    }
}
