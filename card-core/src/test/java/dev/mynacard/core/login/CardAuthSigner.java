/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.issue.IssuedCard;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Signs with the authentication key of a simulated card through raw APDUs, as a client would:
 * SELECT JPKI, VERIFY the auth PIN by SFI ({@code 00 20 00 98}), COMPUTE DIGITAL SIGNATURE with
 * the auth key by SFI ({@code 80 2A 00 97}) over a SHA-256 DigestInfo.
 */
final class CardAuthSigner {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SHA256_DIGEST_INFO_PREFIX = HEX.parseHex("3031300d060960864801650304020105000420");

    private final SimulatedCard card;

    CardAuthSigner(IssuedCard issued) {
        this.card = SimulatedCard.load(issued.image());
    }

    byte[] sign(byte[] message, String pin) throws Exception {
        try (CardTransport transport = card.transport()) {
            expectOk(transport.exchange(HEX.parseHex("00A4040C0AD392F000260100000001")));
            byte[] pinBytes = pin.getBytes(StandardCharsets.US_ASCII);
            expectOk(transport.exchange(apdu("00200098", pinBytes, false)));
            Arrays.fill(pinBytes, (byte) 0);
            byte[] digestInfo = concat(SHA256_DIGEST_INFO_PREFIX, MessageDigest.getInstance("SHA-256").digest(message));
            byte[] response = transport.exchange(apdu("802A0097", digestInfo, true));
            expectOk(response);
            return Arrays.copyOf(response, response.length - 2);
        }
    }

    private static byte[] apdu(String header, byte[] data, boolean le) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEX.parseHex(header));
        out.write(data.length);
        out.writeBytes(data);
        if (le) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void expectOk(byte[] response) {
        assertEquals("9000", HEX.formatHex(response, response.length - 2, response.length));
    }
}
