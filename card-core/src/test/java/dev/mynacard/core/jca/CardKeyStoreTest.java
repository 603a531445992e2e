/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import static dev.mynacard.core.jca.CardKeyStores.key;
import static dev.mynacard.core.jca.CardKeyStores.load;
import static dev.mynacard.core.jca.CardKeyStores.password;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.sign.SigningKey;
import dev.mynacard.sim.issue.IssuedCard;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.callback.PasswordCallback;
import org.junit.jupiter.api.Test;

class CardKeyStoreTest {
    private static final IssuedCard CARD = TestCards.defaultCard();
    private static final int VERIFY = 0x20;

    private final CountingTransport wire = TestCards.freshDefault();

    @Test
    void theAuthKeyWithItsChainAndNoPinSpentAtLoad() throws Exception {
        KeyStore store = load(CardKeyStoreParameter.of(wire, password("1234")));

        assertEquals(List.of("auth"), Collections.list(store.aliases()));
        assertArrayEquals(new Certificate[] {CARD.authCertificate(), CARD.authRoot()}, store.getCertificateChain("auth"));
        assertEquals(CARD.authCertificate(), store.getCertificate("auth"));
        assertEquals("auth", store.getCertificateAlias(CARD.authCertificate()));
        assertTrue(store.isKeyEntry("auth"));
        assertFalse(store.isCertificateEntry("auth"));
        assertEquals(0, wire.countWithData(VERIFY), "no PIN is sent to load the auth key");

        CardPrivateKey key = key(store, "auth");
        assertEquals(SigningKey.AUTH, key.cardKey());
        assertEquals("RSA", key.getAlgorithm());
        assertNull(key.getFormat());
        assertNull(key.getEncoded());
        assertEquals(((RSAPublicKey) CARD.authCertificate().getPublicKey()).getModulus(), key.getModulus());
        KeyStore.PrivateKeyEntry entry = (KeyStore.PrivateKeyEntry) store.getEntry("auth", null);
        assertEquals(key, entry.getPrivateKey());
    }

    @Test
    void theSignAliasWhenASignPasswordIsGiven() throws Exception {
        KeyStore store = load(CardKeyStoreParameter.of(wire, password("1234")).withSignPassword(password("abc123")));

        assertEquals(List.of("auth", "sign"), Collections.list(store.aliases()));
        assertArrayEquals(new Certificate[] {CARD.signCertificate().orElseThrow(), CARD.signRoot()},
                store.getCertificateChain("sign"));
        assertEquals(SigningKey.SIGN, key(store, "sign").cardKey());
        assertEquals(1, wire.countWithData(VERIFY), "the password opened the signing certificate once");
    }

    @Test
    void aWrongSignPasswordFailsTheLoad() {
        KeyStore.PasswordProtection wrong = password("WRONG1");
        WrongPinException e = assertThrows(WrongPinException.class,
                () -> load(CardKeyStoreParameter.of(wire, password("1234")).withSignPassword(wrong)));
        assertEquals(OptionalInt.of(4), e.triesLeft());
        assertFalse(e.getMessage().contains("WRONG1"));
    }

    @Test
    void aCardWithoutSigningKeyHasNoSignAliasAndIsNotAskedForAPassword() throws Exception {
        IssuedCard child = TestCards.variant(profile -> profile.signCertificate(false));
        AtomicInteger asked = new AtomicInteger();
        KeyStore.CallbackHandlerProtection handler = new KeyStore.CallbackHandlerProtection(callbacks -> {
            asked.incrementAndGet();
            ((PasswordCallback) callbacks[0]).setPassword("ABC123".toCharArray());
        });

        KeyStore store = load(CardKeyStoreParameter.of(TestCards.load(child).transport(), password("1234"))
                .withSignPassword(handler));

        assertEquals(List.of("auth"), Collections.list(store.aliases()));
        assertEquals(0, asked.get());
    }

    @Test
    void theStoreIsReadOnlyAndLoadsOnlyFromACard() throws Exception {
        KeyStore store = load(CardKeyStoreParameter.of(wire, password("1234")));
        CardPrivateKey key = key(store, "auth");
        Certificate[] chain = store.getCertificateChain("auth");

        assertThrows(KeyStoreException.class, () -> store.setKeyEntry("other", key, null, chain));
        assertThrows(KeyStoreException.class, () -> store.setCertificateEntry("root", chain[1]));
        assertThrows(KeyStoreException.class, () -> store.deleteEntry("auth"));
        KeyStore unloaded = KeyStore.getInstance(MynaProvider.KEY_STORE_TYPE, CardKeyStores.PROVIDER);
        assertThrows(IllegalArgumentException.class, () -> unloaded.load(null, null));
        assertThrows(IllegalArgumentException.class, () -> unloaded.load(() -> password("1234")));
    }

    @Test
    void onlyPasswordOrCallbackProtectionCarriesAPin() {
        KeyStore.ProtectionParameter other = new KeyStore.ProtectionParameter() { };
        assertThrows(IllegalArgumentException.class, () -> CardKeyStoreParameter.of(wire, other));
        assertEquals(0, wire.count());
    }

    @Test
    void aCardKeyCannotBeSerialized() throws Exception {
        CardPrivateKey key = key(load(CardKeyStoreParameter.of(wire, password("1234"))), "auth");
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            assertThrows(NotSerializableException.class, () -> out.writeObject(key));
        }
        assertEquals("CardPrivateKey[AUTH, 2048-bit RSA on the card]", key.toString());
    }
}
