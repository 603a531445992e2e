/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import java.util.EnumSet;
import java.util.Set;

/** The X.509 key usage bits, in the order of the KeyUsage BIT STRING (RFC 5280 §4.2.1.3). */
public enum KeyUsage {
    DIGITAL_SIGNATURE,
    NON_REPUDIATION,
    KEY_ENCIPHERMENT,
    DATA_ENCIPHERMENT,
    KEY_AGREEMENT,
    KEY_CERT_SIGN,
    CRL_SIGN,
    ENCIPHER_ONLY,
    DECIPHER_ONLY;

    /** The usages set in the JCA's {@code getKeyUsage()} array; empty for {@code null} (no extension). */
    public static Set<KeyUsage> of(boolean[] bits) {
        Set<KeyUsage> usages = EnumSet.noneOf(KeyUsage.class);
        if (bits == null) {
            return usages;
        }
        KeyUsage[] all = values();
        for (int i = 0; i < Math.min(bits.length, all.length); i++) {
            if (bits[i]) {
                usages.add(all[i]);
            }
        }
        return usages;
    }
}
