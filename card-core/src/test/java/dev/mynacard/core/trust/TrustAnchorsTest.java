/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import static dev.mynacard.core.cert.CertificatePurpose.AUTH;
import static dev.mynacard.core.cert.CertificatePurpose.SIGN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.SimulatorPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustAnchorsTest {
    @TempDir
    Path directory;

    @Test
    void defaultAnchorsAreTheFiveKnownJlisRootsAndNoTestHierarchy() {
        TrustAnchors anchors = TrustAnchors.jlis();

        assertEquals(5, anchors.roots().size());
        assertTrue(anchors.roots().stream().allMatch(root -> root.hierarchy() == Hierarchy.PRODUCTION));
        assertFalse(anchors.testHierarchyEnabled());
        assertTrue(anchors.find(SimulatorPki.standard().authRoot()).isEmpty());
    }

    @Test
    void simulatorPinsAreTheSimulatorsRootsAndOnlyWithSimulatorTrustsThem() {
        SimulatorPki pki = SimulatorPki.standard();
        TrustAnchors anchors = TrustAnchors.jlis().withSimulator();

        assertEquals(AUTH, anchors.find(pki.authRoot()).orElseThrow().purpose().orElseThrow());
        assertEquals(SIGN, anchors.find(pki.signRoot()).orElseThrow().purpose().orElseThrow());
        assertEquals(Hierarchy.TEST, anchors.find(pki.authRoot()).orElseThrow().hierarchy());
        assertTrue(anchors.testHierarchyEnabled());
    }

    @Test
    void simulatorRootsFromAnotherSeedAreNotPinned() {
        assertTrue(TrustAnchors.jlis().withSimulator().find(SimulatorPki.fromSeed(42).authRoot()).isEmpty());
    }

    @Test
    void rootAddedFromPemOrDerFileIsTrusted() throws Exception {
        X509Certificate root = TestPki.root(new X500Principal("CN=Added Root, C=JP"), TestPki.newKeyPair());
        Path der = Files.write(directory.resolve("root.der"), root.getEncoded());
        Path pem = Files.writeString(directory.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(root.getEncoded())
                + "\n-----END CERTIFICATE-----\n");

        for (Path file : new Path[] {der, pem}) {
            TrustedRoot added = TrustAnchors.jlis().withRootFile(file).find(root).orElseThrow();
            assertEquals(Hierarchy.PRODUCTION, added.hierarchy());
            assertEquals(root, added.certificate().orElseThrow());
        }
    }

    @Test
    void addingThePinnedRootsFileKeepsThePinAndAttachesTheCertificate() throws Exception {
        X509Certificate jlis = CertificateFiles.readCertificate(RealRoots.file("auth_ca_2023.pem"));

        TrustAnchors anchors = TrustAnchors.jlis().withRootFile(RealRoots.file("auth_ca_2023.pem"));

        TrustedRoot root = anchors.find(jlis).orElseThrow();

        assertEquals(3, root.generation().orElseThrow());
        assertEquals(jlis, root.certificate().orElseThrow());
        assertEquals(5, TrustAnchors.jlis().withRoot(jlis, Hierarchy.PRODUCTION).roots().size());
    }

    @Test
    void enablingTheSimulatorAfterAddingItsRootFileKeepsTheCertificate() {
        X509Certificate root = SimulatorPki.standard().authRoot();

        TrustAnchors anchors = TrustAnchors.jlis().withRoot(root, Hierarchy.TEST).withSimulator();

        assertEquals(root, anchors.find(root).orElseThrow().certificate().orElseThrow());
    }

    @Test
    void holderCertificateIsRefusedAsRootFile() throws Exception {
        IssuedCard card = DefaultCard.issue();
        Path file = Files.write(directory.resolve("holder.der"), card.authCertificate().getEncoded());

        CertificateFileException e = assertThrows(CertificateFileException.class,
                () -> TrustAnchors.jlis().withRootFile(file));
        assertTrue(e.getMessage().contains("not a self-signed CA certificate"), e.getMessage());
    }

    @Test
    void garbageAndMissingFilesGiveTypedErrors() throws Exception {
        Path garbage = Files.writeString(directory.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nnope\n");

        assertThrows(CertificateFileException.class, () -> CertificateFiles.readCertificate(garbage));
        assertThrows(CertificateFileException.class, () -> CertificateFiles.readCrl(garbage));
        assertThrows(CertificateFileException.class,
                () -> CertificateFiles.readCertificate(directory.resolve("missing.pem")));
    }

    @Test
    void oversizedCertificateFileIsRefusedUnparsed() throws Exception {
        Path big = Files.write(directory.resolve("big.der"), new byte[CertificateFiles.MAX_CERTIFICATE_BYTES + 1]);

        CertificateFileException e = assertThrows(CertificateFileException.class,
                () -> CertificateFiles.readCertificate(big));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void fingerprintParsesTheUsualNotations() {
        Fingerprint colons = Fingerprint.parse(
                "64:11:4F:29:62:0C:24:ED:26:31:D4:64:76:A0:40:E7:EE:74:0D:95:60:89:C0:0B:03:6A:6A:81:18:C3:22:B5");

        assertEquals("64114f29620c24ed2631d46476a040e7ee740d956089c00b036a6a8118c322b5", colons.hex());
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse("64114f"));
    }
}
