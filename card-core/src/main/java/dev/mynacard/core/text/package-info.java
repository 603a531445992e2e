/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The text AP (券面事項入力補助AP): 個人番号 with its check digit and the basic 4 facts, opened by the
 * text PIN or by 照合番号A/B.
 */
package dev.mynacard.core.text;
