/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Trust in JPKI certificates: the pinned J-LIS roots ({@link dev.mynacard.core.trust.TrustAnchors}),
 * identified by SHA-256 fingerprint only, and a {@link dev.mynacard.core.trust.CertificateValidator}
 * that reports each check (chain, signature, root trust, hierarchy, validity at an instant, key
 * usage, policy, revocation) as passed, failed or not checked, with its reason.
 *
 * <p>Choices: a root supplied by a card is believed only if its fingerprint is pinned or the user
 * added it; the simulator's roots are pinned in a separate set that only
 * {@link dev.mynacard.core.trust.TrustAnchors#withSimulator()} adds; revocation is "not checked"
 * unless a CRL file is given, because J-LIS serves revocation only to contracted verifiers; a given
 * CRL that does not cover the certificate (delta, partitioned elsewhere, unknown critical extensions,
 * no nextUpdate, issuer without cRLSign) leaves it "not checked" and the certificate not valid. No
 * RSA operation is done with a key outside {@link dev.mynacard.core.trust.KeyPolicy}, nor with a
 * supplied root that is not trusted.
 */
package dev.mynacard.core.trust;
