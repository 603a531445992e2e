/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DefaultCardTest {
    @Test
    void holderIsTheDocumentedFictionalPerson() {
        HolderProfile profile = DefaultCard.profile();
        assertEquals("山田　太郎", profile.name());
        assertEquals('\u3000', profile.name().charAt(2));
        assertEquals("茨城県つくば市研究学園９丁目９番地９", profile.address());
        assertEquals(LocalDate.of(1980, 5, 5), profile.birthDate());
        assertEquals(Sex.MALE, profile.sex());
        assertEquals(Pins.DEFAULT, profile.pins());
        assertEquals(new Pins("1234", "ABC123", "1234", "1234"), profile.pins());
        assertEquals(PinTries.FULL, profile.pinTries());
    }

    @Test
    void factsAreTheDocumentedOnes() {
        CardFacts facts = CardFacts.of(DefaultCard.profile());
        assertEquals("123456789018", facts.myNumber());
        assertEquals("000000000000001", facts.cardSerial());
        assertEquals(LocalDate.of(2035, 5, 5), facts.cardExpiry());
        assertEquals(LocalDate.of(2030, 5, 5), facts.certificateExpiry());
        assertEquals("55050520355678", facts.verificationNumberB());
    }

    @Test
    void certificatesAreValidFromIssuanceThrough2030() throws Exception {
        IssuedCard card = DefaultCard.issue();
        for (X509Certificate certificate : new X509Certificate[] {
            card.authCertificate(), card.signCertificate().orElseThrow()}) {
            certificate.checkValidity(Date.from(Instant.parse("2025-06-02T00:00:00Z")));
            certificate.checkValidity(Date.from(Instant.parse("2030-05-04T00:00:00Z")));
            assertTrue(certificate.getNotAfter().toInstant().isAfter(Instant.parse("2030-01-01T00:00:00Z")));
        }
    }
}
