/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.testing;

import dev.mynacard.sim.issue.TokenKind;
import dev.mynacard.sim.issue.VerifiedPinQuery;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The card {@link SimulatedCardExtension} issues for a test class or method (a method's annotation
 * replaces its class's). Without it, a test gets the simulator's default card: 山田　太郎, PINs auth
 * 1234, sign password ABC123, text 1234, 住基 1234, every counter full, both certificates valid.
 *
 * <p>Each distinct profile is issued once per JVM (issuing generates RSA keys); every test still gets
 * a card of its own, loaded from that issue with the counters the profile names. The variant
 * attributes ({@link #atr()}, {@link #verifiedQuery()}, {@link #token()}) make the card behave as
 * one of the kinds of real card docs/protocol.md §14 describes.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CardProfile {
    /** Value of the tries attributes that leaves the counter full. */
    int FULL = -1;

    /** Tries left on the authentication PIN (0 = blocked), or {@link #FULL}. */
    int authTries() default FULL;

    /** Tries left on the signing password (0 = blocked), or {@link #FULL}. */
    int signTries() default FULL;

    /** Tries left on the text AP's PIN (0 = blocked), or {@link #FULL}. */
    int textTries() default FULL;

    /** Tries left on the 住基 PIN (0 = blocked), or {@link #FULL}. */
    int jukiTries() default FULL;

    /** False for a card without a signing certificate, as a holder under 15 has. */
    boolean signCertificate() default true;

    /**
     * True for a card issued six years ago: both certificates expired (they last until the fifth
     * birthday after issuance), the card itself still valid (the tenth).
     */
    boolean expiredCertificates() default false;

    /** The card's ATR in hex, or empty for the simulator's default; the card is told by SELECT anyway. */
    String atr() default "";

    /** What an empty VERIFY answers for a PIN verified in this session: 9000 or 63Cx, as real cards differ. */
    VerifiedPinQuery verifiedQuery() default VerifiedPinQuery.ANSWERS_9000;

    /** A My Number Card, or a phone's JPKI (Android, iPhone: the JPKI application only). */
    TokenKind token() default TokenKind.CARD;

    /** Any other change to the holder's profile (name, address, PINs, dates, seed …). */
    Class<? extends ProfileChange> profile() default ProfileChange.None.class;
}
