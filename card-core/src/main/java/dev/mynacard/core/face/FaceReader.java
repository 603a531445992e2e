/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import dev.mynacard.apdu.PinBlockedException;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.cvc.CardVerifiableCertificate;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.LastTryRefusedException;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinFormat;
import dev.mynacard.core.pin.PinFormatException;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.core.text.IndividualNumber;
import dev.mynacard.core.text.VerificationNumber;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads the visual AP (券面事項確認AP). With the text PIN: the 個人番号 is read from the text AP and
 * presented as 照合番号A, so the holder types one 4-digit PIN. With 照合番号B: birth date, expiry
 * year and security code as printed on the card. Each read verifies and reads in one exclusive
 * operation; formats are checked before any APDU.
 */
public final class FaceReader {
    /** The card addresses EFs with 15-bit offsets. */
    public static final int MAX_FACE_LENGTH = 0x7FFF;
    private static final int MAX_SMALL_OBJECT = 1024;

    private final CardSession session;
    private final PinService pins;

    public FaceReader(CardSession session, PinService pins) {
        this.session = Objects.requireNonNull(session, "session");
        this.pins = Objects.requireNonNull(pins, "pins");
    }

    /**
     * The face, opened with 照合番号A read from the text AP with the text PIN. {@code lastTry}
     * applies to both the text PIN and 照合番号A.
     *
     * @throws VerificationNumberARefusedException the text PIN was right but the visual AP refused
     *     照合番号A (its own counter)
     */
    public FaceContents readWithTextPin(Pin textPin, LastTry lastTry) throws IOException {
        PinKind.TEXT.format().check(textPin);
        return session.exclusive(() -> {
            pins.verify(PinKind.TEXT, textPin, lastTry);
            IndividualNumber number = IndividualNumber.parseEf(
                    session.readEf(MynaApplication.TEXT, IndividualNumber.EF, IndividualNumber.EF_LENGTH));
            char[] digits = number.digits().toCharArray();
            try (Pin verificationA = Pin.of(digits)) {
                pins.verify(VerificationNumber.FACE_A, verificationA, lastTry);
            } catch (WrongPinException | PinBlockedException | LastTryRefusedException refused) {
                throw new VerificationNumberARefusedException(refused);
            } finally {
                Arrays.fill(digits, '\0');
            }
            return readFace();
        });
    }

    /** The face, opened with 照合番号B. */
    public FaceContents readWithVerificationB(Pin verificationB, LastTry lastTry) throws IOException {
        checkVerificationB(verificationB);
        return session.exclusive(() -> {
            pins.verify(VerificationNumber.FACE_B, verificationB, lastTry);
            return readFace();
        });
    }

    /**
     * Checks 照合番号B before it costs a try (docs/protocol.md §11): 14 digits whose first six are a
     * birth date YYMMDD (era year, so any YY) with a month 01–12 and a day 01–31.
     *
     * @throws PinFormatException when it cannot be a 照合番号B
     */
    public static void checkVerificationB(Pin verificationB) {
        VerificationNumber.FACE_B.format().check(verificationB);
        byte[] digits = verificationB.encode(VerificationNumber.FACE_B);
        try {
            int month = (digits[2] - '0') * 10 + digits[3] - '0';
            int day = (digits[4] - '0') * 10 + digits[5] - '0';
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                throw new PinFormatException("照合番号B starts with the birth date YYMMDD: month 01–12, day 01–31");
            }
        } finally {
            PinFormat.wipe(digits);
        }
    }

    private FaceContents readFace() throws IOException {
        CardFace face = CardFace.parse(session.readObject(MynaApplication.VISUAL, CardFace.EF, MAX_FACE_LENGTH));
        VisualApInfo info = VisualApInfo.parse(
                session.readObject(MynaApplication.VISUAL, VisualApInfo.EF, MAX_SMALL_OBJECT));
        CardVerifiableCertificate certificate = CardVerifiableCertificate.parse(
                session.readObject(MynaApplication.VISUAL, FaceContents.CERTIFICATE_EF, MAX_SMALL_OBJECT));
        return new FaceContents(face, info, certificate);
    }
}
