/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.HolderProfile;
import dev.mynacard.sim.issue.Issuer;
import dev.mynacard.sim.state.CardStateFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the mynacard command line in this JVM, as {@code Main} would, with captured stdout and
 * stderr, the given stdin, a MYNACARD_HOME of its own (holding a copy of the default simulated
 * card), no console, and a fixed clock: 2026-11-26 12:00 in Japan.
 */
final class CliRunner {
    static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path template;

    private final Path home;
    private final Map<String, String> env = new HashMap<>();
    private Locale locale = Locale.ENGLISH;
    private Instant now = NOW;
    private Optional<Io.PasswordConsole> console = Optional.empty();
    private boolean stderrIsTerminal;

    /** A runner whose MYNACARD_HOME is {@code home}, holding a fresh default simulated card. */
    CliRunner(Path home) {
        this.home = home;
        env.put("MYNACARD_HOME", home.toString());
        env.put("MYNACARD_CARD_WAIT", "0");
        try {
            Files.createDirectories(home);
            Files.copy(template(), stateFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default card is issued (RSA keys generated) once per test JVM, then copied. */
    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path directory = Files.createTempDirectory("mynacard-cli-test-card");
            template = directory.resolve("default-card.json");
            CardStateFile.save(template, DefaultCard.image());
            directory.toFile().deleteOnExit();
            template.toFile().deleteOnExit();
        }
        return template;
    }

    Path stateFile() {
        return home.resolve("simulated-card.json");
    }

    /** Replaces the simulated card with one issued to {@code profile} (its RSA keys are generated). */
    CliRunner card(HolderProfile profile) {
        try {
            CardStateFile.save(stateFile(), Issuer.standard().issue(profile).image());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    CliRunner locale(Locale value) {
        locale = value;
        return this;
    }

    CliRunner at(Instant instant) {
        now = instant;
        return this;
    }

    CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Whether the command believes stderr is a terminal (it shows progress only then). */
    CliRunner terminal(boolean value) {
        stderrIsTerminal = value;
        return this;
    }

    CliRunner console(Io.PasswordConsole value) {
        console = Optional.of(value);
        return this;
    }

    Result run(String... args) {
        return runWithStdin("", args);
    }

    /** Runs with {@code stdin} as standard input (PINs, one per line, for --pin-stdin). */
    Result runWithStdin(String stdin, String... args) {
        return runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs with {@code stdin} as standard input, byte for byte (framed messages for native-host). */
    Result runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    /**
     * Runs with stdout and stderr written to one stream in the order the command writes them, as a
     * terminal shows them: the result's {@code out} holds both, its {@code err} is empty.
     */
    Result runInterleaved(String stdin, String... args) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(both, true, StandardCharsets.UTF_8);
        int status = run(stdin.getBytes(StandardCharsets.UTF_8), stream, stream, args);
        return new Result(status, both.toString(StandardCharsets.UTF_8), "", both.toByteArray());
    }

    private int run(byte[] stdin, PrintStream out, PrintStream err, String... args) {
        Io io = new Io(new ByteArrayInputStream(stdin), out, err,
                Map.copyOf(env), locale, console, stderrIsTerminal, Clock.fixed(now, ZoneOffset.UTC));
        return Cli.run(args, io);
    }

    /** What one run printed and returned. */
    record Result(int status, String out, String err, byte[] outBytes) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }

        /** The command APDUs --trace showed on stderr ({@code > …} lines, without the marker). */
        List<String> commands() {
            return err.lines().filter(line -> line.startsWith("> ")).map(line -> line.substring(2)).toList();
        }

        /** The response lines --trace showed on stderr. */
        List<String> responses() {
            return err.lines().filter(line -> line.startsWith("< ")).map(line -> line.substring(2)).toList();
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
