package org.overturn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.overturn.persistence.shared.SharedStoreLocation;
import picocli.CommandLine.Option;

/**
 * How a {@code store} subcommand reaches a shared store it names by address ({@code store init
 * --store}, {@code store copy --to}): the password from a private file or standard input, the
 * certificate authority, and the allowance for a server on this computer without TLS.
 */
final class SharedStoreOptions {

    @Option(
            names = "--password-file",
            paramLabel = "F",
            description =
                    "A file only you can read (mode 0600) whose first line is the database"
                            + " password.")
    Path passwordFile;

    @Option(
            names = "--password-stdin",
            description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Option(
            names = "--ca-file",
            paramLabel = "F",
            description =
                    "The certificate authority (PEM) that signed the server's certificate"
                            + " (default: ~/.postgresql/root.crt).")
    Path caFile;

    @Option(
            names = "--allow-local-plain",
            description =
                    "Allow a server on this computer (localhost) without a checked TLS"
                            + " certificate. Any other server is reached only over TLS with its"
                            + " certificate and name checked.")
    boolean allowLocalPlain;

    /**
     * The address, checked with the TLS options that go with it.
     *
     * @throws CliInputException with one line when the address or the options are wrong
     */
    SharedStoreLocation location(String address) {
        SharedStoreLocation at;
        try {
            at = SharedStoreLocation.parse(address);
        } catch (IllegalArgumentException e) {
            throw new CliInputException(e.getMessage(), e);
        }
        if (allowLocalPlain && !at.local()) {
            throw new CliInputException(
                    "--allow-local-plain is for a server on this computer (localhost), not "
                            + at.host());
        }
        if (caFile != null && !Files.isReadable(caFile)) {
            throw new CliInputException("cannot read the certificate authority file " + caFile);
        }
        return at;
    }

    Optional<Path> caFile() {
        return Optional.ofNullable(caFile);
    }

    /**
     * The password: from the private file (mode 0600) or standard input, one of the two.
     *
     * @throws CliInputException with one line when neither or both are given, or the file is
     *     readable by others
     */
    String password(String command) {
        if (passwordFile != null && passwordStdin) {
            throw new CliInputException("give --password-file F or --password-stdin, not both");
        }
        return passwordFile != null
                ? Passwords.fromPrivateFile(passwordFile)
                : Passwords.required(null, passwordStdin, System.in, command);
    }
}
