/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Card login for relying parties. The client signs a {@link dev.mynacard.core.login.LoginStatement}
 * (challenge, audience origin, timestamp — its encoding is defined there, once, for both sides)
 * with the card's authentication key; the server's {@link dev.mynacard.core.login.LoginVerifier}
 * consumes the single-use challenge from a {@link dev.mynacard.core.login.ChallengeStore}, checks
 * audience, timestamp skew, the authentication certificate (through {@code dev.mynacard.core.trust})
 * and the signature, and returns the {@link dev.mynacard.core.login.AuthenticatedHolder} or throws
 * {@link dev.mynacard.core.login.LoginRejectedException} with a specific reason.
 */
package dev.mynacard.core.login;
