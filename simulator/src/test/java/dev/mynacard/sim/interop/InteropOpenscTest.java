/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.interop;

import static dev.mynacard.sim.interop.PcscStack.READER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.pcsc.PcscTransport;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.host.CardHost;
import dev.mynacard.sim.host.PersistentCard;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.Issuer;
import dev.mynacard.sim.issue.PinTries;
import dev.mynacard.sim.state.CardStateFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSC against the simulated card through the real stack: OpenSC's tools → libpcsclite → pcscd →
 * vpcd → {@link CardHost} → the simulated card. OpenSC must take it for a My Number Card (its
 * {@code jpki} driver) and get from it what the card holds.
 */
class InteropOpenscTest {
    private static final String AUTH_PIN_LABEL = "User Authentication PIN";
    private static final String SIGN_PIN_LABEL = "Digital Signature PIN";

    private static PcscReaders readers;
    private static Path pkcs11Module;
    private static IssuedCard defaultCard;

    @TempDir
    Path dir;
    private CardHost host;
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void requireTheStack() {
        readers = PcscStack.requireVirtualReaders();
        pkcs11Module = PcscStack.requireOpenSc();
        defaultCard = DefaultCard.issue();
    }

    private Path stateFile() {
        return dir.resolve("card.json");
    }

    private void insert(IssuedCard card) throws Exception {
        PersistentCard persistent = PersistentCard.open(stateFile(), card::image, warnings::add);
        host = CardHost.start(persistent, VpcdOptions.defaults(), reports::add);
        PcscStack.awaitCard(readers, true);
    }

    @AfterEach
    void removeCard() throws Exception {
        if (host != null) {
            host.close();
            PcscStack.awaitCard(readers, false);
        }
        assertEquals(List.of(), warnings);
    }

    /** An OpenSC tool, with its own empty cache directory so that nothing read earlier answers for the card. */
    private ToolRun openSc(String... command) throws IOException, InterruptedException {
        return ToolRun.run(Map.of("XDG_CACHE_HOME", dir.resolve("opensc-cache").toString()), command);
    }

    @Test
    void openscRecognisesTheCardWithItsJpkiDriver() throws Exception {
        insert(defaultCard);

        ToolRun name = openSc("opensc-tool", "--reader", READER, "--name").succeeded();

        assertEquals("jpki", name.stdout().strip(), name.toString());
        assertEquals(List.of("mynacard simulated card in vpcd 127.0.0.1:35963 (state " + stateFile() + ")"), reports);
    }

    @Test
    void listPinsShowsBothJpkiPinsWithTheirTriesLeft() throws Exception {
        insert(defaultCard);

        assertEquals(Map.of(AUTH_PIN_LABEL, 3, SIGN_PIN_LABEL, 5), pinsAndTriesLeft());
    }

    @Test
    void listPinsShowsTheCountersOfACardIssuedWithUsedTries() throws Exception {
        IssuedCard used = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .pinTries(PinTries.FULL.withAuth(1).withSign(2)).build());
        insert(used);

