/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.core.pin.LastTry;
import java.security.KeyStore;
import java.util.Objects;
import java.util.Optional;

/**
 * How to load a {@code MynaCard} KeyStore: the card's transport and where the PINs come from, each
 * a {@link KeyStore.PasswordProtection} or a {@link KeyStore.CallbackHandlerProtection}.
 *
 * <pre>{@code
 * KeyStore store = KeyStore.getInstance("MynaCard", new MynaProvider());
 * store.load(CardKeyStoreParameter.of(transport, new KeyStore.CallbackHandlerProtection(handler)));
 * }</pre>
 *
 * @param transport    the card; it stays the caller's, to close once the keys are no longer used
 * @param authPin      the auth PIN, asked for at each signature with the auth key
 * @param signPassword the sign password: without it the KeyStore has no "sign" alias; with it,
 *                     it is asked for at load (to read the signing certificate) and at each signature
 * @param lastTry      whether a PIN with one try left may be sent
 */
public record CardKeyStoreParameter(CardTransport transport, KeyStore.ProtectionParameter authPin,
                                    Optional<KeyStore.ProtectionParameter> signPassword, LastTry lastTry)
        implements KeyStore.LoadStoreParameter {
    /** @throws IllegalArgumentException for a protection parameter of another type */
    public CardKeyStoreParameter {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(authPin, "authPin");
        Objects.requireNonNull(signPassword, "signPassword");
        Objects.requireNonNull(lastTry, "lastTry");
        PinSource.requireSupported(authPin);
        signPassword.ifPresent(PinSource::requireSupported);
    }

    /** The auth key only; the last try refused. */
    public static CardKeyStoreParameter of(CardTransport transport, KeyStore.ProtectionParameter authPin) {
        return new CardKeyStoreParameter(transport, authPin, Optional.empty(), LastTry.REFUSE);
    }

    /** Also the sign key, opened by this password. */
    public CardKeyStoreParameter withSignPassword(KeyStore.ProtectionParameter password) {
        return new CardKeyStoreParameter(transport, authPin, Optional.of(password), lastTry);
    }

    public CardKeyStoreParameter withLastTry(LastTry policy) {
        return new CardKeyStoreParameter(transport, authPin, signPassword, policy);
    }

    /** The auth PIN's protection. */
    @Override
    public KeyStore.ProtectionParameter getProtectionParameter() {
        return authPin;
    }
}
