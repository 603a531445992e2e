/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.CardTransport;

/** A card connected through a {@link PcscBackend}. */
public interface PcscConnection extends CardTransport {

    /** The PC/SC name of the reader holding the card. */
    String reader();

    /** "T=0" or "T=1". */
    String protocol();
}
