/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import static dev.mynacard.core.jca.CardKeyStores.PROVIDER;
import static dev.mynacard.core.jca.CardKeyStores.key;
import static dev.mynacard.core.jca.CardKeyStores.load;
import static dev.mynacard.core.jca.CardKeyStores.password;
import static dev.mynacard.core.jca.CardKeyStores.withRegisteredProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.pin.LastTryRefusedException;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.PinTries;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javax.security.auth.callback.PasswordCallback;
import org.junit.jupiter.api.Test;

class CardSignatureTest {
    private static final IssuedCard CARD = TestCards.defaultCard();
    private static final byte[] DATA = "カードで署名".getBytes(StandardCharsets.UTF_8);
    private static final int COMPUTE_DIGITAL_SIGNATURE = 0x2A;
    private static final int VERIFY = 0x20;

    private final CountingTransport wire = TestCards.freshDefault();

    private static byte[] sign(String algorithm, PrivateKey key, byte[] data) throws Exception {
        Signature signer = Signature.getInstance(algorithm, PROVIDER);
        signer.initSign(key);
        signer.update(data);
        return signer.sign();
    }

    private static boolean jdkVerifies(String algorithm, X509Certificate certificate, byte[] signature)
            throws Exception {
        Signature verifier = Signature.getInstance(algorithm, "SunRsaSign");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(DATA);
        return verifier.verify(signature);
    }

