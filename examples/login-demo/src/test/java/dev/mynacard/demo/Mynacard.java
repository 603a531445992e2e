/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynacard.cli.Cli;
import dev.mynacard.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The mynacard command line, run in this JVM on a simulated card's state file, for what the tests set up and check. */
final class Mynacard {
    private final Path state;
    private final Path home;

    Mynacard(Path state, Path home) {
        this.state = state;
        this.home = home;
    }

    /** Runs {@code mynacard --sim-state STATE --json ARGS} and returns its JSON output; it must succeed. */
    JsonNode run(String... args) throws IOException {
        return runWithStdin("", args);
    }

    /** The same with {@code stdin} as standard input (PINs for --pin-stdin). */
    JsonNode runWithStdin(String stdin, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 3];
        all[0] = "--sim-state";
        all[1] = state.toString();
        all[2] = "--json";
        System.arraycopy(args, 0, all, 3, args.length);
        Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("HOME", home.toString()), Locale.ENGLISH,
                Optional.empty(), false, Clock.systemUTC());
        int status = Cli.run(all, io);
        assertEquals(0, status, () -> String.join(" ", args) + ": " + out.toString(StandardCharsets.UTF_8)
                + err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toByteArray());
    }

    /** The auth PIN's tries left on the simulated card. */
    int authTriesLeft() throws IOException {
        for (JsonNode pin : run("pin", "status").get("pins")) {
            if (pin.get("id").asText().equals("auth")) {
                return pin.get("remaining").asInt();
            }
        }
        throw new AssertionError("no auth PIN in pin status");
    }
}
