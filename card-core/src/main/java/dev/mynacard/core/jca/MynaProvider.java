/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import dev.mynacard.core.sign.DigestAlgorithm;
import java.security.InvalidParameterException;
import java.security.Provider;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * The My Number Card as a JCA provider, named {@value #NAME}:
 *
 * <ul>
 * <li>KeyStore {@value #KEY_STORE_TYPE} ({@link CardKeyStoreParameter}): aliases "auth" and "sign",
 *     private keys that stay on the card ({@link CardPrivateKey}).</li>
 * <li>Signature SHA256withRSA, SHA384withRSA, SHA512withRSA (also by OID) and NONEwithRSA (over a
 *     DigestInfo), made by the card, for card keys only. Each service declares
 *     {@code SupportedKeyClasses} = {@link CardPrivateKey}, so the JCA's delayed provider selection
 *     gives this provider the card's keys and every other key (and every verification) to the
 *     others, wherever it sits in the provider list.</li>
 * </ul>
 *
 * No RSASSA-PSS: the card pads with PKCS#1 v1.5 itself. Hence TLS client authentication works with
 * TLS 1.2 (the JDK falls back from rsa_pss_rsae_* to rsa_pkcs1_sha256) but not with TLS 1.3, which
 * requires PSS for CertificateVerify.
 */
public final class MynaProvider extends Provider {
    public static final String NAME = "MynaCard";
    public static final String KEY_STORE_TYPE = "MynaCard";
    private static final long serialVersionUID = 1L;

    public MynaProvider() {
        super(NAME, "0.1", "My Number Card (JPKI): KeyStore " + KEY_STORE_TYPE
                + "; SHA256/384/512withRSA and NONEwithRSA signatures on the card");
        putService(new CardService(this, "KeyStore", KEY_STORE_TYPE, CardKeyStore.class, List.of(), Map.of(),
                CardKeyStore::new));
        Map<String, String> cardKeysOnly = Map.of("SupportedKeyClasses", CardPrivateKey.class.getName());
        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            String oid = new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm.rsaSignatureName())
                    .getAlgorithm().getId();
            putService(new CardService(this, "Signature", algorithm.rsaSignatureName(), CardSignature.Hashing.class,
                    List.of(oid, "OID." + oid), cardKeysOnly, () -> new CardSignature.Hashing(algorithm)));
        }
        putService(new CardService(this, "Signature", "NONEwithRSA", CardSignature.Raw.class, List.of(),
                cardKeysOnly, CardSignature.Raw::new));
    }

    /** A service built by a factory rather than by reflection on a public constructor. */
    private static final class CardService extends Service {
        private final transient Supplier<Object> factory;

        CardService(Provider provider, String type, String algorithm, Class<?> implementation, List<String> aliases,
                    Map<String, String> attributes, Supplier<Object> factory) {
            super(provider, type, algorithm, implementation.getName(), aliases, attributes);
            this.factory = factory;
        }

        @Override
        public Object newInstance(Object constructorParameter) {
            if (constructorParameter != null) {
                throw new InvalidParameterException(getType() + " " + getAlgorithm() + " takes no constructor parameter");
            }
            return factory.get();
        }
    }
}
