/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cvc;

import java.security.interfaces.RSAPublicKey;

/**
 * A CA key that issues card-verifiable certificates, named by its 証明者鍵ID.
 *
 * @param simulator true for the mynacard simulator's keys, trusted only when the caller enables them
 */
public record CvcKey(KeyId id, RSAPublicKey key, String description, boolean simulator) {
}
