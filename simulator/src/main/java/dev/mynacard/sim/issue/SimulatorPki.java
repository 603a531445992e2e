/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The simulator's own two roots, shaped like the J-LIS JPKI roots (RSA-2048, sha256WithRSA,
 * keyCertSign + cRLSign, CA:TRUE) but named {@code O=JPKI-SIMULATOR} with an OU that says they are
 * not for production, so no verifier that pins the J-LIS roots can mistake them.
 *
 * <p>Everything, keys included, follows from the seed; a PKI is built once per seed and JVM.
 * Validity: 2010-01-01 to 2049-12-31 UTC, so that cards issued at any plausible date chain to it.
 */
public final class SimulatorPki {
    /** The seed of the PKI that {@link Issuer#standard()} issues from. */
    public static final long STANDARD_SEED = 0x4A504B4953494DL;
    public static final String ORGANIZATION = "JPKI-SIMULATOR";
    public static final String NOT_FOR_PRODUCTION = "mynacard simulator — not for production";
    /** The simulator's CVC CA key numbers; real J-LIS keys begin with 5 (production) or 6 (test). */
    public static final String VISUAL_CA_KEY = "9000023";
    public static final String TEXT_CA_KEY = "9000033";
    static final Instant ROOT_NOT_BEFORE = Instant.parse("2010-01-01T00:00:00Z");
    static final Instant ROOT_NOT_AFTER = Instant.parse("2049-12-31T23:59:59Z");

    private static final Map<Long, SimulatorPki> BY_SEED = new ConcurrentHashMap<>();

    private final long seed;
    private final CertificateAuthority auth;
    private final CertificateAuthority sign;
    private final CvcAuthority visualCa;
    private final CvcAuthority textCa;
    private final Map<String, CvcAuthority> municipalityKeys = new ConcurrentHashMap<>();

    private SimulatorPki(long seed) {
        this.seed = seed;
        auth = CertificateAuthority.root(rootName("JPKI-SIMULATOR for user authentication"),
                RsaKeys.generate(SeededRandom.forPurpose(seed, "auth-root-key")),
                BigInteger.ONE, ROOT_NOT_BEFORE, ROOT_NOT_AFTER);
        sign = CertificateAuthority.root(rootName("JPKI-SIMULATOR for digital signature"),
                RsaKeys.generate(SeededRandom.forPurpose(seed, "sign-root-key")),
                BigInteger.ONE, ROOT_NOT_BEFORE, ROOT_NOT_AFTER);
        visualCa = CvcAuthority.of(VISUAL_CA_KEY, RsaKeys.generate(SeededRandom.forPurpose(seed, "visual-cvc-ca-key")));
        textCa = CvcAuthority.of(TEXT_CA_KEY, RsaKeys.generate(SeededRandom.forPurpose(seed, "text-cvc-ca-key")));
    }

    public static SimulatorPki standard() {
        return fromSeed(STANDARD_SEED);
    }

    public static SimulatorPki fromSeed(long seed) {
        return BY_SEED.computeIfAbsent(seed, SimulatorPki::new);
    }

    /** The root of user-authentication certificates (card EF 000B). */
    public X509Certificate authRoot() {
        return auth.certificate();
    }

    /** The root of signing certificates (card EF 0002). */
    public X509Certificate signRoot() {
        return sign.certificate();
    }

    /** The CA key that certifies the visual AP's card-verifiable certificates (証明者鍵ID {@value #VISUAL_CA_KEY}). */
    public RSAPublicKey visualCvcCaKey() {
        return (RSAPublicKey) visualCa.keys().getPublic();
    }

    /** The CA key that certifies the text AP's card-verifiable certificates (証明者鍵ID {@value #TEXT_CA_KEY}). */
    public RSAPublicKey textCvcCaKey() {
        return (RSAPublicKey) textCa.keys().getPublic();
    }

    CvcAuthority visualCa() {
        return visualCa;
    }

    CvcAuthority textCa() {
        return textCa;
    }

    /**
     * The municipality's key that signs one application's data on the cards it issues, certified by
     * that application's CA: identifier {@code 7} + municipality code + {@code 3} (visual AP) or
     * {@code 4} (text AP). One per municipality, as on real cards; made once per PKI.
     */
    CvcAuthority municipalityKey(String municipalityCode, boolean visual) {
        String number = "7" + municipalityCode + (visual ? "3" : "4");
        return municipalityKeys.computeIfAbsent(number, n -> CvcAuthority.of(n,
                RsaKeys.generate(SeededRandom.forPurpose(seed, "municipality-cvc-key/" + n))));
    }

    CertificateAuthority authAuthority() {
        return auth;
    }

    CertificateAuthority signAuthority() {
        return sign;
    }

    private static X500Name rootName(String purpose) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "JP")
                .addRDN(BCStyle.O, ORGANIZATION)
                .addRDN(BCStyle.OU, purpose)
                .addRDN(BCStyle.OU, NOT_FOR_PRODUCTION)
                .build();
    }
}
