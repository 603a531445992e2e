/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mynacard native-host} on the simulated card, and its install and uninstall into a home of its own. */
class NativeHostCommandTest {
    private static final String CHALLENGE = "ARpNqPt2fC122aWMXf3uaDsAAAAAaxcOThbqD37fD3l23-28_oMIehvlJi7Nc-irUTlSlTkBEXEZ";
    private static final String AUDIENCE = "https://login.example.jp";
    private static final String CHROMIUM_ORIGIN = "chrome-extension://oadjdggkdnehifcemlcdmnnjdiejjdkg/";

    @TempDir
    Path temp;

    private static byte[] requests(String... pins) throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (String pin : pins) {
            byte[] body = ("{\"type\":\"login\",\"challenge\":\"" + CHALLENGE + "\",\"audience\":\"" + AUDIENCE
                    + "\",\"pin\":\"" + pin + "\"}").getBytes(StandardCharsets.UTF_8);
            stream.write(ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(body.length).array());
            stream.write(body);
        }
        return stream.toByteArray();
    }

    private static List<JsonNode> answers(CliRunner.Result result) throws IOException {
        List<JsonNode> answers = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(result.outBytes()).order(ByteOrder.nativeOrder());
        while (buffer.hasRemaining()) {
            byte[] message = new byte[buffer.getInt()];
            buffer.get(message);
            answers.add(new ObjectMapper().readTree(message));
        }
        return answers;
    }

    private static int authTriesLeft(CliRunner cli) {
        return cli.run("--sim", "--json", "pin", "status").json().get("pins").get(0).get("remaining").asInt();
    }

    @Test
    void signsALoginTokenForTheAudienceTheExtensionNames() throws Exception {
        CliRunner cli = new CliRunner(temp.resolve("home"));
        CliRunner.Result result = cli.runWithStdin(requests("1234"), "--sim", "native-host", CHROMIUM_ORIGIN);
        assertEquals(0, result.status(), result.toString());
        List<JsonNode> answers = answers(result);
        assertEquals(1, answers.size());
        assertEquals("token", answers.get(0).get("type").asText(), answers.get(0).toString());
        SignedJWT token = SignedJWT.parse(answers.get(0).get("token").asText());
        assertEquals(List.of(AUDIENCE), token.getJWTClaimsSet().getAudience());
        assertEquals(CHALLENGE, token.getJWTClaimsSet().getStringClaim("nonce"));
        assertFalse(result.err().contains("1234"), result.err());
    }

    @Test
    void wrongPinsGiveTheTriesLeftAndTheLastTryIsNotSpent() throws Exception {
        CliRunner cli = new CliRunner(temp.resolve("home"));
        CliRunner.Result result = cli.runWithStdin(requests("0000", "0001", "0002", "1234"), "--sim", "native-host");
        List<JsonNode> answers = answers(result);
        assertEquals(List.of("wrong-pin", "wrong-pin", "last-try-refused", "last-try-refused"),
                answers.stream().map(answer -> answer.get("code").asText()).toList(), answers.toString());
        assertEquals(List.of(2, 1, 1, 1), answers.stream().map(answer -> answer.get("remaining").asInt()).toList());
        assertEquals(1, authTriesLeft(cli), "the host never sends the last try");
        for (String pin : List.of("0000", "0001", "0002")) {
            assertFalse(new String(result.outBytes(), StandardCharsets.UTF_8).contains(pin));
            assertFalse(result.err().contains(pin));
        }
    }

    @Test
    void aBlockedPinIsReportedAsBlocked() throws Exception {
        CliRunner cli = new CliRunner(temp.resolve("home"));
        List<JsonNode> answers = answers(cli.runWithStdin(requests("0000", "0000", "0000", "1234"), "--sim",
                "--allow-last-try", "native-host"));
        assertEquals(List.of("wrong-pin", "wrong-pin", "pin-blocked", "pin-blocked"),
                answers.stream().map(answer -> answer.get("code").asText()).toList(), answers.toString());
        assertEquals(0, answers.get(3).get("remaining").asInt());
    }

    @Test
    void installWritesTheChromiumManifestAndAScriptCarryingTheCardOptions() throws Exception {
        Path home = temp.resolve("user");
        CliRunner cli = new CliRunner(temp.resolve("home")).env("HOME", home.toString());
        Path state = temp.resolve("card.json");
        CliRunner.Result result = cli.run("--sim-state", state.toString(), "--json", "native-host", "install");
        assertEquals(0, result.status(), result.toString());
        Path manifest = home.resolve(".config/chromium/NativeMessagingHosts/dev.mynacard.host.json");
        assertEquals(manifest.toString(), result.json().get("manifest").asText());
        JsonNode written = new ObjectMapper().readTree(manifest.toFile());
        assertEquals("dev.mynacard.host", written.get("name").asText());
        assertEquals("stdio", written.get("type").asText());
        assertEquals(CHROMIUM_ORIGIN, written.get("allowed_origins").get(0).asText());
        Path script = Path.of(written.get("path").asText());
        assertTrue(script.isAbsolute());
        assertTrue(Files.getPosixFilePermissions(script).contains(PosixFilePermission.OWNER_EXECUTE));
        String text = Files.readString(script);
        assertTrue(text.startsWith("#!/bin/sh\n"), text);
        assertTrue(text.contains("'--sim-state' '" + state + "'") && text.contains("'native-host' \"$@\""), text);
        try (var files = Files.list(manifest.getParent())) {
            assertEquals(2, files.count(), "no temporary files left");
        }

        CliRunner.Result removed = cli.run("--json", "native-host", "uninstall");
        assertTrue(removed.json().get("removed").asBoolean(), removed.toString());
        assertFalse(Files.exists(manifest));
        assertFalse(Files.exists(script));
        assertFalse(cli.run("--json", "native-host", "uninstall").json().get("removed").asBoolean());
    }

    @Test
    void firefoxAndChromeHaveTheirOwnDirectoriesAndManifestKeys() throws Exception {
        Path home = temp.resolve("user");
        Path config = temp.resolve("xdg");
        CliRunner cli = new CliRunner(temp.resolve("home")).env("HOME", home.toString())
                .env("XDG_CONFIG_HOME", config.toString());
        assertEquals(0, cli.run("--sim", "native-host", "install", "--browser", "firefox").status());
        JsonNode firefox = new ObjectMapper().readTree(
                home.resolve(".mozilla/native-messaging-hosts/dev.mynacard.host.json").toFile());
        assertEquals("login@mynacard.dev", firefox.get("allowed_extensions").get(0).asText());

        String otherId = "abcdefghijklmnopabcdefghijklmnop";
        assertEquals(0, cli.run("--sim", "native-host", "install", "--browser", "chrome", "--extension-id", otherId)
                .status());
        JsonNode chrome = new ObjectMapper().readTree(
                config.resolve("google-chrome/NativeMessagingHosts/dev.mynacard.host.json").toFile());
        assertEquals("chrome-extension://" + otherId + "/", chrome.get("allowed_origins").get(0).asText());
    }

    @Test
    void aMalformedExtensionIdOrBrowserWritesNothing() {
        Path home = temp.resolve("user");
        CliRunner cli = new CliRunner(temp.resolve("home")).env("HOME", home.toString());
        CliRunner.Result badId = cli.run("--json", "native-host", "install", "--extension-id", "../../evil\"id");
        assertEquals(ExitCode.USAGE.status(), badId.status(), badId.toString());
        CliRunner.Result firefoxIdForChromium = cli.run("native-host", "install", "--extension-id", "login@mynacard.dev");
        assertEquals(ExitCode.USAGE.status(), firefoxIdForChromium.status());
        assertEquals(ExitCode.USAGE.status(), cli.run("native-host", "install", "--browser", "safari").status());
        assertFalse(Files.exists(home));
    }
}