        assertEquals(Map.of(AUTH_PIN_LABEL, 1, SIGN_PIN_LABEL, 2), pinsAndTriesLeft());
    }

    @Test
    void aWrongPinGivenThroughOpenScIsCountedAndSaved() throws Exception {
        insert(defaultCard);

        ToolRun wrongAuth = openSc("pkcs15-tool", "--reader", READER, "--verify-pin", "--auth-id", "01", "--pin", "9999");
        ToolRun wrongSign = openSc("pkcs15-tool", "--reader", READER, "--verify-pin", "--auth-id", "02", "--pin", "WRONG99");

        assertNotEquals(0, wrongAuth.exitCode(), wrongAuth.toString());
        assertNotEquals(0, wrongSign.exitCode(), wrongSign.toString());
        try (PcscTransport card = readers.connect(readers.find(READER), PcscStack.CARD_WAIT)) {
            assertEquals(2, JpkiQueries.triesLeft(card, JpkiQueries.AUTH_PIN));
            assertEquals(4, JpkiQueries.triesLeft(card, JpkiQueries.SIGN_PIN));
        }
        assertEquals(Map.of(AUTH_PIN_LABEL, 2, SIGN_PIN_LABEL, 4), pinsAndTriesLeft());
        // The state file already holds the spent tries, before any shutdown.
        SimulatedCard saved = SimulatedCard.load(CardStateFile.load(stateFile()));
        assertEquals(2, JpkiQueries.triesLeft(saved.transport(), JpkiQueries.AUTH_PIN));
        assertEquals(4, JpkiQueries.triesLeft(saved.transport(), JpkiQueries.SIGN_PIN));
    }

    @Test
    void readCertificateReturnsTheAuthCertificate() throws Exception {
        insert(defaultCard);

        ToolRun read = openSc("pkcs15-tool", "--reader", READER, "--read-certificate", "01").succeeded();

        assertArrayEquals(defaultCard.authCertificate().getEncoded(), pemBody(read.stdout()), read.toString());
    }

    @Test
    void pkcs11SignatureVerifiesWithTheAuthCertificatesKey() throws Exception {
        insert(defaultCard);
        Path data = Files.writeString(dir.resolve("data.txt"), "signed by the simulated card through OpenSC's PKCS#11 module");
        Path signature = dir.resolve("data.sig");

        ToolRun sign = openSc("pkcs11-tool", "--module", pkcs11Module.toString(), "--slot-index", authSlotIndex(),
                "--login", "--pin", "1234", "--sign", "--mechanism", "SHA256-RSA-PKCS", "--id", "01",
                "--input-file", data.toString(), "--output-file", signature.toString()).succeeded();

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(defaultCard.authCertificate().getPublicKey());
        verifier.update(Files.readAllBytes(data));
        assertTrue(verifier.verify(Files.readAllBytes(signature)), sign.toString());
        assertEquals(Map.of(AUTH_PIN_LABEL, 3, SIGN_PIN_LABEL, 5), pinsAndTriesLeft());
    }

    /** {@code pkcs15-tool --list-pins}: each PIN's label and tries left. */
    private Map<String, Integer> pinsAndTriesLeft() throws Exception {
        ToolRun list = openSc("pkcs15-tool", "--reader", READER, "--list-pins").succeeded();
        Map<String, Integer> pins = new LinkedHashMap<>();
        Matcher m = Pattern.compile("PIN \\[([^\\]]+)\\]((?:\\n\\t.*)*)").matcher(list.stdout());
        while (m.find()) {
            Matcher tries = Pattern.compile("Tries left\\s*:\\s*(\\d+)").matcher(m.group(2));
            assertTrue(tries.find(), list.toString());
            pins.put(m.group(1), Integer.parseInt(tries.group(1)));
        }
        return pins;
    }

    /**
     * The index of the PKCS#11 slot for the auth PIN of the card in {@link PcscStack#READER}
     * (OpenSC makes one slot per PIN of the card; other readers may come first).
     */
    private String authSlotIndex() throws Exception {
        ToolRun slots = openSc("pkcs11-tool", "--module", pkcs11Module.toString(), "--list-slots").succeeded();
        List<String> candidates = new ArrayList<>();
        for (String block : slots.stdout().split("\n(?=Slot )")) {
            Matcher m = Pattern.compile("^Slot (\\d+) \\(0x[0-9a-f]+\\): (.*)$", Pattern.MULTILINE).matcher(block);
            if (m.find() && m.group(2).strip().equals(READER)
                    && block.contains("token label        : JPKI (" + AUTH_PIN_LABEL + ")")) {
                candidates.add(m.group(1));
            }
        }
        assertEquals(1, candidates.size(), slots.toString());
        return candidates.get(0);
    }

    private static byte[] pemBody(String pem) {
        Matcher m = Pattern.compile("-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", Pattern.DOTALL).matcher(pem);
        assertTrue(m.find(), pem);
        return Base64.getMimeDecoder().decode(m.group(1).getBytes(StandardCharsets.US_ASCII));
    }
}
