/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SimulatorPkiTest {
    /** The J-LIS roots' fingerprints as published (shared/jpki-roots/README.md), generation 2 sign included. */
    private static final Set<String> PUBLISHED_JLIS_FINGERPRINTS = Set.of(
            "4dcfc4ca0aaf9fb2a3081b3f0c991c320b3acc008667a341eeaec5af1d58ca7d",
            "64114f29620c24ed2631d46476a040e7ee740d956089c00b036a6a8118c322b5",
            "19645405a1fe14377434bd55957628ac4038557c542403a2243f21c706fc9355",
            "79679c33e4cc9319440f1ad120a597ff1844e2ef217063adb176966fd5e6fbeb",
            "d227f6cde11d35c5252178f106f843d24651944975413b539fa2fb68dbfa365f");
    private static final Path JLIS_ROOTS = Path.of(System.getProperty("user.dir"), "..", "..", "shared", "jpki-roots");

    private final SimulatorPki pki = SimulatorPki.standard();

    @Test
    void rootsAreShapedLikeTheJlisRoots() throws Exception {
        for (X509Certificate root : List.of(pki.authRoot(), pki.signRoot())) {
            root.verify(root.getPublicKey());
            assertEquals("SHA256withRSA", root.getSigAlgName());
            assertEquals(2048, ((RSAPublicKey) root.getPublicKey()).getModulus().bitLength());
            assertEquals(Integer.MAX_VALUE, root.getBasicConstraints());
            assertArrayEquals(new boolean[] {false, false, false, false, false, true, true, false, false},
                    root.getKeyUsage());
            assertTrue(root.getCriticalExtensionOIDs().containsAll(Set.of("2.5.29.15", "2.5.29.19")));
        }
    }

    @Test
    void rootsSayTheyAreTheSimulator() {
        assertEquals("OU=mynacard simulator — not for production,OU=JPKI-SIMULATOR for user authentication,"
                + "O=JPKI-SIMULATOR,C=JP", pki.authRoot().getSubjectX500Principal().getName());
        assertEquals("OU=mynacard simulator — not for production,OU=JPKI-SIMULATOR for digital signature,"
                + "O=JPKI-SIMULATOR,C=JP", pki.signRoot().getSubjectX500Principal().getName());
    }

    @Test
    void rootsAreNeverAJlisRoot() throws Exception {
        List<String> ours = List.of(fingerprint(pki.authRoot()), fingerprint(pki.signRoot()));
        for (String fingerprint : ours) {
            assertFalse(PUBLISHED_JLIS_FINGERPRINTS.contains(fingerprint));
        }
        assumeTrue(Files.isDirectory(JLIS_ROOTS), "J-LIS root files not found at " + JLIS_ROOTS);
        List<X509Certificate> jlis = new ArrayList<>();
        try (Stream<Path> files = Files.list(JLIS_ROOTS)) {
            for (Path pem : files.filter(p -> p.toString().endsWith(".pem")).toList()) {
                try (InputStream in = Files.newInputStream(pem)) {
                    jlis.add((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
                }
            }
        }
        assertEquals(4, jlis.size());
        for (X509Certificate real : jlis) {
            assertTrue(PUBLISHED_JLIS_FINGERPRINTS.contains(fingerprint(real)), "file matches the published list");
            assertFalse(ours.contains(fingerprint(real)));
            assertNotEquals(real.getSubjectX500Principal(), pki.authRoot().getSubjectX500Principal());
            assertNotEquals(real.getSubjectX500Principal(), pki.signRoot().getSubjectX500Principal());
            assertNotEquals(real.getPublicKey(), pki.authRoot().getPublicKey());
            assertNotEquals(real.getPublicKey(), pki.signRoot().getPublicKey());
        }
    }

    @Test
    void aSeedAlwaysGivesTheSameRootsAndAnotherSeedOthers() throws Exception {
        assertSame(SimulatorPki.standard(), SimulatorPki.fromSeed(SimulatorPki.STANDARD_SEED));
        SimulatorPki other = SimulatorPki.fromSeed(12345);
        assertNotEquals(fingerprint(pki.authRoot()), fingerprint(other.authRoot()));
        assertNotEquals(pki.authRoot().getPublicKey(), pki.signRoot().getPublicKey());
        assertEquals(pki.authRoot().getSubjectX500Principal(), other.authRoot().getSubjectX500Principal());
    }

    @Test
    void keyGenerationIsReproducibleFromTheSeed() {
        RSAPublicKey first = (RSAPublicKey) RsaKeys.generate(SeededRandom.forPurpose(99, "test")).getPublic();
        RSAPublicKey again = (RSAPublicKey) RsaKeys.generate(SeededRandom.forPurpose(99, "test")).getPublic();
        RSAPublicKey otherPurpose = (RSAPublicKey) RsaKeys.generate(SeededRandom.forPurpose(99, "other")).getPublic();
        assertEquals(first.getModulus(), again.getModulus());
        assertNotEquals(first.getModulus(), otherPurpose.getModulus());
    }

    @Test
    void theStandardRootsNeverChange() throws Exception {
        // Pinned so that a change of BouncyCastle, the JDK's SHA1PRNG or the root layout, which would
        // silently give every simulated card a new root, fails here first.
        assertEquals(STANDARD_AUTH_ROOT_FINGERPRINT, fingerprint(pki.authRoot()));
    }

    private static final String STANDARD_AUTH_ROOT_FINGERPRINT = "6c76733322cd793aa96461a4ad48933f3d0514011a4f6ace4defb03911469b31";

    static String fingerprint(X509Certificate certificate) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }
}
