/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.fuzz;

import static dev.mynacard.core.cert.CertificatePurpose.AUTH;
import static dev.mynacard.core.cert.CertificatePurpose.SIGN;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cms.CmsFormatException;
import dev.mynacard.core.cms.CmsVerifier;
import dev.mynacard.core.cms.TestSignatures;
import dev.mynacard.core.trust.CertificateFileException;
import dev.mynacard.core.trust.CertificateFiles;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.Hierarchy;
import dev.mynacard.core.trust.SimulatedKeys;
import dev.mynacard.core.trust.TestPki;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.core.trust.ValidationRequest;
import dev.mynacard.sim.issue.IssuedCard;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.ReasonFlags;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;

/**
 * The file parsers the command line reaches — CMS signatures, certificate files, CRL files — fed
 * mutations of valid inputs: each ends in a verdict or the parser's typed exception, within 2 s.
 */
class FileParserFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
    private static final byte[] CONTENT = "申請書 / application".getBytes(StandardCharsets.UTF_8);
    private static final IssuedCard CARD = TestCards.defaultCard();
    private static final X509Certificate SIGN_CERTIFICATE = CARD.signCertificate().orElseThrow();
    private static final CmsVerifier VERIFIER = new CmsVerifier(
            new CertificateValidator(TrustAnchors.jlis().withSimulator(), NOW));
    private static final KeyPair CA_KEYS = TestPki.newKeyPair();
    private static final X509Certificate CA = TestPki.root(new X500Principal("CN=Fuzz CA, C=JP"), CA_KEYS);
    private static final X509Certificate HOLDER = TestPki.holder(CA, CA_KEYS.getPrivate(),
            TestPki.newKeyPair().getPublic(), AUTH, BigInteger.TEN);
    private static final CertificateValidator VALIDATOR = new CertificateValidator(
            TrustAnchors.jlis().withSimulator().withRoot(CA, Hierarchy.PRODUCTION), NOW);
    private static final Instant THIS_UPDATE = Instant.parse("2026-11-01T00:00:00Z");
    private static final byte[] ATTACHED = cms(true);
    private static final byte[] DETACHED = cms(false);
    private static final Instant NEXT_UPDATE = Instant.parse("2026-12-01T00:00:00Z");
    private static final byte[] CRL = encoded(TestPki.crl(CA.getSubjectX500Principal(), CA_KEYS.getPrivate(),
            THIS_UPDATE, NEXT_UPDATE, THIS_UPDATE, BigInteger.ONE, BigInteger.TWO));
    private static final byte[] SCOPE = der(new IssuingDistributionPoint(new DistributionPointName(new GeneralNames(
            new GeneralName(GeneralName.uniformResourceIdentifier, "ldap://crl.example/1"))), true, false,
            new ReasonFlags(ReasonFlags.keyCompromise), false, false));
    private static final byte[] REASON = der(CRLReason.lookup(CRLReason.keyCompromise));
    private static final Path FILES = temporaryDirectory();

    /** One change to an input: overwrite, truncate at, insert or delete at a position. */
    record Edit(int kind, int position, byte value) {
        byte[] apply(byte[] input) {
            if (input.length == 0) {
                return new byte[] {value};
            }
            int at = position % input.length;
            return switch (kind) {
                case 0 -> {
                    byte[] changed = input.clone();
                    changed[at] = value;
                    yield changed;
                }
                case 1 -> Arrays.copyOf(input, at);
                case 2 -> {
                    byte[] longer = new byte[input.length + 1];
                    System.arraycopy(input, 0, longer, 0, at);
                    longer[at] = value;
                    System.arraycopy(input, at, longer, at + 1, input.length - at);
                    yield longer;
                }
                default -> {
                    byte[] shorter = new byte[input.length - 1];
                    System.arraycopy(input, 0, shorter, 0, at);
                    System.arraycopy(input, at + 1, shorter, at, input.length - at - 1);
                    yield shorter;
                }
            };
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return edit().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Edit>> fewEdits() {
        return edit().list().ofMaxSize(2);
    }

    private static Arbitrary<Edit> edit() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.bytes()).as(Edit::new);
    }

    @Property(tries = 300)
    void cmsSignatureEndsInAVerdictOrCmsFormatException(@ForAll("edits") List<Edit> edits) {
        byte[] attached = mutate(ATTACHED, edits);
        byte[] detached = mutate(DETACHED, edits);
        withinBound(() -> {
            try {
                VERIFIER.verifyAttached(attached);
            } catch (CmsFormatException expected) {
                // typed
            }
            try {
                VERIFIER.verifyDetached(detached, CONTENT);
            } catch (CmsFormatException expected) {
                // typed
            }
        });
    }

    @Property(tries = 300)
    void certificateFileEndsInAVerdictOrCertificateFileException(@ForAll("edits") List<Edit> edits) throws IOException {
        byte[] der = mutate(encoded(SIGN_CERTIFICATE), edits);
        for (byte[] file : List.of(der, pem("CERTIFICATE", der))) {
            Path path = Files.write(FILES.resolve("certificate"), file);
            withinBound(() -> {
                try {
                    X509Certificate certificate = CertificateFiles.readCertificate(path);
                    VALIDATOR.validate(ValidationRequest.of(certificate, SIGN).withRoot(CARD.signRoot()));
                    VALIDATOR.validateRoot(certificate);
                } catch (CertificateFileException expected) {
                    // typed
                }
            });
        }
    }

    @Property(tries = 300)
    void crlFileEndsInAVerdictOrCertificateFileException(@ForAll("edits") List<Edit> edits) throws IOException {
        checkCrl(mutate(CRL, edits));
    }

    /**
     * A CRL the CA really signed, with a mutated issuingDistributionPoint and an entry extension of
     * any OID: the scope checks behind a genuine signature. Counts how many the JDK accepts.
     */
    @Property(tries = 200)
    void signedCrlWithMutatedExtensionsEndsInAVerdict(@ForAll("fewEdits") List<Edit> scopeEdits,
                                                       @ForAll @IntRange(max = 40) int entryExtensionArc,
                                                       @ForAll boolean critical) throws IOException {
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(CA.getSubjectX500Principal(), Date.from(THIS_UPDATE))
                .setNextUpdate(Date.from(NEXT_UPDATE));
        builder.addExtension(Extension.issuingDistributionPoint, critical, mutate(SCOPE, scopeEdits));
        builder.addCRLEntry(BigInteger.TWO, Date.from(THIS_UPDATE), new Extensions(new Extension(
                Extension.reasonCode.branch(Integer.toString(entryExtensionArc)), critical, REASON)));
        Optional<byte[]> crl = signed(builder);
        Statistics.label("accepted by the JDK").collect(crl.isPresent());
        if (crl.isPresent()) {
            checkCrl(crl.get());
        }
    }

    private static void checkCrl(byte[] bytes) throws IOException {
        Path path = Files.write(FILES.resolve("crl"), bytes);
        withinBound(() -> {
            try {
                X509CRL crl = CertificateFiles.readCrl(path);
                VALIDATOR.validate(ValidationRequest.of(HOLDER, AUTH).withCrl(crl));
            } catch (CertificateFileException expected) {
                // typed
            }
        });
    }

    private interface Run {
        void run() throws Exception;
    }

    private static void withinBound(Run run) {
        assertTimeoutPreemptively(BOUND, run::run);
    }

    private static byte[] mutate(byte[] valid, List<Edit> edits) {
        byte[] bytes = valid;
        for (Edit edit : edits) {
            bytes = edit.apply(bytes);
        }
        return bytes;
    }

    /** The CRL signed, or empty when the JDK refuses to read what BouncyCastle built. */
    private static Optional<byte[]> signed(X509v2CRLBuilder builder) {
        try {
            return Optional.of(encoded(TestPki.crl(builder, CA_KEYS.getPrivate())));
        } catch (IllegalStateException refused) {
            return Optional.empty();
        }
    }

    private static byte[] der(ASN1Object value) {
        try {
            return value.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(String type, byte[] der) {
        return ("-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] cms(boolean attached) {
        try {
            return TestSignatures.sign(CONTENT, attached, SimulatedKeys.sign(CARD), SIGN_CERTIFICATE,
                    List.of(SIGN_CERTIFICATE, CARD.signRoot()), Optional.of(Instant.parse("2026-11-20T10:00:00Z")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(Object certificateOrCrl) {
        try {
            return certificateOrCrl instanceof X509CRL crl ? crl.getEncoded()
                    : ((X509Certificate) certificateOrCrl).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("mynacard-fuzz");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        for (String name : List.of("certificate", "crl")) {
            Files.deleteIfExists(FILES.resolve(name));
        }
        Files.deleteIfExists(FILES);
    }
}
