/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.image;

/** An EF under an application, identified by its 2-byte file ID (0001–001E on this card). */
public sealed interface ElementaryFile permits BinaryFile, RecordFile, PinFile, KeyFile {
    int fid();
}
