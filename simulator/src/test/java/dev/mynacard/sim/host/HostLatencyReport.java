/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import static dev.mynacard.sim.interop.PcscStack.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.pcsc.PcscTransport;
import dev.mynacard.apdu.vpcd.ForwardingVirtualCard;
import dev.mynacard.apdu.vpcd.VirtualCard;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.sim.interop.JpkiQueries;
import dev.mynacard.sim.interop.PcscStack;
import dev.mynacard.sim.interop.ToolRun;
import dev.mynacard.sim.issue.DefaultCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints what the simulated card costs through the real stack (PC/SC → pcscd → vpcd → simulator):
 * the round trip of one APDU, an RSA-2048 signature, and the APDUs and wall time of OpenSC's
 * common commands. Numbers to read, not timing assertions.
 */
class HostLatencyReport {
    private static final int QUERIES = 1000;
    private static final int SIGNATURES = 20;
    private static final int TOOL_RUNS = 5;
    private static final byte[] SHA256_DIGEST_INFO_PREFIX = HexFormat.of().parseHex("3031300d060960864801650304020105000420");

    @TempDir
    Path dir;

    /** Counts the commands that reach the card. */
    private static final class CountingCard extends ForwardingVirtualCard {
        private final AtomicInteger commands = new AtomicInteger();

        CountingCard(VirtualCard card) {
            super(card);
        }

        @Override
        public byte[] process(byte[] apdu) {
            commands.incrementAndGet();
            return inner.process(apdu);
        }
    }

    @Test
    void printsRoundTripSignatureAndOpenScCosts() throws Exception {
        PcscReaders readers = PcscStack.requireVirtualReaders();
        PersistentCard persistent = PersistentCard.open(dir.resolve("card.json"), DefaultCard::image, warning -> {
            throw new AssertionError(warning);
        });
        CountingCard card = new CountingCard(persistent);
        try (VpcdConnector connector = new VpcdConnector(card, VpcdOptions.defaults()).start()) {
            PcscStack.awaitCard(readers, true);
            try (PcscTransport transport = readers.connect(readers.find(READER), PcscStack.CARD_WAIT)) {
                reportRoundTrip(transport);
                reportSavingVerify(transport);
                reportSignature(transport);
            }
            reportOpenSc(card);
        } finally {
            PcscStack.awaitCard(readers, false);
        }
    }

    private static void reportRoundTrip(PcscTransport transport) throws Exception {
        JpkiQueries.selectJpki(transport);
        byte[] query = CommandApdu.of(0x00, 0x20, 0x00, JpkiQueries.AUTH_PIN).encode();
        for (int i = 0; i < QUERIES / 10; i++) {
            transport.exchange(query);
        }
        long start = System.nanoTime();
        for (int i = 0; i < QUERIES; i++) {
            transport.exchange(query);
        }
        double micros = (System.nanoTime() - start) / 1e3 / QUERIES;
        assertEquals(3, JpkiQueries.triesLeft(transport, JpkiQueries.AUTH_PIN));
        System.out.printf("through pcscd/vpcd: retry query (VERIFY without data) round trip %.1f µs per APDU (%d APDUs)%n",
                micros, QUERIES);
    }

    /** A VERIFY is answered only after the card's state is saved (fsync included). */
    private static void reportSavingVerify(PcscTransport transport) throws Exception {
        JpkiQueries.selectJpki(transport);
        byte[] verify = CommandApdu.of(0x00, 0x20, 0x00, JpkiQueries.AUTH_PIN, "1234".getBytes(StandardCharsets.US_ASCII)).encode();
        long start = System.nanoTime();
        for (int i = 0; i < SIGNATURES; i++) {
            transport.exchange(verify);
        }
        double millis = (System.nanoTime() - start) / 1e6 / SIGNATURES;
        System.out.printf("through pcscd/vpcd: VERIFY with the state file saved before the answer %.2f ms each%n", millis);
    }

    private static void reportSignature(PcscTransport transport) throws Exception {
        assertEquals(0x9000, JpkiQueries.verify(transport, JpkiQueries.AUTH_PIN, "1234"));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("benchmark".getBytes(StandardCharsets.UTF_8));
        byte[] digestInfo = Arrays.copyOf(SHA256_DIGEST_INFO_PREFIX, SHA256_DIGEST_INFO_PREFIX.length + digest.length);
        System.arraycopy(digest, 0, digestInfo, SHA256_DIGEST_INFO_PREFIX.length, digest.length);
        byte[] sign = CommandApdu.of(0x80, 0x2A, 0x00, 0x97, digestInfo, 256).encode();
        for (int i = 0; i < 3; i++) {
            transport.exchange(sign);
        }
        long start = System.nanoTime();
        for (int i = 0; i < SIGNATURES; i++) {
            assertEquals(258, transport.exchange(sign).length);
        }
        double millis = (System.nanoTime() - start) / 1e6 / SIGNATURES;
        System.out.printf("through pcscd/vpcd: RSA-2048 COMPUTE DIGITAL SIGNATURE %.2f ms each (%d signatures)%n",
                millis, SIGNATURES);
    }

    private void reportOpenSc(CountingCard card) throws Exception {
        PcscStack.requireOpenSc();
        List<List<String>> commands = List.of(
                List.of("opensc-tool", "--reader", READER, "--name"),
                List.of("pkcs15-tool", "--reader", READER, "--list-pins"),
                List.of("pkcs15-tool", "--reader", READER, "--read-certificate", "01"));
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", dir.resolve("opensc-cache").toString());
        for (List<String> command : commands) {
            long[] millis = new long[TOOL_RUNS];
            int apdus = 0;
            for (int i = 0; i < TOOL_RUNS; i++) {
                card.commands.set(0);
                millis[i] = ToolRun.run(environment, command.toArray(String[]::new)).succeeded().wallTime().toMillis();
                apdus = card.commands.get();
            }
            Arrays.sort(millis);
            System.out.printf("OpenSC: %-64s %2d APDUs, %3d ms wall time (median of %d)%n",
                    String.join(" ", command), apdus, millis[TOOL_RUNS / 2], TOOL_RUNS);
        }
    }
}
