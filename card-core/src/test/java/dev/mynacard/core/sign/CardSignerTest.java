/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.sign;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.FaultTransport;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cert.CertificateReader;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.PinFormatException;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.sim.issue.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardSignerTest {
    private static final IssuedCard CARD = TestCards.defaultCard();
    private static final byte[] DATA = "ログインの挑戦".getBytes(StandardCharsets.UTF_8);
    private static final int SIGN = 0x2A;

    private static CardSigner signer(dev.mynacard.apdu.CardTransport wire) {
        CardSession session = new CardSession(wire);
        PinService pins = new PinService(session);
        return new CardSigner(session, pins, new CertificateReader(session, pins));
    }

    private static boolean verifies(X509Certificate certificate, DigestAlgorithm algorithm, byte[] signature)
            throws Exception {
        Signature verifier = Signature.getInstance(algorithm.rsaSignatureName());
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(DATA);
        return verifier.verify(signature);
    }

    @Test
    void bothKeysSignWithEveryDigestAndTheJcaAgrees() throws Exception {
        CardSigner signer = signer(TestCards.freshDefault());
        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            byte[] auth = signer.sign(SigningKey.AUTH, pin("1234"), algorithm, algorithm.digest(DATA), LastTry.REFUSE);
            assertTrue(verifies(CARD.authCertificate(), algorithm, auth), algorithm.name());
            byte[] sign = signer.sign(SigningKey.SIGN, pin("ABC123"), algorithm, algorithm.digest(DATA), LastTry.REFUSE);
            assertTrue(verifies(CARD.signCertificate().orElseThrow(), algorithm, sign), algorithm.name());
        }
    }

    @Test
    void anAuthSignatureIncludingThePinTakesFourApdusOnceTheCertificateIsKnown() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        CardSigner signer = signer(wire);
        byte[] digest = DigestAlgorithm.SHA256.digest(DATA);
        signer.sign(SigningKey.AUTH, pin("1234"), DigestAlgorithm.SHA256, digest, LastTry.REFUSE);
        assertEquals(List.of("00 A4 04 0C", "00 20 00 98", "00 20 00 98", "00 B0 8A 00", "80 2A 00 97"), wire.headers());
        wire.reset();
        signer.sign(SigningKey.AUTH, pin("1234"), DigestAlgorithm.SHA256, digest, LastTry.REFUSE);
        assertEquals(List.of("00 A4 04 0C", "00 20 00 98", "00 20 00 98", "80 2A 00 97"), wire.headers());
    }

    @Test
    void aFaultyCardNeverYieldsABadSignature() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaultTransport flipping = new FaultTransport(wire, FaultTransport.command(0x80, SIGN), 1, (command, card) -> {
            byte[] response = card.exchange(command);
            response[17] ^= 0x01;
            return response;
        });
        CardSigner signer = signer(flipping);
        CardSignatureException e = assertThrows(CardSignatureException.class, () -> signer.sign(SigningKey.AUTH,
                pin("1234"), DigestAlgorithm.SHA256, DigestAlgorithm.SHA256.digest(DATA), LastTry.REFUSE));
        assertTrue(e.getMessage().contains("does not verify"), e.getMessage());
        byte[] good = signer.sign(SigningKey.AUTH, pin("1234"), DigestAlgorithm.SHA256,
                DigestAlgorithm.SHA256.digest(DATA), LastTry.REFUSE);
        assertTrue(verifies(CARD.authCertificate(), DigestAlgorithm.SHA256, good));
    }

    @Test
    void aTruncatedSignatureIsRefused() {
        FaultTransport cutting = new FaultTransport(TestCards.freshDefault(), FaultTransport.command(0x80, SIGN), 1,
                (command, card) -> {
                    byte[] response = card.exchange(command);
                    byte[] cut = java.util.Arrays.copyOfRange(response, 2, response.length);
                    return cut;
                });
        CardSignatureException e = assertThrows(CardSignatureException.class, () -> signer(cutting).sign(SigningKey.SIGN,
                pin("ABC123"), DigestAlgorithm.SHA384, DigestAlgorithm.SHA384.digest(DATA), LastTry.REFUSE));
        assertTrue(e.getMessage().contains("254"), e.getMessage());
    }

    @Test
    void badInputSendsNothing() {
        CountingTransport wire = TestCards.freshDefault();
        CardSigner signer = signer(wire);
        assertThrows(IllegalArgumentException.class, () -> signer.sign(SigningKey.AUTH, pin("1234"),
                DigestAlgorithm.SHA256, new byte[20], LastTry.REFUSE));
        assertThrows(PinFormatException.class, () -> signer.sign(SigningKey.SIGN, pin("1234"),
                DigestAlgorithm.SHA256, new byte[32], LastTry.REFUSE));
        assertEquals(0, wire.count());
    }

    @Test
    void aTransportErrorDuringSigningIsNotRetried() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaultTransport failOnce = new FaultTransport(wire, FaultTransport.command(0x80, SIGN), 1, (command, card) -> {
            card.exchange(command);
            throw new TransportException(TransportException.Reason.TIMEOUT, "no answer");
        });
        CardSigner signer = signer(failOnce);
        assertThrows(TransportException.class, () -> signer.sign(SigningKey.AUTH, pin("1234"), DigestAlgorithm.SHA256,
                DigestAlgorithm.SHA256.digest(DATA), LastTry.REFUSE));
        assertEquals(1, wire.count(SIGN));
        assertEquals(1, wire.countWithData(0x20));
    }
}
