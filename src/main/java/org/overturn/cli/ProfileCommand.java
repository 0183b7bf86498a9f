package org.overturn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.core.CoreServices;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.persistence.json.ProfileFormatException;
import org.overturn.persistence.json.ProfileJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code profile import|show}: the practice profile (letterhead, fax cover sender, the clinicians
 * who may sign).
 */
@Command(
        name = "profile",
        description = "Set and show the practice profile.",
        subcommands = {ProfileCommand.Import.class, ProfileCommand.Show.class})
public final class ProfileCommand implements Runnable {

    @ParentCommand OverturnCommand root;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "profile needs import or show");
    }

    CoreServices services() {
        return CliServices.open(root);
    }

    @Command(
            name = "import",
            description =
                    "Set the practice profile from a JSON file (the logo and signature "
                            + "images are kept).")
    static final class Import implements Callable<Integer> {
        @ParentCommand ProfileCommand parent;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE.json")
        Path file;

        @Override
        public Integer call() {
            String text = CaseCommand.readUtf8(file);
            PracticeProfile incoming;
            // Checked before the data folder is opened: a refused file writes nothing at all.
            try {
                incoming = new ProfileJson().read(text);
            } catch (ProfileFormatException e) {
                throw new CliInputException(CaseCommand.shown(file) + ": " + e.getMessage(), e);
            }
            CoreServices s = parent.services();
            PracticeProfile before = s.profiles().load();
            PracticeProfile next = incoming.withLogo(before.logo());
            boolean sameFirst =
                    first(before).isPresent()
                            && first(incoming).isPresent()
                            && first(before)
                                    .get()
                                    .name()
                                    .equalsIgnoreCase(first(incoming).get().name());
            // The signature image is printed above the first clinician's name only: it stays with
            // that person.
            boolean dropSignature = before.signature().isPresent() && !sameFirst;
            next = next.withSignature(dropSignature ? Optional.empty() : before.signature());
            s.profiles().save(next);
            PrintWriter out = spec.commandLine().getOut();
            out.println(
                    "Practice profile set: "
                            + (next.practiceName().isEmpty()
                                    ? "no practice name"
                                    : next.practiceName())
                            + ", "
                            + next.clinicians().size()
                            + (next.clinicians().size() == 1 ? " clinician" : " clinicians"));
            if (dropSignature) {
                out.println(
                        "The signature image was "
                                + first(before).map(Clinician::name).orElse("another clinician")
                                + "'s, who is no longer first, so it was removed: choose the new first clinician's in "
                                + "Settings → Practice profile.");
            }
            return ExitCodes.DONE;
        }

        private static Optional<Clinician> first(PracticeProfile p) {
            return p.clinicians().stream().findFirst();
        }
    }

    @Command(name = "show", description = "Show the practice profile.")
    static final class Show implements Callable<Integer> {
        @ParentCommand ProfileCommand parent;
        @Spec CommandSpec spec;

        @Option(
                names = "--json",
                description = "The profile file format on stdout (what profile import reads).")
        boolean json;

        @Override
        public Integer call() {
            PracticeProfile p = parent.services().profiles().load();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(new ProfileJson().write(p));
                return ExitCodes.DONE;
            }
            if (p.blank() && p.phone().isEmpty() && p.fax().isEmpty() && p.address().isEmpty()) {
                out.println("No practice profile yet. Set one with: profile import FILE.json");
                return ExitCodes.DONE;
            }
            out.println("Practice:   " + or(p.practiceName()));
            out.println("Address:    " + or(p.address()).replace("\n", "\n            "));
            out.println("Phone:      " + or(p.phone()));
            out.println("Fax:        " + or(p.fax()));
            out.println("Logo:       " + p.logo().map(i -> i.fileName()).orElse("none"));
            out.println("Clinicians (" + p.clinicians().size() + "):");
            boolean firstOne = true;
            for (Clinician k : p.clinicians()) {
                StringBuilder line = new StringBuilder("  ").append(k.signatureName());
                line.append(k.physician() ? " · physician" : "");
                line.append(k.npi().isEmpty() ? "" : " · NPI " + k.npi());
                line.append(k.phone().isEmpty() ? "" : " · phone " + k.phone());
                line.append(k.fax().isEmpty() ? "" : " · fax " + k.fax());
                line.append(k.email().isEmpty() ? "" : " · " + k.email());
                if (firstOne) {
                    line.append(
                            p.signature()
                                    .map(i -> " · signature image " + i.fileName())
                                    .orElse(""));
                    firstOne = false;
                }
                out.println(line);
            }
            return ExitCodes.DONE;
        }

        private static String or(String s) {
            return s.isEmpty() ? "—" : s;
        }
    }
}
