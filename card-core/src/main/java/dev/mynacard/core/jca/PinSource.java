/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import java.io.IOException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Gives a fresh {@link Pin} each time a card key needs one, from a KeyStore protection parameter;
 * the caller closes it right after use, so no copy outlives the operation.
 *
 * <ul>
 * <li>{@link KeyStore.PasswordProtection}: its password is copied at each use. It stays the
 *     caller's: {@code destroy()} it when the keys are no longer needed.</li>
 * <li>{@link KeyStore.CallbackHandlerProtection}: a {@link PasswordCallback} at each use (the
 *     holder is asked for each signature); the callback's copy is cleared at once.</li>
 * </ul>
 */
final class PinSource {
    private final PinKind kind;
    private final KeyStore.ProtectionParameter protection;

    private PinSource(PinKind kind, KeyStore.ProtectionParameter protection) {
        this.kind = kind;
        this.protection = protection;
    }

    /** @throws IllegalArgumentException for a protection parameter of another type */
    static PinSource of(PinKind kind, KeyStore.ProtectionParameter protection) {
        Objects.requireNonNull(protection, "protection");
        requireSupported(protection);
        return new PinSource(Objects.requireNonNull(kind, "kind"), protection);
    }

    static void requireSupported(KeyStore.ProtectionParameter protection) {
        if (!(protection instanceof KeyStore.PasswordProtection)
                && !(protection instanceof KeyStore.CallbackHandlerProtection)) {
            throw new IllegalArgumentException("a card PIN comes from a PasswordProtection or a"
                    + " CallbackHandlerProtection, not a " + protection.getClass().getSimpleName());
        }
    }

    /** The prompt of the password callback, e.g. "My Number Card auth PIN". */
    String prompt() {
        return "My Number Card " + kind.label();
    }

    /** A new PIN the caller closes. */
    Pin obtain() throws IOException {
        if (protection instanceof KeyStore.PasswordProtection password) {
            return fromPassword(password);
        }
        return fromCallback(((KeyStore.CallbackHandlerProtection) protection).getCallbackHandler());
    }

    private Pin fromPassword(KeyStore.PasswordProtection password) throws PinUnavailableException {
        char[] value;
        try {
            value = password.getPassword();
        } catch (IllegalStateException destroyed) {
            throw new PinUnavailableException("the " + kind.label() + "'s PasswordProtection was destroyed");
        }
        if (value == null) {
            throw new PinUnavailableException("the " + kind.label() + "'s PasswordProtection holds no password");
        }
        return Pin.of(value);
    }

    private Pin fromCallback(CallbackHandler handler) throws IOException {
        PasswordCallback callback = new PasswordCallback(prompt(), false);
        try {
            handler.handle(new Callback[] {callback});
            char[] typed = callback.getPassword();
            if (typed == null) {
                throw new PinUnavailableException("no " + kind.label() + " was entered");
            }
            try {
                return Pin.of(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        } catch (UnsupportedCallbackException e) {
            throw new PinUnavailableException("the callback handler cannot ask for the " + kind.label(), e);
        } finally {
            callback.clearPassword();
        }
    }
}
