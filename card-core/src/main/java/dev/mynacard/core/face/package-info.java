/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The card's face (券面事項確認AP, the visual AP): birth date, sex, expiry, the name and address as
 * printed, the face photo, opened by 照合番号A or B, and whether the issuer signed them.
 */
package dev.mynacard.core.face;
