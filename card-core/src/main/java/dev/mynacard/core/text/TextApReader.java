/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinReference;
import dev.mynacard.core.pin.PinService;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads the text AP (券面事項入力補助AP): with the text PIN both EFs, with 照合番号A the 個人番号, with
 * 照合番号B the basic 4 facts. Each read verifies and reads in one exclusive operation.
 */
public final class TextApReader {
    /** Bound for the basic 4 facts record; a long address in UTF-8 stays far below it. */
    public static final int MAX_BASIC_FOUR_LENGTH = 4096;

    private final CardSession session;
    private final PinService pins;

    public TextApReader(CardSession session, PinService pins) {
        this.session = Objects.requireNonNull(session, "session");
        this.pins = Objects.requireNonNull(pins, "pins");
    }

    /** 個人番号 and the basic 4 facts, opened by the text PIN. */
    public TextApContents read(Pin textPin, LastTry lastTry) throws IOException {
        return openAndRead(PinKind.TEXT, textPin, lastTry, () -> new TextApContents(readNumber(), readFacts()));
    }

    /** 個人番号, opened by 照合番号A. */
    public IndividualNumber readNumber(Pin verificationA, LastTry lastTry) throws IOException {
        return openAndRead(VerificationNumber.A, verificationA, lastTry, this::readNumber);
    }

    /** The basic 4 facts, opened by 照合番号B. */
    public BasicFourFacts readFacts(Pin verificationB, LastTry lastTry) throws IOException {
        return openAndRead(VerificationNumber.B, verificationB, lastTry, this::readFacts);
    }

    private <T> T openAndRead(PinReference pin, Pin value, LastTry lastTry, CardSession.Operation<T> read)
            throws IOException {
        pin.format().check(value);
        return session.exclusive(() -> {
            pins.verify(pin, value, lastTry);
            return read.run();
        });
    }

    private IndividualNumber readNumber() throws IOException {
        return IndividualNumber.parseEf(
                session.readEf(MynaApplication.TEXT, IndividualNumber.EF, IndividualNumber.EF_LENGTH));
    }

    private BasicFourFacts readFacts() throws IOException {
        return BasicFourFacts.parse(session.readObject(MynaApplication.TEXT, BasicFourFacts.EF, MAX_BASIC_FOUR_LENGTH));
    }
}
