/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.SecurityStatusException;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.PinFormatException;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.sim.issue.IssuedCard;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateReaderTest {
    private static final IssuedCard CARD = TestCards.defaultCard();

    private static CertificateReader reader(CountingTransport wire) {
        CardSession session = new CardSession(wire);
        return new CertificateReader(session, new PinService(session));
    }

    @Test
    void freeCertificatesEqualTheIssuedOnesInTwoApdusEach() throws Exception {
        Map<CertificateSlot, X509Certificate> issued = Map.of(CertificateSlot.AUTH, CARD.authCertificate(),
                CertificateSlot.AUTH_CA, CARD.authRoot(), CertificateSlot.SIGN_CA, CARD.signRoot());
        CountingTransport wire = TestCards.freshDefault();
        CertificateReader reader = reader(wire);
        for (var entry : issued.entrySet()) {
            wire.reset();
            JpkiCertificate read = reader.read(entry.getKey());
            assertEquals(entry.getValue(), read.x509());
            assertEquals(entry.getKey().purpose(), read.purpose());
            assertEquals(2, wire.count(), entry.getKey() + ": " + wire.headers());
        }
    }

    @Test
    void shortReadsWhenTheReaderHasNoExtendedLength() throws Exception {
        CountingTransport wire = TestCards.freshDefault().shortOnly();
        byte[] der = reader(wire).readDer(CertificateSlot.AUTH);
        assertArrayEquals(CARD.authCertificate().getEncoded(), der);
        assertEquals(1 + (der.length + 255) / 256, wire.count());
        assertTrue(wire.commands().stream().allMatch(c -> c.length <= 5 + 255), "short APDUs only");
    }

    @Test
    void signCertificateWithItsPasswordInThreeApdusPlusTheCounterCheck() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        JpkiCertificate sign = reader(wire).readSign(pin("ABC123"), LastTry.REFUSE).orElseThrow();
        assertEquals(CARD.signCertificate().orElseThrow(), sign.x509());
        assertEquals("山田　太郎", sign.holder().name());
        assertEquals(List.of("00 A4 04 0C", "00 20 00 9B", "00 20 00 9B", "00 B0 81 00"), wire.headers());
    }

    @Test
    void signCertificateNeedsItsPassword() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        CertificateReader reader = reader(wire);
        assertThrows(SecurityStatusException.class, () -> reader.read(CertificateSlot.SIGN));
        assertThrows(WrongPinException.class, () -> reader.readSign(pin("WRONG1"), LastTry.REFUSE));
        wire.reset();
        assertThrows(PinFormatException.class, () -> reader.readSign(pin("abc"), LastTry.REFUSE));
        assertEquals(0, wire.count());
    }

    @Test
    void aCardWithoutSignCertificate() throws Exception {
        IssuedCard minor = TestCards.variant(p -> p.signCertificate(false).birthDate(java.time.LocalDate.of(2015, 1, 1)));
        CertificateReader reader = reader(new CountingTransport(TestCards.load(minor).transport()));
        assertTrue(reader.readSign(pin("ABC123"), LastTry.REFUSE).isEmpty());
        assertEquals(minor.authCertificate(), reader.read(CertificateSlot.AUTH).x509());
    }

    @Test
    void aDerObjectThatIsNoCertificateIsMalformed() {
        CountingTransport wire = new CountingTransport(new dev.mynacard.core.card.FaultTransport(
                TestCards.load(CARD).transport(), dev.mynacard.core.card.FaultTransport.command(0x00, 0xB0), 1,
                (command, card) -> new byte[] {0x30, 0x03, 0x02, 0x01, 0x05, (byte) 0x90, 0x00}));
        var e = assertThrows(MalformedCardResponseException.class, () -> reader(wire).read(CertificateSlot.AUTH));
        assertTrue(e.getMessage().startsWith("EF 000A does not hold an X.509 certificate"), e.getMessage());
    }
}
