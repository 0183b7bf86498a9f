package org.overturn.domain.packet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.cases.Text;

/**
 * The practice that appears on the letterhead and the fax cover, and the clinicians who may sign
 * for it. Kept once per data folder, not per case; a case carries its own signer (copied from this
 * list) so that it travels with the case. The logo and signature images are stored beside it (PNG
 * or JPEG bytes); the signature image is the first clinician's and is printed only above that
 * clinician's name.
 */
public record PracticeProfile(
        String practiceName,
        String address,
        String phone,
        String fax,
        List<Clinician> clinicians,
        Optional<ProfileImage> logo,
        Optional<ProfileImage> signature) {

    public PracticeProfile {
        practiceName = Text.clean(practiceName);
        address = Text.body(address).strip();
        phone = Text.clean(phone);
        fax = Text.clean(fax);
        clinicians = Text.list(clinicians);
        if (clinicians.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).distinct().count()
                != clinicians.size()) {
            throw new IllegalArgumentException("two clinicians of the practice share a name");
        }
        logo = Text.opt(logo);
        signature = Text.opt(signature);
    }

    public static PracticeProfile empty() {
        return new PracticeProfile("", "", "", "", List.of(), Optional.empty(), Optional.empty());
    }

    public boolean blank() {
        return practiceName.isEmpty() && clinicians.isEmpty();
    }

    /** The clinician with this name, ignoring case. */
    public Optional<Clinician> clinician(String name) {
        return clinicians.stream()
                .filter(k -> k.name().equalsIgnoreCase(Text.clean(name)))
                .findFirst();
    }

    /** The signature image, when it belongs to this signer (the profile's first clinician). */
    public Optional<ProfileImage> signatureOf(Clinician signer) {
        return !clinicians.isEmpty() && clinicians.get(0).name().equalsIgnoreCase(signer.name())
                ? signature
                : Optional.empty();
    }

    public PracticeProfile withClinicians(List<Clinician> k) {
        return new PracticeProfile(practiceName, address, phone, fax, k, logo, signature);
    }

    public PracticeProfile withLogo(Optional<ProfileImage> l) {
        return new PracticeProfile(practiceName, address, phone, fax, clinicians, l, signature);
    }

    public PracticeProfile withSignature(Optional<ProfileImage> s) {
        return new PracticeProfile(practiceName, address, phone, fax, clinicians, logo, s);
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
            return o instanceof ProfileImage p
                    && p.fileName.equals(fileName)
                    && Arrays.equals(p.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return fileName.hashCode() * 31 + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "ProfileImage[" + fileName + ", " + bytes.length + " bytes]";
        }
    }
}
