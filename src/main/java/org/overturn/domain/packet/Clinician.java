package org.overturn.domain.packet;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.overturn.domain.cases.Text;

/**
 * A clinician of the practice who may sign what the practice sends: the case's signer (case format
 * 4, {@code case.packet.signer}) and each entry of the practice profile's list share this shape.
 *
 * @param physician whether the clinician is a physician (MD or DO): the urgent-care rules of ERISA
 *     and Medicare Advantage give binding weight to a physician's word only
 */
public record Clinician(
        String name,
        String credentials,
        boolean physician,
        String npi,
        String phone,
        String fax,
        String email) {

    private static final Pattern NPI = Pattern.compile("\\d{10}");

    public Clinician {
        name = Text.require(name, "the signer's name");
        credentials = Text.clean(credentials);
        npi = Text.clean(npi).replace(" ", "");
        if (!npi.isEmpty() && !NPI.matcher(npi).matches()) {
            throw new IllegalArgumentException("an NPI is 10 digits");
        }
        phone = Text.clean(phone);
        fax = Text.clean(fax);
        email = Text.clean(email);
    }

    public static Clinician named(String name, String credentials, boolean physician) {
        return new Clinician(name, credentials, physician, "", "", "", "");
    }

    /** "Ana Ruiz, MD": the name with its credentials. */
    public String signatureName() {
        return credentials.isEmpty() ? name : name + ", " + credentials;
    }

    /**
     * Whether credentials such as "MD" or "D.O." name a physician: a default for the physician box,
     * never a rule.
     */
    public static boolean credentialsNamePhysician(String credentials) {
        String c =
                " "
                        + Text.clean(credentials)
                                .toUpperCase(Locale.ROOT)
                                .replace(".", "")
                                .replaceAll("[^A-Z]+", " ")
                        + " ";
        return c.contains(" MD ") || c.contains(" DO ");
    }

    /**
     * Whether a free-text rater ("Dr. Miriam Osei, MD (attending psychiatrist)") names this
     * clinician: every word of the clinician's name appears in it, ignoring case, accents and
     * titles.
     */
    public boolean isNamedIn(String rater) {
        String r = " " + key(rater) + " ";
        String[] words = key(name).split(" ");
        return words.length > 0
                && !words[0].isEmpty()
                && Arrays.stream(words).allMatch(w -> r.contains(" " + w + " "));
    }

    private static String key(String s) {
        String n =
                Normalizer.normalize(Text.clean(s), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
