/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Offline authenticity of the 券面 applications' data: card-verifiable certificates ({@code 7F21}),
 * the CA keys that issue them, and the report of a check (docs/protocol.md §2, §14).
 */
package dev.mynacard.core.cvc;
