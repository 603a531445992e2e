/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The JPKI certificates: reading them from the card, the parsed view
 * ({@link dev.mynacard.core.cert.JpkiCertificate}), the holder's facts in the signing certificate
 * ({@link dev.mynacard.core.cert.HolderInfo}, with 和暦 dates), expiry reports, and the card's own
 * expiry from the 共通AP record ({@link dev.mynacard.core.cert.CardInfo}).
 */
package dev.mynacard.core.cert;
