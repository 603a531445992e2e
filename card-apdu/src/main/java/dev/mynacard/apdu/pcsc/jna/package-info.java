/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * PC/SC through JNA: {@link dev.mynacard.apdu.pcsc.jna.JnaPcsc} calls the platform's PC/SC library
 * directly, with a fresh context per operation and connection, waits for cards with
 * SCardGetStatusChange, connects exclusively and carries extended APDUs. The only package of
 * card-apdu that uses a library outside the JDK (JNA, an optional dependency).
 */
package dev.mynacard.apdu.pcsc.jna;
