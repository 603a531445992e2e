/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import java.security.KeyStore;
import java.security.Security;

/** A provider instance and shorthands for the jca tests. */
final class CardKeyStores {
    static final MynaProvider PROVIDER = new MynaProvider();

    private CardKeyStores() {
    }

    static KeyStore.PasswordProtection password(String value) {
        return new KeyStore.PasswordProtection(value.toCharArray());
    }

    static KeyStore load(CardKeyStoreParameter parameter) throws Exception {
        KeyStore store = KeyStore.getInstance(MynaProvider.KEY_STORE_TYPE, PROVIDER);
        store.load(parameter);
        return store;
    }

    static CardPrivateKey key(KeyStore store, String alias) throws Exception {
        return (CardPrivateKey) store.getKey(alias, null);
    }

    /** Runs {@code body} with a MynaCard provider registered at {@code position} (1 = first, -1 = last). */
    static void withRegisteredProvider(int position, ThrowingRunnable body) throws Exception {
        MynaProvider registered = new MynaProvider();
        if (position < 0) {
            Security.addProvider(registered);
        } else {
            Security.insertProviderAt(registered, position);
        }
        try {
            body.run();
        } finally {
            Security.removeProvider(MynaProvider.NAME);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