    @Test
    void bothKeysSignWithEveryHashAndTheJdkVerifies() throws Exception {
        KeyStore store = load(CardKeyStoreParameter.of(wire, password("1234")).withSignPassword(password("ABC123")));
        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            String name = algorithm.rsaSignatureName();
            assertTrue(jdkVerifies(name, CARD.authCertificate(), sign(name, key(store, "auth"), DATA)), name);
            assertTrue(jdkVerifies(name, CARD.signCertificate().orElseThrow(), sign(name, key(store, "sign"), DATA)), name);
        }
        assertEquals(6, wire.count(COMPUTE_DIGITAL_SIGNATURE));
    }

    @Test
    void noneWithRsaSignsAGivenDigestInfo() throws Exception {
        CardPrivateKey key = key(load(CardKeyStoreParameter.of(wire, password("1234"))), "auth");
        byte[] digestInfo = DigestAlgorithm.SHA384.digestInfo(DigestAlgorithm.SHA384.digest(DATA));

        assertTrue(jdkVerifies("SHA384withRSA", CARD.authCertificate(), sign("NONEwithRSA", key, digestInfo)));
    }

    @Test
    void noneWithRsaRefusesWhatIsNotADigestInfoWithoutAskingTheCard() throws Exception {
        CardPrivateKey key = key(load(CardKeyStoreParameter.of(wire, password("1234"))), "auth");
        byte[] md5AndSha1 = new byte[36];
        byte[] sha256DigestInfo = DigestAlgorithm.SHA256.digestInfo(new byte[32]);
        byte[] truncated = java.util.Arrays.copyOf(sha256DigestInfo, sha256DigestInfo.length - 1);

        assertThrows(SignatureException.class, () -> sign("NONEwithRSA", key, md5AndSha1));
        assertThrows(SignatureException.class, () -> sign("NONEwithRSA", key, truncated));
        assertThrows(SignatureException.class, () -> sign("NONEwithRSA", key, new byte[200]));
        assertEquals(0, wire.count(COMPUTE_DIGITAL_SIGNATURE));
        assertEquals(0, wire.countWithData(VERIFY));
    }

    @Test
    void otherKeysAndVerificationAreRefused() throws Exception {
        PrivateKey software = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        Signature signature = Signature.getInstance("SHA256withRSA", PROVIDER);

        assertThrows(InvalidKeyException.class, () -> signature.initSign(software));
        assertThrows(InvalidKeyException.class, () -> signature.initVerify(CARD.authCertificate().getPublicKey()));
        assertThrows(SignatureException.class, () -> signature.update(DATA), "not initialized");
    }

    @Test
    void delayedProviderSelectionGivesTheCardKeysToThisProviderAndNothingElse() throws Exception {
        CardPrivateKey cardKey = key(load(CardKeyStoreParameter.of(wire, password("1234"))), "auth");
        PrivateKey software = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        PublicKey cardPublic = CARD.authCertificate().getPublicKey();

        for (int position : new int[] {1, -1}) {
            withRegisteredProvider(position, () -> {
                for (String algorithm : List.of("SHA256withRSA", "SHA512withRSA", "NONEwithRSA")) {
                    Signature forCard = Signature.getInstance(algorithm);
                    forCard.initSign(cardKey);
                    assertEquals(MynaProvider.NAME, forCard.getProvider().getName(), algorithm + " at " + position);

                    Signature forSoftware = Signature.getInstance(algorithm);
                    forSoftware.initSign(software);
                    assertNotEquals(MynaProvider.NAME, forSoftware.getProvider().getName(), algorithm);

                    Signature verifier = Signature.getInstance(algorithm);
                    verifier.initVerify(cardPublic);
                    assertNotEquals(MynaProvider.NAME, verifier.getProvider().getName(), algorithm);
                }
                Signature bySelection = Signature.getInstance("SHA256withRSA");
                bySelection.initSign(cardKey);
                bySelection.update(DATA);
                assertTrue(jdkVerifies("SHA256withRSA", CARD.authCertificate(), bySelection.sign()));
            });
        }
    }

    @Test
    void theCallbackIsAskedAtEachSignatureAndItsCopyCleared() throws Exception {
        List<PasswordCallback> asked = new ArrayList<>();
        KeyStore.CallbackHandlerProtection handler = new KeyStore.CallbackHandlerProtection(callbacks -> {
            PasswordCallback callback = (PasswordCallback) callbacks[0];
            asked.add(callback);
            callback.setPassword("1234".toCharArray());
        });
        CardPrivateKey key = key(load(CardKeyStoreParameter.of(wire, handler)), "auth");
        assertTrue(asked.isEmpty(), "the auth PIN is not asked at load");

        sign("SHA256withRSA", key, DATA);
        sign("SHA256withRSA", key, DATA);

        assertEquals(2, asked.size());
        for (PasswordCallback callback : asked) {
            assertEquals("My Number Card auth PIN", callback.getPrompt());
            char[] left = callback.getPassword();
            assertTrue(left == null || new String(left).isBlank(), "cleared after use");
        }
    }

    @Test
    void aWrongPinFailsTheSignatureWithoutShowingThePin() throws Exception {
        CardPrivateKey key = key(load(CardKeyStoreParameter.of(wire, password("9876"))), "auth");

        SignatureException e = assertThrows(SignatureException.class, () -> sign("SHA256withRSA", key, DATA));

        WrongPinException cause = assertInstanceOf(WrongPinException.class, e.getCause());
        assertEquals(OptionalInt.of(2), cause.triesLeft());
        assertFalse(e.getMessage().contains("9876"), e.getMessage());
        assertEquals(0, wire.count(COMPUTE_DIGITAL_SIGNATURE));
    }

    @Test
    void aDestroyedPasswordProtectionGivesNoPin() throws Exception {
        KeyStore.PasswordProtection protection = password("1234");
        CardPrivateKey key = key(load(CardKeyStoreParameter.of(wire, protection)), "auth");
        protection.destroy();

        SignatureException e = assertThrows(SignatureException.class, () -> sign("SHA256withRSA", key, DATA));

        assertInstanceOf(PinUnavailableException.class, e.getCause());
        assertEquals(0, wire.countWithData(VERIFY));
    }

    @Test
    void theLastTryPolicyComesFromTheLoadParameter() throws Exception {
        IssuedCard oneTryLeft = TestCards.variant(profile -> profile.pinTries(PinTries.FULL.withAuth(1)));
        CountingTransport card = TestCards.counting(TestCards.load(oneTryLeft).transport());
        CardPrivateKey refusing = key(load(CardKeyStoreParameter.of(card, password("1234"))), "auth");

        SignatureException e = assertThrows(SignatureException.class, () -> sign("SHA256withRSA", refusing, DATA));
        assertInstanceOf(LastTryRefusedException.class, e.getCause());
        assertEquals(0, card.countWithData(VERIFY));

        CardPrivateKey allowing = key(load(CardKeyStoreParameter.of(card, password("1234"))
                .withLastTry(dev.mynacard.core.pin.LastTry.ALLOW)), "auth");
        assertTrue(jdkVerifies("SHA256withRSA", oneTryLeft.authCertificate(), sign("SHA256withRSA", allowing, DATA)));
    }
}
