/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The NFC bridge: a phone running vsmartcard's "Remote Smart Card Reader" app (F-Droid,
 * {@code com.vsmartcard.remotesmartcardreader.app}) as the card reader, with this program playing
 * vpcd's part of the protocol, so neither vpcd nor pcscd is needed.
 *
 * <p>What the app does (its sources, vsmartcard {@code remote-reader}, VPCDWorker and NFCReader, 2025):
 * <ul>
 *   <li>It connects to the configured host and port (default 35963) when a card comes into the
 *       phone's field, not before; it takes the address from a {@code vpcd://HOST:PORT} link or QR
 *       code ({@link dev.mynacard.apdu.bridge.BridgeAddress#uri()}). In listen mode it opens its port
 *       when a card comes, and serves one connection at a time
 *       ({@link dev.mynacard.apdu.bridge.BridgeConnector}).</li>
 *   <li>Frames are those of {@link dev.mynacard.apdu.vpcd.VpcdFrames}. Power on is a no-op for it,
 *       power off and reset make it send SELECT MF (00 A4 00 0C) to the card, get-ATR is answered
 *       with an ATR it synthesises from the ISO 14443 data (3B 8n 80 01, historical bytes, TCK:
 *       at most 20 bytes); any other command goes to IsoDep.transceive unchanged.</li>
 *   <li>A card that leaves the field makes transceive fail; the app then closes the connection
 *       without answering. It never sends an empty or short answer for that: a dropped connection
 *       is how a lost card shows here ({@link dev.mynacard.apdu.TransportException.Reason#CARD_REMOVED}).</li>
 *   <li>Its IsoDep timeout ("Delay for Card Response") is 500 ms unless changed, too short for an
 *       RSA signature on many cards: the app then drops the connection as for a lost card. Users
 *       should set it to a few seconds; {@link dev.mynacard.apdu.bridge.BridgeOptions#apduTimeout()}
 *       must stay above it.</li>
 *   <li>When the card is held to the phone again, the app closes its old connection and opens a
 *       new one; the listener admits it as soon as the old transport is closed.</li>
 * </ul>
 */
package dev.mynacard.apdu.bridge;
