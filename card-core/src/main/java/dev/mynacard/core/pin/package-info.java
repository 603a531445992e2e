/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The holder's PINs: kinds and formats, PIN values that wipe themselves, retry counters without
 * spending a try, VERIFY with last-try refusal, and changes (both copies of the 住基 PIN).
 */
package dev.mynacard.core.pin;
