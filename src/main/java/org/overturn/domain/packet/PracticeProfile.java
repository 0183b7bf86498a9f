package org.overturn.domain.packet;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.overturn.domain.cases.Text;

/**
 * The clinician and practice that appear on the letterhead, the fax cover and the signature. Kept once per data
 * folder, not per case. The logo and signature images are stored beside it (PNG or JPEG bytes).
 */
public record PracticeProfile(String clinicianName, String credentials, String npi, String practiceName,
                              String address, String phone, String fax, Optional<ProfileImage> logo,
                              Optional<ProfileImage> signature) {

    private static final Pattern NPI = Pattern.compile("\\d{10}");

    public PracticeProfile {
        clinicianName = Text.clean(clinicianName);
        credentials = Text.clean(credentials);
        npi = Text.clean(npi).replace(" ", "");
        if (!npi.isEmpty() && !NPI.matcher(npi).matches()) {
            throw new IllegalArgumentException("an NPI is 10 digits");
        }
        practiceName = Text.clean(practiceName);
        address = Text.body(address).strip();
        phone = Text.clean(phone);
        fax = Text.clean(fax);
        logo = Text.opt(logo);
        signature = Text.opt(signature);
    }

    public static PracticeProfile empty() {
        return new PracticeProfile("", "", "", "", "", "", "", Optional.empty(), Optional.empty());
    }

    public boolean blank() {
        return clinicianName.isEmpty() && practiceName.isEmpty();
    }

    /** "Dr. Ana Ruiz, MD" style: the name with its credentials. */
    public String signatureName() {
        if (clinicianName.isEmpty()) {
            return "";
        }
        return credentials.isEmpty() ? clinicianName : clinicianName + ", " + credentials;
    }

    /** Whether the credentials name a physician (MD or DO), whose word the urgent-care rules give weight. */
    public boolean physician() {
        String c = " " + credentials.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ") + " ";
        return c.contains(" MD ") || c.contains(" DO ") || c.contains(" M D ");
    }

    public PracticeProfile withLogo(Optional<ProfileImage> l) {
        return new PracticeProfile(clinicianName, credentials, npi, practiceName, address, phone, fax, l, signature);
    }

    public PracticeProfile withSignature(Optional<ProfileImage> s) {
        return new PracticeProfile(clinicianName, credentials, npi, practiceName, address, phone, fax, logo, s);
    }

    /** A PNG or JPEG image with the name it was chosen under. */
    public record ProfileImage(String fileName, byte[] bytes) {
        public ProfileImage {
            fileName = Text.require(fileName, "image file name");
            if (bytes == null || bytes.length == 0) {
                throw new IllegalArgumentException("the image " + fileName + " is empty");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ProfileImage p && p.fileName.equals(fileName) && java.util.Arrays.equals(p.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return fileName.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "ProfileImage[" + fileName + ", " + bytes.length + " bytes]";
        }
    }
}
