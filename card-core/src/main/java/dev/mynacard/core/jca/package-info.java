/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The My Number Card as a JCA provider ({@link dev.mynacard.core.jca.MynaProvider}): a
 * {@code MynaCard} KeyStore whose private keys stay on the card and RSA signatures made by the card,
 * so that JDK code — TLS client authentication, BouncyCastle's {@code JcaContentSignerBuilder} —
 * uses the card like any key.
 *
 * <p>PINs: the auth PIN is obtained from the load parameter's protection each time the auth key
 * signs (a {@code PasswordProtection} is copied, a {@code CallbackHandler} asked); the sign password
 * at load (to read the signing certificate) and at each signature. Each copy is a
 * {@link dev.mynacard.core.pin.Pin} closed (wiped) right after use; nothing is kept between
 * operations, and PINs never appear in messages. A {@code PasswordProtection} stays the caller's to
 * {@code destroy()}.
 *
 * <p>The card's transport stays the caller's; close it when the keys are no longer used.
 */
package dev.mynacard.core.jca;
