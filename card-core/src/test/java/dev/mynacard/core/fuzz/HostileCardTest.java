/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.CardIoException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cert.CardInfo;
import dev.mynacard.core.cert.CertificateReader;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.core.sign.CardSigner;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.sign.SigningKey;
import dev.mynacard.core.text.TextApReader;
import dev.mynacard.sim.card.SimulatedCard;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile cards: every card-layer operation, against a simulated card whose answers are replaced
 * by noise, truncations, absurd DER lengths, endless 61xx, wrong status words and flipped bytes,
 * ends with a result or a typed {@link CardIoException}, within bounded time and APDUs.
 */
class HostileCardTest {
    private static final SimulatedCard CARD = TestCards.load(TestCards.defaultCard());
    /** 256 GET RESPONSE rounds at most (GetResponseTransport), a handful of commands per operation. */
    private static final int MAX_EXCHANGES = 1200;
    private static final long MAX_MILLIS = 5_000;
    private static final byte[] DIGEST = DigestAlgorithm.SHA256.digest(new byte[] {1, 2, 3});

    enum Operation {
        DETECT, READ_AUTH, READ_SIGN, STATUS_ALL, TEXT_AP, CARD_INFO, SIGN_AUTH
    }

    @Property(tries = 1500)
    void everyOperationEndsInAResultOrATypedException(@ForAll Operation operation, @ForAll boolean extended,
                                                       @ForAll("plans") List<Answer> plan) {
        CARD.reset();
        HostileCard hostile = new HostileCard(CARD.transport(), plan, extended);
        long start = System.nanoTime();
        try {
            run(operation, new CardSession(hostile));
            Statistics.label("outcome").collect("result");
        } catch (CardIoException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
            Statistics.label("outcome").collect(expected.getClass().getSimpleName());
        } catch (IOException | RuntimeException untyped) {
            throw new AssertionError(operation + " threw an untyped " + untyped, untyped);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < MAX_MILLIS, operation + " took " + millis + " ms");
        assertTrue(hostile.exchanges() <= MAX_EXCHANGES, operation + " sent " + hostile.exchanges() + " APDUs");
    }

    private static void run(Operation operation, CardSession session) throws IOException {
        PinService pins = new PinService(session);
        CertificateReader certificates = new CertificateReader(session, pins);
        switch (operation) {
            case DETECT -> MyNumberCard.detect(session);
            case READ_AUTH -> certificates.read(CertificateSlot.AUTH);
            case READ_SIGN -> certificates.readSign(TestCards.pin("ABC123"), LastTry.REFUSE);
            case STATUS_ALL -> pins.statusAll();
            case TEXT_AP -> new TextApReader(session, pins).read(TestCards.pin("1234"), LastTry.REFUSE);
            case CARD_INFO -> CardInfo.read(session);
            case SIGN_AUTH -> new CardSigner(session, pins, certificates)
                    .sign(SigningKey.AUTH, TestCards.pin("1234"), DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE);
        }
    }

    @Provide
    Arbitrary<List<Answer>> plans() {
        Arbitrary<Answer> honest = Arbitraries.just(new Answer.Honest());
        Arbitrary<Answer> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(Answer.Noise::new);
        Arbitrary<Answer> truncated = Arbitraries.integers().between(0, 300).map(Answer.Truncated::new);
        Arbitrary<Integer> statusWords = Arbitraries.oneOf(
                Arbitraries.of(0x9000, 0x6A82, 0x6982, 0x6983, 0x6984, 0x6700, 0x6B00, 0x6282, 0x6D00, 0x6E00, 0x6F00),
                Arbitraries.integers().between(0x63C0, 0x63CF),
                Arbitraries.integers().between(0x6100, 0x61FF),
                Arbitraries.integers().between(0x6C00, 0x6CFF),
                Arbitraries.integers().between(0, 0xFFFF));
        Arbitrary<Answer> status = statusWords.map(Answer.Status::new);
        Arbitrary<Answer> wrongStatus = statusWords.map(Answer.WrongStatus::new);
        Arbitrary<Answer> absurd = Arbitraries.of(
                new byte[] {0x30, (byte) 0x84, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                new byte[] {0x30, (byte) 0x83, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                new byte[] {0x30, (byte) 0x82, (byte) 0xFF, (byte) 0xFF},
                new byte[] {0x30, (byte) 0x82, 0x20, 0x01},
                new byte[] {0x30, (byte) 0x80},
                new byte[] {(byte) 0xFF, 0x20, (byte) 0x82, 0x7F, (byte) 0xFF},
                new byte[] {(byte) 0xFF, 0x20, (byte) 0x81, (byte) 0xF0, (byte) 0xDF, 0x22, (byte) 0x82, 0x10, 0x00},
                new byte[] {0x1F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01}).map(Answer.AbsurdDer::new);
        Arbitrary<Answer> flipped = Arbitraries.integers().between(0, 4000).map(Answer.Flipped::new);
        Arbitrary<Answer> endless = Arbitraries.integers().between(0, 0xFF).map(Answer.EndlessMoreData::new);
        Arbitrary<Answer> answer = Arbitraries.frequencyOf(
                Tuple.of(6, honest), Tuple.of(2, noise), Tuple.of(2, truncated),
                Tuple.of(3, status), Tuple.of(2, wrongStatus), Tuple.of(2, absurd),
                Tuple.of(3, flipped), Tuple.of(1, endless));
        return answer.list().ofMinSize(1).ofMaxSize(8);
    }
}
