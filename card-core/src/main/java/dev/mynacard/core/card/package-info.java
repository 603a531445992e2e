/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The card session and card detection: {@link dev.mynacard.core.card.CardSession} talks to one
 * card over any transport with the fewest APDUs (selection memory per exclusive operation, reads
 * by short EF identifier, BER-TLV objects sized from their header), and
 * {@link dev.mynacard.core.card.MyNumberCard} is the facade integrators start from. Every response
 * the library cannot accept ends in a {@link dev.mynacard.core.card.MalformedCardResponseException}
 * or another {@link dev.mynacard.apdu.CardIoException}.
 */
package dev.mynacard.core.card;
