/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Raw signatures with the JPKI auth and sign keys over a DigestInfo; each is verified against the
 * key's certificate before it is returned.
 */
package dev.mynacard.core.sign;
