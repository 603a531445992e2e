/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import java.util.HexFormat;

/** What happens while the bridge waits for a phone and its card, for a progress display. */
public sealed interface BridgeEvent {

    /** One line for the user. */
    String message();

    /**
     * The bridge listens on {@code address}; for 0.0.0.0 the app needs one of
     * {@link BridgeListener#addressesForPhone()} instead.
     */
    record Listening(BridgeAddress address) implements BridgeEvent {
        @Override
        public String message() {
            String where = address.isWildcard() ? "every interface, port " + address.port() : address.uri();
            return "listening on " + where + ": hold the card to the phone running the Remote Smart Card Reader app";
        }
    }

    /** The bridge tries to reach an app in listen mode at {@code phone}, again and again until it answers. */
    record Connecting(BridgeAddress phone) implements BridgeEvent {
        @Override
        public String message() {
            return "connecting to the phone at " + phone.uri() + ": hold the card to the phone (the app in listen mode)";
        }
    }

    /** A phone connected from {@code peer}; the bridge asks it for the card's ATR. */
    record PhoneConnected(String peer) implements BridgeEvent {
        @Override
        public String message() {
            return "phone connected from " + peer;
        }
    }

    /** The card answered through the phone with this ATR; commands can flow. */
    record CardPresent(String peer, String atrHex) implements BridgeEvent {
        static CardPresent of(String peer, byte[] atr) {
            return new CardPresent(peer, HexFormat.ofDelimiter(" ").withUpperCase().formatHex(atr));
        }

        @Override
        public String message() {
            return "card present (ATR " + atrHex + ")";
        }
    }

    /** The phone went away before its card answered (the card slipped, the app stopped); the bridge waits on. */
    record PhoneLeft(String peer) implements BridgeEvent {
        @Override
        public String message() {
            return "the phone at " + peer + " disconnected before the card answered; waiting for it again";
        }
    }

    /** Another connection arrived while a phone was connected; it was closed at once. */
    record PhoneRefused(String peer) implements BridgeEvent {
        @Override
        public String message() {
            return "refused a second phone from " + peer + " (one phone at a time)";
        }
    }

    /**
     * A connection from {@code peer} belonged to another user of this computer (uid {@code uid}),
     * so it cannot be this user's phone; it was closed before anything was sent to it.
     */
    record OtherUserRefused(String peer, long uid) implements BridgeEvent {
        @Override
        public String message() {
            return "refused the connection from " + peer + ": it belongs to another user of this computer (uid " + uid
                    + "), and only this user's programs may act as the phone";
        }
    }

    /**
     * The phone connected from {@code peer} on this computer, but which user it belongs to cannot be
     * told ({@code why}): it is taken for the phone, as any program on this computer could be.
     */
    record PhoneUnverified(String peer, String why) implements BridgeEvent {
        @Override
        public String message() {
            return "cannot tell which user the connection from " + peer + " belongs to (" + why
                    + "): any program on this computer could be acting as the phone";
        }
    }
}
