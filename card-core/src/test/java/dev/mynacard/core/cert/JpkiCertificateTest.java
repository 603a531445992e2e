/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JpkiCertificateTest {
    private static final IssuedCard CARD = DefaultCard.issue();

    @Test
    void authCertificateFacts() throws Exception {
        X509Certificate x509 = CARD.authCertificate();
        JpkiCertificate auth = JpkiCertificate.parse(x509.getEncoded());
        assertEquals(CertificatePurpose.AUTH, auth.purpose());
        assertEquals(List.of(CertificatePurpose.AUTH_POLICY), auth.policyOids());
        assertEquals(Set.of(KeyUsage.DIGITAL_SIGNATURE), auth.keyUsage());
        assertEquals(x509.getSerialNumber(), auth.serialNumber());
        assertEquals(x509.getNotAfter().toInstant(), auth.notAfter());
        assertEquals(x509.getNotBefore().toInstant(), auth.notBefore());
        assertTrue(auth.subject().startsWith("CN=" + CARD.facts().authSubjectId()), auth.subject());
        assertEquals(CARD.authRoot().getSubjectX500Principal(), x509.getIssuerX500Principal());
        assertArrayEquals(x509.getEncoded(), auth.encoded());
    }

    @Test
    void signCertificateAndRootsHaveTheirPurpose() throws Exception {
        JpkiCertificate sign = JpkiCertificate.of(CARD.signCertificate().orElseThrow());
        assertEquals(CertificatePurpose.SIGN, sign.purpose());
        assertEquals(Set.of(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.NON_REPUDIATION), sign.keyUsage());
        assertEquals(CertificatePurpose.SIGN.requiredKeyUsage(), sign.keyUsage());
        assertEquals(CertificatePurpose.CA, JpkiCertificate.of(CARD.authRoot()).purpose());
        assertEquals(CertificatePurpose.CA, JpkiCertificate.of(CARD.signRoot()).purpose());
    }

    @Test
    void trailingBytesAndGarbageAreRefused() throws Exception {
        byte[] der = CARD.authCertificate().getEncoded();
        assertThrows(CertificateException.class, () -> JpkiCertificate.parse(Arrays.copyOf(der, der.length + 1)));
        assertThrows(CertificateException.class, () -> JpkiCertificate.parse(Arrays.copyOf(der, der.length - 1)));
        assertThrows(CertificateException.class, () -> JpkiCertificate.parse(new byte[] {0x30, 0x03, 1, 2, 3}));
        assertThrows(CertificateException.class, () -> JpkiCertificate.parse(new byte[0]));
    }
}
