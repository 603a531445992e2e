/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Card login for relying parties, with standard tokens: the client ({@link dev.mynacard.core.login.LoginClient})
 * answers a challenge with a compact JWS signed RS256 by the card's authentication key, carrying
 * the authentication certificate in {@code x5c}; the relying party's
 * {@link dev.mynacard.core.login.LoginVerifier} checks it and returns the
 * {@link dev.mynacard.core.login.AuthenticatedHolder}, or throws
 * {@link dev.mynacard.core.login.LoginRejectedException} with a specific code.
 *
 * <h2>Challenges</h2>
 * {@link dev.mynacard.core.login.ChallengeIssuer} makes stateless challenges, MAC'd with a server key
 * and bound to an expiry and the audience: issuing one stores nothing, so no number of anonymous
 * requests can fill a store and lock users out, and every server holding the key recognises them.
 * A {@link dev.mynacard.core.login.ConsumedChallengeStore} (in memory, or shared through JDBC)
 * remembers only the challenges that verified tokens used, until they expire.
 *
 * <h2>When a challenge is consumed</h2>
 * Last: after every check of the token, its certificate chain and its signature has passed, in one
 * atomic step of the store (an insert the store's key decides). A refused token consumes nothing.
 * The other order would let anyone who sees a challenge (on the user's page, in a log, in
 * transit) send a forged token naming it and so burn the genuine user's challenge before the
 * user's own token arrives. Since only correctly signed tokens from real cards
 * reach the store, flooding it needs real cards and their PINs; it is bounded anyway and refuses
 * ({@link dev.mynacard.core.login.ChallengeStoreFullException}) rather than forgetting an
 * unexpired challenge, which could then be replayed. A token verified twice at the same moment
 * is accepted once: the store decides, not a read before the write.
 */
package dev.mynacard.core.login;
