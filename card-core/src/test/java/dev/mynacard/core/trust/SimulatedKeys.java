/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.issue.IssuedCard;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/** The holder's private keys, taken from an issued card's image (tests only: a real card never gives them up). */
public final class SimulatedKeys {
    private static final byte[] JPKI_AID = HexFormat.of().parseHex("D392F000260100000001");
    private static final int AUTH_KEY = 0x0017;
    private static final int SIGN_KEY = 0x001A;

    private SimulatedKeys() {
    }

    public static PrivateKey auth(IssuedCard card) {
        return key(card, AUTH_KEY);
    }

    public static PrivateKey sign(IssuedCard card) {
        return key(card, SIGN_KEY);
    }

    private static PrivateKey key(IssuedCard card, int fid) {
        Application jpki = card.image().applications().stream()
                .filter(application -> Arrays.equals(application.aid(), JPKI_AID))
                .findFirst().orElseThrow();
        for (ElementaryFile file : jpki.files()) {
            if (file instanceof KeyFile key && key.fid() == fid) {
                return toPrivateKey(key.key());
            }
        }
        throw new IllegalArgumentException("no key EF " + Integer.toHexString(fid));
    }

    private static PrivateKey toPrivateKey(KeyFile.RsaCrtKey k) {
        BigInteger phi = k.p().subtract(BigInteger.ONE).multiply(k.q().subtract(BigInteger.ONE));
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(k.modulus(),
                    k.publicExponent(), k.publicExponent().modInverse(phi), k.p(), k.q(), k.dp(), k.dq(), k.qInv()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
