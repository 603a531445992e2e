/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.sim.issue.CardVariant;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.HolderProfile;
import dev.mynacard.sim.issue.TokenKind;
import dev.mynacard.sim.issue.VerifiedPinQuery;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What the simulator's command line asks for: serve a card, or show the help or the version. */
sealed interface HostCommand {

    String USAGE = """
            Usage: java -jar mynacard-simulator.jar --state FILE [--vpcd HOST:PORT] [--apdu-headers FILE]
                                                    [LATENCY OPTIONS] [CARD OPTIONS]

            Puts a simulated My Number Card into vsmartcard's virtual PC/SC reader (vpcd), where
            every PC/SC program on the machine can use it, until the program is stopped.

              --state FILE      the card's state file: loaded when it exists, else created with
                                the default card (see README). It holds PINs and private keys of a
                                fictional holder; it is written after every command that changes
                                the card, so PIN tries spent stay spent. Other programs may use
                                the same file meanwhile: each change is made under a lock (on
                                .NAME.lock beside it), and the card takes theirs before
                                every command.
              --vpcd HOST:PORT  where vpcd listens (default 127.0.0.1:35963, the reader
                                "Virtual PCD 00 00"; port 35964 is "Virtual PCD 00 01")
              --apdu-headers FILE
                                append the header (CLA INS P1 P2) of every command APDU the
                                card receives to FILE, one line each, never data: to count APDUs

            Latency options, to answer on a real card's clock (default 0: at once):
              --apdu-ms N       wait N milliseconds more for every command APDU
              --byte-us N       wait N microseconds more for every byte of a response
              --signature-ms N  wait N milliseconds more for every RSA signature (COMPUTE
                                DIGITAL SIGNATURE); e.g. --apdu-ms 15 --byte-us 40
                                --signature-ms 400 for a contact card

            Card options, for a state file that does not exist yet (the card they describe is
            created in it; an existing card keeps what it was created with):
              --atr HEX         the card's ATR, e.g. 3BC5FF8131FB458073C6010000 (default
                                3BE000FF8131FE4514); clients must identify the card by SELECT
              --verified-empty 9000|63cx
                                what the empty VERIFY (the retry query) answers for a PIN already
                                verified in this session: 9000 (default) or 63Cx with the full count
              --token card|android|iphone
                                the token label in JPKI EF 0006: a My Number Card (default), or
                                a phone's JPKI, which has the JPKI application only
              --no-sign-certificate
                                a card without signing certificate (holders under 15): EF 0008
                                says 8F 00 00, the sign password and key do not exist

              --help            show this help
              --version         show the version
            """;

    /** The options that take a value. */
    Set<String> OPTIONS = Set.of("--state", "--vpcd", "--apdu-headers", "--apdu-ms", "--byte-us", "--signature-ms",
            "--atr", "--verified-empty", "--token");
    /** The options without a value. */
    Set<String> FLAGS = Set.of("--no-sign-certificate");
    /** The options that describe a new card. */
    Set<String> CARD_OPTIONS = Set.of("--atr", "--verified-empty", "--token", "--no-sign-certificate");

    /**
     * Serve the card in {@code stateFile} to vpcd, logging APDU headers to {@code apduHeaders} if
     * given, answering with {@code latency}.
     *
     * @param newCard       the card to create when the state file does not exist
     * @param cardOptions   whether the command line described the new card (then the state file must not exist)
     */
    record Serve(Path stateFile, VpcdOptions vpcd, Optional<Path> apduHeaders, Latency latency, HolderProfile newCard,
                 boolean cardOptions) implements HostCommand {
        public Serve {
            Objects.requireNonNull(stateFile, "stateFile");
            Objects.requireNonNull(vpcd, "vpcd");
            Objects.requireNonNull(apduHeaders, "apduHeaders");
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(newCard, "newCard");
        }
    }

    record Help() implements HostCommand {
    }

    record Version() implements HostCommand {
    }

    /** The command line is not one the simulator understands; the message says why. */
    final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Parses the arguments. Options take their value as the next argument or after {@code =};
     * {@code --help} and {@code --version} win over everything else.
     */
    static HostCommand parse(List<String> args) throws UsageException {
        if (args.contains("--help") || args.contains("-h")) {
            return new Help();
        }
        if (args.contains("--version")) {
            return new Version();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            String value = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                value = "";
            } else if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown argument '" + args.get(i) + "'");
            }
            if (value == null) {
                if (i + 1 == args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException(name + " needs a value");
                }
                value = args.get(++i);
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        if (!values.containsKey("--state")) {
            throw new UsageException("--state FILE is required");
        }
        Path state = filePath("--state", values.get("--state"));
        VpcdOptions vpcd = values.containsKey("--vpcd") ? vpcdAddress(values.get("--vpcd")) : VpcdOptions.defaults();
        Optional<Path> apduHeaders = values.containsKey("--apdu-headers")
                ? Optional.of(filePath("--apdu-headers", values.get("--apdu-headers")))
                : Optional.empty();
        boolean cardOptions = values.keySet().stream().anyMatch(CARD_OPTIONS::contains);
        Latency latency = Latency.of(count(values, "--apdu-ms"), count(values, "--byte-us"),
                count(values, "--signature-ms"));
        return new Serve(state, vpcd, apduHeaders, latency, newCard(values), cardOptions);
    }

    /** A latency option's value: a whole number of its unit, at most a minute's worth; 0 when not given. */
    private static long count(Map<String, String> values, String option) throws UsageException {
        String value = values.getOrDefault(option, "0");
        long perMinute = option.endsWith("-us") ? Latency.MAX.toNanos() / 1000 : Latency.MAX.toMillis();
        long count;
        try {
            count = Long.parseLong(value);
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0 || count > perMinute || !value.chars().allMatch(Character::isDigit)) {
            throw new UsageException(option + " '" + value + "': give a whole number from 0 to " + perMinute);
        }
        return count;
    }

    /** The default card changed by the card options. */
    private static HolderProfile newCard(Map<String, String> values) throws UsageException {
        CardVariant variant = CardVariant.DEFAULT;
        try {
            if (values.containsKey("--atr")) {
                variant = variant.withAtr(values.get("--atr"));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--atr: " + e.getMessage());
        }
        if (values.containsKey("--verified-empty")) {
            variant = variant.withVerifiedQuery(VerifiedPinQuery.ofOptionName(values.get("--verified-empty"))
                    .orElseThrow(() -> new UsageException("--verified-empty must be 9000 or 63cx")));
        }
        if (values.containsKey("--token")) {
            variant = variant.withToken(TokenKind.ofOptionName(values.get("--token"))
                    .orElseThrow(() -> new UsageException("--token must be card, android or iphone")));
        }
        return DefaultCard.profile().toBuilder()
                .variant(variant)
                .signCertificate(!values.containsKey("--no-sign-certificate"))
                .build();
    }

    private static Path filePath(String option, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(option + " needs a file name");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " '" + value + "' is not a usable file name: " + e.getReason());
        }
    }

    /** HOST:PORT, with an IPv6 host in brackets ({@code [::1]:35963}). */
    private static VpcdOptions vpcdAddress(String value) throws UsageException {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new UsageException("--vpcd '" + value + "' is not HOST:PORT, e.g. 127.0.0.1:35963");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isBlank()) {
            throw new UsageException("--vpcd '" + value + "' has no host");
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new UsageException("--vpcd '" + value + "': the port must be a number from 1 to 65535");
        }
        return VpcdOptions.defaults().withAddress(host, port);
    }
}
