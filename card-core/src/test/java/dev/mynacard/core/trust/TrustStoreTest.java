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

import dev.mynacard.core.cert.CertificatePurpose;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustStoreTest {
    static final X500Principal AUTH_ROOT_NAME = new X500Principal("OU=Japan Agency for Local Authority Information "
            + "Systems, OU=JPKI for user authentication, O=JPKI, C=JP");
    private static final Instant GENERATION_2_FROM = Instant.parse("2019-09-14T00:00:00Z");
    private static final Instant GENERATION_2_TO = Instant.parse("2029-09-14T00:00:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
    private static final KeyPair ROOT_KEYS = TestPki.newKeyPair();
    /** Stands in for the generation-2 user-authentication root, whose file is not at hand. */
    private static final X509Certificate GENERATION_2 = TestPki.root(AUTH_ROOT_NAME, ROOT_KEYS, GENERATION_2_FROM,
            GENERATION_2_TO);

    @TempDir
    Path home;

    private TrustStore store() {
        return new TrustStore(home.resolve("trust-roots"));
    }

    @Test
    void realRootsHaveJpkiNamesAndArePinnedAlready() throws Exception {
        Map<String, CertificatePurpose> purposes = Map.of("auth_ca_2015.pem", AUTH, "auth_ca_2023.pem", AUTH,
                "sign_ca_2015.pem", SIGN, "sign_ca_2023.pem", SIGN);
        for (Map.Entry<String, CertificatePurpose> real : purposes.entrySet()) {
            X509Certificate root = CertificateFiles.readCertificate(RealRoots.file(real.getKey()));

            assertEquals(real.getValue(), JpkiRootName.purpose(root).orElseThrow(), real.getKey());
            assertEquals(real.getKey().contains("2015") ? 1 : 3, JpkiRootName.generation(root).orElseThrow());
            TrustStoreException e = assertThrows(TrustStoreException.class, () -> store().add(root));
            assertEquals(TrustStoreException.Reason.ALREADY_PINNED, e.reason());
        }
        assertFalse(Files.exists(store().directory()), "nothing written");
    }

    @Test
    void realRootsPinnedValidityIsTheCertificatesValidity() throws Exception {
        for (String file : List.of("auth_ca_2015.pem", "auth_ca_2023.pem", "sign_ca_2015.pem", "sign_ca_2023.pem")) {
            X509Certificate root = CertificateFiles.readCertificate(RealRoots.file(file));

            assertEquals(RootValidity.of(root), TrustAnchors.jlis().find(root).orElseThrow().validity().orElseThrow(),
                    file);
        }
    }

    @Test
    void addedRootIsStoredOwnerOnlyAndReadBackWithItsGeneration() throws Exception {
        TrustedRoot added = store().add(GENERATION_2);

        Path file = store().directory().resolve(Fingerprint.of(GENERATION_2).hex() + ".pem");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store().directory())));
        try (Stream<Path> files = Files.list(store().directory())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        TrustStore.Contents contents = store().load();
        assertEquals(List.of(added), contents.roots());
        assertTrue(contents.skipped().isEmpty());
        assertEquals(AUTH, added.purpose().orElseThrow());
        assertEquals(2, added.generation().orElseThrow());
        assertEquals(new RootValidity(LocalDate.of(2019, 9, 14), LocalDate.of(2029, 9, 14)), added.validity().orElseThrow());
        assertEquals("J-LIS user authentication root, generation 2 (2019–2029)", added.label());
        assertFalse(added.isPinned());
    }

    @Test
    void addingTwiceKeepsOneFileAndRemoveForgetsIt() throws Exception {
        store().add(GENERATION_2);
        store().add(GENERATION_2);

        assertEquals(1, store().load().roots().size());
        assertTrue(store().remove(Fingerprint.of(GENERATION_2)));
        assertFalse(store().remove(Fingerprint.of(GENERATION_2)));
        assertTrue(store().load().roots().isEmpty());
    }

    @Test
    void storedRootValidatesItsCardsCertificatesForItsPurposeOnly() throws Exception {
        X509Certificate holder = TestPki.holder(GENERATION_2, ROOT_KEYS.getPrivate(), TestPki.newKeyPair().getPublic(),
                AUTH, BigInteger.TWO, GENERATION_2_FROM, Instant.parse("2027-01-01T00:00:00Z"));
        ValidationRequest request = ValidationRequest.of(holder, AUTH).withRoot(GENERATION_2);
        store().add(GENERATION_2);

        ValidationReport without = new CertificateValidator(TrustAnchors.jlis(), NOW).validate(request);
        ValidationReport with = new CertificateValidator(TrustAnchors.jlis().withStore(store()), NOW).validate(request);
        ValidationReport asSigning = new CertificateValidator(TrustAnchors.jlis().withStore(store()), NOW)
                .validate(ValidationRequest.of(holder, SIGN).withRoot(GENERATION_2));

        assertTrue(without.failed(CertificateCheck.ROOT_TRUSTED), without::toString);
        assertTrue(with.isValid(), with::toString);
        assertTrue(asSigning.failed(CertificateCheck.ROOT_TRUSTED), "an authentication root does not issue signing certificates");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "OU=JPKI for user authentication, O=JPKI, C=JP",
        "OU=Japan Agency for Local Authority Information Systems, OU=JPKI for user authentication, O=JPKI-TEST, C=JP",
        "OU=Japan Agency for Local Authority Information Systems, OU=JPKI for mischief, O=JPKI, C=JP",
        "CN=extra, OU=Japan Agency for Local Authority Information Systems, OU=JPKI for user authentication, O=JPKI, C=JP",
        "OU=Japan Agency for Local Authority Information Systems, OU=JPKI for user authentication, O=JPKI, C=US",
        "CN=mynacard simulator user authentication root"})
    void selfSignedCaWithAnotherNameIsRefused(String name) {
        X509Certificate root = TestPki.root(new X500Principal(name), TestPki.newKeyPair());

        TrustStoreException e = assertThrows(TrustStoreException.class, () -> store().add(root));

        assertEquals(TrustStoreException.Reason.NOT_A_JPKI_NAME, e.reason());
        assertFalse(Files.exists(store().directory()));
    }

    @Test
    void holderCertificateOrRootLookAlikeNotSignedByItselfIsRefused() {
        KeyPair other = TestPki.newKeyPair();
        X509Certificate holder = TestPki.holder(GENERATION_2, ROOT_KEYS.getPrivate(), other.getPublic(), AUTH,
                BigInteger.TEN);
        X509Certificate forged = HostilePki.certificate(AUTH_ROOT_NAME, AUTH_ROOT_NAME, other.getPublic(),
                BigInteger.ONE, 256);

        for (X509Certificate notARoot : List.of(holder, forged)) {
            TrustStoreException e = assertThrows(TrustStoreException.class, () -> store().add(notARoot));
            assertEquals(TrustStoreException.Reason.NOT_SELF_SIGNED_CA, e.reason());
        }
    }

    @Test
    void hostileFilesInTheStoreAreSkippedWithTheirReasonAndTheGoodRootStillLoads() throws Exception {
        store().add(GENERATION_2);
        Path directory = store().directory();
        X509Certificate other = TestPki.root(AUTH_ROOT_NAME, TestPki.newKeyPair());
        String fake = "ab".repeat(32) + ".pem";
        Files.writeString(directory.resolve(fake), "-----BEGIN CERTIFICATE-----\nnot base64 at all\n");
        Files.write(directory.resolve("cd".repeat(32) + ".pem"), other.getEncoded());
        Files.write(directory.resolve("ef".repeat(32) + ".pem"), new byte[CertificateFiles.MAX_CERTIFICATE_BYTES + 1]);
        Files.createDirectory(directory.resolve("12".repeat(32) + ".pem"));
        Files.createSymbolicLink(directory.resolve("34".repeat(32) + ".pem"), directory.resolve(fake));
        Files.writeString(directory.resolve("notes.txt"), "mine");
        X509Certificate holder = TestPki.holder(GENERATION_2, ROOT_KEYS.getPrivate(), TestPki.newKeyPair().getPublic(),
                AUTH, BigInteger.TWO);
        Files.write(directory.resolve(Fingerprint.of(holder).hex() + ".pem"), holder.getEncoded());

        TrustStore.Contents contents = store().load();

        assertEquals(List.of(Fingerprint.of(GENERATION_2)), contents.roots().stream().map(TrustedRoot::fingerprint).toList());
        assertEquals(7, contents.skipped().size(), contents::toString);
        assertTrue(contents.skipped().stream().allMatch(s -> s.message().startsWith(s.file().toString())),
                contents::toString);
        assertTrue(contents.toString().contains("not the one it is named for"), contents::toString);
        assertTrue(contents.toString().contains("not a self-signed CA"), contents::toString);
        assertEquals(6, TrustAnchors.jlis().withStore(store()).roots().size(), "the five pins and the stored root");
    }

    @Test
    void storeFullOfFilesIsReadOnlyUpToItsBound() throws Exception {
        Path directory = Files.createDirectories(store().directory());
        for (int i = 0; i < TrustStore.MAX_FILES + 10; i++) {
            Files.writeString(directory.resolve(String.format("%064x", i) + ".pem"), "x");
        }

        TrustStore.Contents contents = store().load();

        assertEquals(TrustStore.MAX_FILES + 10, contents.skipped().size());
        assertEquals(10, contents.skipped().stream().filter(s -> s.message().contains("not read")).count());
    }

    @Test
    void absentStoreIsEmptyAndAnUnwritableOneIsATypedError() throws Exception {
        assertTrue(store().load().roots().isEmpty());
        Files.writeString(store().directory(), "a file where the directory should be");

        TrustStoreException e = assertThrows(TrustStoreException.class, () -> store().add(GENERATION_2));

        assertEquals(TrustStoreException.Reason.NOT_WRITABLE, e.reason());
        assertTrue(store().load().roots().isEmpty());
    }
}
