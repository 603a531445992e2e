/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.sim.interop.JpkiQueries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;

/** The JPKI operations the bridge tests run through the phone, in short APDUs (a phone's default). */
final class JpkiOverBridge {
    private static final byte[] EF_AUTH_CERTIFICATE = {0x00, 0x0A};
    private static final byte[] SHA256_DIGEST_INFO_PREFIX = HexFormat.of().parseHex("3031300d060960864801650304020105000420");
    /** COMPUTE DIGITAL SIGNATURE with the auth key, P2 = 80|SFI of EF 0017. */
    private static final int AUTH_KEY = 0x97;

    private JpkiOverBridge() {
    }

    /** SELECT JPKI AP, SELECT EF 000A, READ BINARY of its DER header, then 256-byte chunks. */
    static X509Certificate readAuthCertificate(CardTransport card) throws IOException, GeneralSecurityException {
        JpkiQueries.selectJpki(card);
        expect(card.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, EF_AUTH_CERTIFICATE)), "SELECT EF 000A");
        byte[] head = expect(card.transmit(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 4)), "READ BINARY of the DER header").data();
        assertEquals(0x82, head[1] & 0xFF, "a certificate's DER length takes two bytes");
        int total = 4 + (((head[2] & 0xFF) << 8) | (head[3] & 0xFF));
        ByteArrayOutputStream der = new ByteArrayOutputStream();
        for (int offset = 0; offset < total; offset += 256) {
            int n = Math.min(256, total - offset);
            der.writeBytes(expect(card.transmit(CommandApdu.of(0x00, 0xB0, offset >> 8, offset & 0xFF, n)), "READ BINARY").data());
        }
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der.toByteArray()));
    }

    /** VERIFY of the auth PIN, then a SHA-256 signature of {@code message} with the auth key; returns the signature. */
    static byte[] signWithAuthKey(CardTransport card, String pin, byte[] message) throws IOException, GeneralSecurityException {
        assertEquals(0x9000, JpkiQueries.verify(card, JpkiQueries.AUTH_PIN, pin), "VERIFY of the auth PIN");
        return expect(card.transmit(signCommand(message)), "COMPUTE DIGITAL SIGNATURE").data();
    }

    static CommandApdu signCommand(byte[] message) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
        byte[] digestInfo = Arrays.copyOf(SHA256_DIGEST_INFO_PREFIX, SHA256_DIGEST_INFO_PREFIX.length + digest.length);
        System.arraycopy(digest, 0, digestInfo, SHA256_DIGEST_INFO_PREFIX.length, digest.length);
        return CommandApdu.of(0x80, 0x2A, 0x00, AUTH_KEY, digestInfo, 256);
    }

    /** Reads the auth certificate, signs, and checks the signature against the certificate's key. */
    static void assertSignatureVerifies(CardTransport card) throws IOException, GeneralSecurityException {
        X509Certificate certificate = readAuthCertificate(card);
        byte[] message = "signed through the phone".getBytes(StandardCharsets.UTF_8);
        byte[] signature = signWithAuthKey(card, "1234", message);
        assertEquals(256, signature.length);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(message);
        if (!verifier.verify(signature)) {
            throw new AssertionError("the signature made through the bridge does not verify with the auth certificate");
        }
    }

    private static ResponseApdu expect(ResponseApdu answer, String what) {
        assertEquals(0x9000, answer.sw(), what + " answered " + Integer.toHexString(answer.sw()));
        return answer;
    }
}
