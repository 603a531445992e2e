/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of the contract (readers excepted: a phone is no PC/SC reader) through
 * {@code --bridge 127.0.0.1:PORT}, with the simulated card held to a simulated phone in this JVM.
 * The same card answers the same as with --sim, except where the contract says a phone differs:
 * the card's place, and trust in the simulator's roots (only with --sim).
 */
class BridgeCommandsTest {
    private static final String CHALLENGE = "q1Zb8fK3mX0pL2vN7rT9sQ";
    private static final String DOCUMENT = "申請書.txt";

    @TempDir
    Path dir;

    /**
     * One command: its arguments ({@code {dir}} stands for a directory of files), its standard
     * input, its exit code through the phone and with --sim, and what of its JSON must be the same.
     */
    record Case(String name, String stdin, int status, int simStatus, Function<JsonNode, JsonNode> comparable,
                String... args) {
        @Override
        public String toString() {
            return name;
        }

        List<String> args(Path dir) {
            return Stream.of(args).map(arg -> arg.replace("{dir}", dir.toString())).toList();
        }
    }

    static Stream<Arguments> commands() {
        Function<JsonNode, JsonNode> whole = json -> json;
        // A card held to a phone is not the simulated card for the trust check (exit 3), as in a reader.
        return Stream.of(
                new Case("status", "", 0, 0, json -> ((ObjectNode) json.deepCopy()).without("card"), "status"),
                new Case("pin status", "", 0, 0, whole, "pin", "status"),
                new Case("pin verify", "1234\n", 0, 0, whole, "pin", "verify", "auth"),
                new Case("pin change", "1234\n5678\n", 0, 0, whole, "pin", "change", "text"),
                new Case("cert show auth", "", 0, 0, whole, "cert", "show", "auth"),
                new Case("cert show sign", "ABC123\n", 0, 0, whole, "cert", "show", "sign"),
                new Case("cert show --out", "", 0, 0, json -> json.at("/certificate/sha256"),
                        "cert", "show", "auth-ca", "--format", "pem", "--out", "{dir}/auth-ca.pem"),
                new Case("cert verify", "", 3, 0, json -> json.at("/validation/id"), "cert", "verify", "auth"),
                new Case("cert expiry", "ABC123\n", 0, 0, whole, "cert", "expiry"),
                new Case("info", "1234\n", 0, 0, whole, "info"),
                new Case("sign", "ABC123\n", 0, 0, json -> json.at("/signature/bytes"), "sign", "{dir}/" + DOCUMENT),
                // The token's jti is random: the same header (certificate) and expiry, not the same token.
                new Case("login", "1234\n", 0, 0, json -> TextNode.valueOf(json.at("/token").asText().split("\\.")[0]
                        + " " + json.at("/expiresAt").asText()), "login", "--challenge", CHALLENGE,
                        "--audience", "https://login.example.jp", "--yes"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void answersAsTheSimulatedCardDoes(Case command) throws Exception {
        compare(command, dir);
    }

    @Test
    void filesWrittenThroughThePhoneAreTheSimulatedCardsFiles() throws Exception {
        Path out = dir.resolve("out");
        compare(caseNamed("cert show --out"), out);
        assertArrayEquals(Files.readAllBytes(out.resolve("sim-files/auth-ca.pem")),
                Files.readAllBytes(out.resolve("files/auth-ca.pem")));

        Path sign = dir.resolve("sign");
        compare(caseNamed("sign"), sign);
        assertArrayEquals(Files.readAllBytes(sign.resolve("sim-files/" + DOCUMENT + ".p7s")),
                Files.readAllBytes(sign.resolve("files/" + DOCUMENT + ".p7s")), "same key, same clock: the same signature");
    }

    /** Runs the command through the phone and with --sim, each on a fresh default card, in directories below {@code root}. */
    private static void compare(Case command, Path root) throws Exception {
        CliRunner cli = new CliRunner(root.resolve("home"));
        CliRunner sim = new CliRunner(root.resolve("sim-home"));
        Path files = Files.createDirectories(root.resolve("files"));
        Path simFiles = Files.createDirectories(root.resolve("sim-files"));
        Files.writeString(files.resolve(DOCUMENT), "申請します。\n");
        Files.writeString(simFiles.resolve(DOCUMENT), "申請します。\n");
        int port = SimulatedPhone.freePort();

        CliRunner.Result bridged;
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port).start()) {
            bridged = cli.runWithStdin(command.stdin(), args(List.of("--bridge", "127.0.0.1:" + port, "--wait", "20",
                    "--pin-stdin", "--json"), command.args(files)));
        }
        CliRunner.Result simulated = sim.runWithStdin(command.stdin(),
                args(List.of("--sim", "--pin-stdin", "--json"), command.args(simFiles)));

        assertEquals(command.status(), bridged.status(), bridged::toString);
        assertEquals(command.simStatus(), simulated.status(), simulated::toString);
        assertTrue(bridged.err().contains("mynacard: card present (ATR 3B E0 00 FF 81 31 FE 45 14)\n"), bridged::toString);
        boolean signs = List.of("sign", "login").contains(command.name());
        assertEquals(signs, bridged.err().contains("mynacard: signing with the card: keep it on the phone"),
                "a signature over NFC is announced: " + bridged);
        assertFalse(simulated.err().contains("signing with the card"), simulated::toString);
        assertEquals(command.comparable().apply(simulated.json()), command.comparable().apply(bridged.json()),
                bridged::toString);
    }

    @Test
    void statusNamesThePhone() {
        CliRunner cli = new CliRunner(dir.resolve("home"));
        int port = SimulatedPhone.freePort();
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port).start()) {
            CliRunner.Result result = cli.run("--bridge", Integer.toString(port), "status");

            assertEquals(0, result.status(), result::toString);
            assertTrue(result.out().matches("(?s).*\nWhere +phone 127\\.0\\.0\\.1:\\d+ \\(NFC bridge\\)\n.*"), result::toString);
            assertEquals(List.of(
                    "mynacard: waiting up to 120 s for the phone on vpcd://127.0.0.1:" + port
                            + ": hold the card to the phone running the Remote Smart Card Reader app",
                    "mynacard: phone connected from 127.0.0.1:",
                    "mynacard: card present (ATR 3B E0 00 FF 81 31 FE 45 14)"),
                    result.err().lines().map(line -> line.replaceAll(":\\d+$", ":")).toList(), result::toString);
        }
    }

    @Test
    void verifyNeedsNoCardAndDoesNotWaitForAPhone() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("home"));
        Path document = Files.writeString(dir.resolve(DOCUMENT), "申請します。\n");
        assertEquals(0, cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", document.toString()).status());

        CliRunner.Result result = cli.run("--bridge", Integer.toString(SimulatedPhone.freePort()), "--json", "verify",
                document + ".p7s", "--content", document.toString());

        assertEquals(3, result.status(), "without --sim the simulator's roots are not trusted: " + result);
        assertTrue(result.json().at("/verification/signers/0/checks").isArray(), result::toString);
        assertFalse(result.err().contains("waiting"), result::toString);
    }

    @Test
    void pinStatusThroughThePhoneInNumbers() {
        CliRunner cli = new CliRunner(dir.resolve("home"));
        int port = SimulatedPhone.freePort();
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port).start()) {
            cli.run("--bridge", Integer.toString(port), "pin", "status"); // warm-up: classes loaded, JIT started
            long start = System.nanoTime();
            CliRunner.Result result = cli.run("--bridge", Integer.toString(port), "--trace", "pin", "status");
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(0, result.status(), result::toString);
            assertEquals(7, result.commands().size(), "detection (SELECT JPKI, serving the first two PIN queries)"
                    + " and the four PIN queries (6): " + result);
            System.out.printf("pin status through the bridge (in-process phone): %d APDUs, %d ms from the start of"
                    + " listening to the report%n", result.commands().size(), millis);
        }
    }

    private static Case caseNamed(String name) {
        return commands().map(arguments -> (Case) arguments.get()[0]).filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static String[] args(List<String> options, List<String> command) {
        List<String> all = new ArrayList<>(options);
        all.addAll(command);
        return all.toArray(String[]::new);
    }
}
