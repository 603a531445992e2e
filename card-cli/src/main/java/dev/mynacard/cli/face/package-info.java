/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** The card's face as files: the chip's images and a picture of the card face composed from them. */
package dev.mynacard.cli.face;
