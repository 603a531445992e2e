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
import dev.mynacard.core.cvc.AuthenticityCheck;
import dev.mynacard.core.cvc.AuthenticityReason;
import dev.mynacard.core.cvc.CardVerifiableCertificate;
import dev.mynacard.core.cvc.CvcKeys;
import dev.mynacard.core.cvc.CvcVerifier;
import dev.mynacard.core.trust.Check;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * Reads the text AP (券面事項入力補助AP): with the text PIN both EFs, with 照合番号A the 個人番号, with
 * 照合番号B the basic 4 facts. Each read verifies and reads in one exclusive operation.
 */
public final class TextApReader {
    /** Bound for the basic 4 facts record; a long address in UTF-8 stays far below it. */
    public static final int MAX_BASIC_FOUR_LENGTH = 4096;
    private static final int MAX_SMALL_OBJECT = 1024;

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

    /**
     * 個人番号 and the basic 4 facts, opened by the text PIN, with whether the issuer wrote them: the
     * certificate (EF 0004) against the CA key it names, the integrity record (EF 0003) with the
     * certified key, and the record's digests against the two EFs as read.
     */
    public TextApCheck check(Pin textPin, LastTry lastTry, CvcKeys keys) throws IOException {
        return openAndRead(PinKind.TEXT, textPin, lastTry, () -> {
            byte[] numberEf = session.readEf(MynaApplication.TEXT, IndividualNumber.EF, IndividualNumber.EF_LENGTH);
            byte[] factsObject = session.readObject(MynaApplication.TEXT, BasicFourFacts.EF, MAX_BASIC_FOUR_LENGTH);
            TextIntegrity integrity = TextIntegrity.parse(
                    session.readObject(MynaApplication.TEXT, TextIntegrity.EF, MAX_SMALL_OBJECT));
            CardVerifiableCertificate certificate = CardVerifiableCertificate.parse(
                    session.readObject(MynaApplication.TEXT, TextIntegrity.CERTIFICATE_EF, MAX_SMALL_OBJECT));
            TextApContents contents = new TextApContents(IndividualNumber.parseEf(numberEf),
                    BasicFourFacts.parse(factsObject));
            byte[] factsInput = TextIntegrity.factsDigestInput(factsObject);
            return new TextApCheck(contents, new CvcVerifier(keys).verify(certificate, (key, keyId) -> List.of(
                    CvcVerifier.sha256WithRsa(key, integrity.signed(), integrity.signature())
                            ? Check.passed(AuthenticityCheck.SIGNATURE, AuthenticityReason.SIGNATURE_VERIFIES,
                                    keyId.toString())
                            : Check.failed(AuthenticityCheck.SIGNATURE, AuthenticityReason.SIGNATURE_BAD,
                                    keyId.toString()),
                    digest(AuthenticityCheck.NUMBER_DIGEST, IndividualNumber.EF, numberEf, integrity.numberDigest()),
                    digest(AuthenticityCheck.FACTS_DIGEST, BasicFourFacts.EF, factsInput, integrity.factsDigest())),
                    List.of()));
        });
    }

    private static Check digest(AuthenticityCheck kind, int ef, byte[] input, byte[] signedDigest) {
        String name = String.format("%04X", ef);
        return MessageDigest.isEqual(CvcVerifier.sha256().digest(input), signedDigest)
                ? Check.passed(kind, AuthenticityReason.DIGEST_MATCHES, name)
                : Check.failed(kind, AuthenticityReason.DIGEST_DIFFERS, name);
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
