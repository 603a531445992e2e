/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Verification of CMS SignedData signatures made with a My Number Card
 * ({@link dev.mynacard.core.cms.CmsVerifier}): per signer the signature, content digest, claimed
 * signing time and the certificate's validation report from {@code dev.mynacard.core.trust}.
 * Malformed input is a {@link dev.mynacard.core.cms.CmsFormatException} with a reason.
 * {@link dev.mynacard.core.cms.CmsSigner} makes such signatures with the card.
 *
 * <p>Signing time: certificates are validated now unless the caller chooses otherwise
 * ({@link dev.mynacard.core.cms.ValidationTime}), because the signing-time attribute is the signer's
 * own, unauthenticated claim; it is always reported and checked for plausibility.
 */
package dev.mynacard.core.cms;
