/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cvc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The CA keys a verifier trusts for card-verifiable certificates. The keys do not travel on the
 * card (a certificate only names its issuer's key), so they are listed in {@code ca-keys.properties}
 * next to this class: the J-LIS production keys (public; docs/protocol.md §14 says where they are
 * published) and the mynacard simulator's, which {@link #production()} knows but does not trust.
 */
public final class CvcKeys {
    private static final List<CvcKey> LISTED = load();

    private final boolean simulatorTrusted;

    private CvcKeys(boolean simulatorTrusted) {
        this.simulatorTrusted = simulatorTrusted;
    }

    /** The J-LIS production keys. */
    public static CvcKeys production() {
        return new CvcKeys(false);
    }

    /** These keys plus the simulator's. */
    public CvcKeys withSimulator() {
        return new CvcKeys(true);
    }

    public boolean simulatorTrusted() {
        return simulatorTrusted;
    }

    /** Every listed key, trusted or not. */
    public static List<CvcKey> listed() {
        return LISTED;
    }

    /** The trusted key with this identifier. */
    public Optional<CvcKey> trusted(KeyId id) {
        return known(id).filter(key -> simulatorTrusted || !key.simulator());
    }

    /** The listed key with this identifier, trusted or not. */
    public Optional<CvcKey> known(KeyId id) {
        return LISTED.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    private static List<CvcKey> load() {
        Properties listed = new Properties();
        try (InputStream in = CvcKeys.class.getResourceAsStream("ca-keys.properties")) {
            if (in == null) {
                throw new IllegalStateException("ca-keys.properties is missing from the library");
            }
            listed.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CvcKey> keys = new ArrayList<>();
        for (String name : listed.getProperty("keys").split(",")) {
            String prefix = name.trim() + ".";
            keys.add(new CvcKey(KeyId.ofHex(listed.getProperty(prefix + "id")),
                    rsa(listed.getProperty(prefix + "modulus"), listed.getProperty(prefix + "exponent")),
                    listed.getProperty(prefix + "description"),
                    Boolean.parseBoolean(listed.getProperty(prefix + "simulator"))));
        }
        return List.copyOf(keys);
    }

    private static RSAPublicKey rsa(String modulusHex, String exponentHex) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(new BigInteger(modulusHex, 16), new BigInteger(exponentHex, 16)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a listed CA key is not an RSA key", e);
        }
    }
}
