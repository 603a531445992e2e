/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

/**
 * The exit status of {@code mynacard}, each with the language-independent code its JSON error
 * carries. 0, 2, 5, 6 and 7 are fixed by the command's contract; the README lists them all.
 */
public enum ExitCode {
    OK(0, "ok"),
    /** A bug: something no other code describes went wrong. */
    INTERNAL_ERROR(1, "internal-error"),
    /** The command line, or a PIN typed in the wrong format (no APDU was sent). */
    USAGE(2, "usage"),
    /** A certificate or a CMS signature did not verify. */
    VERIFICATION_FAILED(3, "verification-failed"),
    WRONG_PIN(5, "wrong-pin"),
    PIN_BLOCKED(6, "pin-blocked"),
    /** One try was left and --allow-last-try was not given: the PIN was not sent. */
    LAST_TRY_REFUSED(7, "last-try-refused"),
    /** {@code cert expiry}: a certificate or the card can be renewed now. */
    RENEWAL_DUE(8, "renewal-due"),
    /** {@code cert expiry}: a certificate or the card has expired. */
    EXPIRED(9, "expired"),
    NO_PCSC_SERVICE(10, "no-pcsc-service"),
    NO_READER(11, "no-reader"),
    /** --reader matches no reader, or several. */
    READER_NOT_FOUND(12, "reader-not-found"),
    NO_CARD(13, "no-card"),
    CARD_REMOVED(14, "card-removed"),
    READER_IN_USE(15, "reader-in-use"),
    NOT_A_MY_NUMBER_CARD(16, "not-a-my-number-card"),
    /** The card refused a command or answered something unusable. */
    CARD_ERROR(17, "card-error"),
    /** The card, through the phone or a reader, did not answer a command in time. */
    TIMEOUT(18, "timeout"),
    /** The NFC bridge cannot listen on the address (port taken, not this machine's) or cannot find the phone's host. */
    BRIDGE_UNAVAILABLE(19, "bridge-unavailable"),
    /** An input file is unreadable or not what it should be, or an output file cannot be written. */
    FILE_ERROR(20, "file-error"),
    /** The simulated card's state file is damaged. */
    SIM_STATE_CORRUPT(21, "sim-state-corrupt"),
    /**
     * {@code cert show sign}, {@code cert verify sign}: the card has no signing certificate (holders
     * under 15, or an adult who declined it). Not a failure of the card: there is nothing to show.
     */
    NO_SIGN_CERTIFICATE(22, "no-sign-certificate");

    private final int status;
    private final String code;

    ExitCode(int status, String code) {
        this.status = status;
        this.code = code;
    }

    /** The process exit status. */
    public int status() {
        return status;
    }

    /** The JSON error code, e.g. {@code wrong-pin}. */
    public String code() {
        return code;
    }
}
