/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.bench;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cert.CardInfo;
import dev.mynacard.core.cert.CertificateReader;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.cvc.CvcKeys;
import dev.mynacard.core.face.FaceReader;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.core.sign.CardSigner;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.sign.SigningKey;
import dev.mynacard.core.text.TextApReader;
import dev.mynacard.sim.card.SimulatedCard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * APDU counts and wall times of the card-layer operations against the in-process simulated card,
 * with extended length and short APDUs only. Prints a markdown table; asserts the APDU budgets
 * only (times depend on the machine). Every operation starts in a new exclusive operation, so it
 * pays its own SELECT; PINs are checked with {@link LastTry#REFUSE}, which costs one empty VERIFY.
 */
class ApduBenchmarkTest {
    private static final int RUNS = 15;
    private static final byte[] DIGEST = DigestAlgorithm.SHA256.digest(new byte[] {42});

    /** One measured operation on a session of a fresh card. */
    private interface Step {
        void run(Parts parts) throws IOException;
    }

    /** The services of one session; {@code warm} has signed once already, so it knows the certificates. */
    private record Parts(CardSession session, PinService pins, CertificateReader certificates, CardSigner signer) {
        static Parts over(CountingTransport wire) {
            CardSession session = new CardSession(wire);
            PinService pins = new PinService(session);
            CertificateReader certificates = new CertificateReader(session, pins);
            return new Parts(session, pins, certificates, new CardSigner(session, pins, certificates));
        }
    }

    private record Operation(String name, int budget, boolean warm, Step step) {
    }

    private record Measure(int apdus, List<String> headers, double medianMillis) {
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("open: detect the card (SELECT JPKI + token label)", 2, false,
                    p -> MyNumberCard.detect(p.session())),
            new Operation("read auth certificate", 3, false, p -> p.certificates().read(CertificateSlot.AUTH)),
            new Operation("read sign certificate incl. password", 4, false,
                    p -> p.certificates().readSign(pin("ABC123"), LastTry.REFUSE).orElseThrow()),
            new Operation("read auth CA certificate", 3, false, p -> p.certificates().read(CertificateSlot.AUTH_CA)),
            new Operation("status of all four PINs", 7, false, p -> p.pins().statusAll()),
            new Operation("auth signature incl. PIN (certificate known)", 4, true,
                    p -> p.signer().sign(SigningKey.AUTH, pin("1234"), DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE)),
            new Operation("auth signature incl. PIN, first in session", 5, false,
                    p -> p.signer().sign(SigningKey.AUTH, pin("1234"), DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE)),
            new Operation("sign signature incl. password (certificate known)", 4, true,
                    p -> p.signer().sign(SigningKey.SIGN, pin("ABC123"), DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE)),
            new Operation("text AP: 個人番号 + basic 4 facts incl. text PIN", 5, false,
                    p -> new TextApReader(p.session(), p.pins()).read(pin("1234"), LastTry.REFUSE)),
            new Operation("text AP with its integrity check incl. text PIN (info --check)", 7, false,
                    p -> new TextApReader(p.session(), p.pins()).check(pin("1234"), LastTry.REFUSE,
                            CvcKeys.production().withSimulator())),
            new Operation("card face incl. text PIN and 照合番号A (face)", 10, false,
                    p -> new FaceReader(p.session(), p.pins()).readWithTextPin(pin("1234"), LastTry.REFUSE)),
            new Operation("card face incl. 照合番号B (face --pin-b)", 6, false,
                    p -> new FaceReader(p.session(), p.pins()).readWithVerificationB(pin("55050520355678"),
                            LastTry.REFUSE)),
            new Operation("card expiry (共通AP record)", 2, false, p -> CardInfo.read(p.session())));

    @Test
    void apduCountsAndTimes() throws IOException {
        SimulatedCard card = TestCards.load(TestCards.defaultCard());
        StringBuilder table = new StringBuilder()
                .append("| operation | budget | APDUs extended | APDUs short only | median ms extended | median ms short only |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        StringBuilder traces = new StringBuilder();
        List<String> overBudget = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            Measure extended = measure(card, operation, false);
            Measure shortOnly = measure(card, operation, true);
            table.append(String.format("| %s | %d | %d | %d | %.2f | %.2f |%n", operation.name(), operation.budget(),
                    extended.apdus(), shortOnly.apdus(), extended.medianMillis(), shortOnly.medianMillis()));
            traces.append("- ").append(operation.name()).append(": ").append(String.join(", ", extended.headers()))
                    .append('\n');
            if (extended.apdus() > operation.budget()) {
                overBudget.add(operation.name() + ": " + extended.apdus());
            }
        }
        System.out.println("\n" + table + "\nExtended-length command headers:\n" + traces);
        assertTrue(overBudget.isEmpty(), "over budget: " + overBudget);
    }

    /**
     * What a command-line run sends: {@link MyNumberCard#openExclusive} (the card detection) and
     * then its one operation, whose budget counts the detection (issue 10).
     */
    /**
     * What a command-line run sends: {@link MyNumberCard#openExclusive} (the card detection) and
     * then its one operation, whose budget counts the detection (issue 10).
     */
    @Test
    void detectionServesTheFirstOperation() throws IOException {
        List<Operation> firstOperations = List.of(
                new Operation("status of all four PINs", 7, false, p -> p.pins().statusAll()),
                new Operation("read sign certificate incl. password", 4, false,
                        p -> p.certificates().readSign(pin("ABC123"), LastTry.REFUSE).orElseThrow()),
                new Operation("read auth certificate", 3, false, p -> p.certificates().read(CertificateSlot.AUTH)));
        SimulatedCard card = TestCards.load(TestCards.defaultCard());
        for (Operation operation : firstOperations) {
            card.reset();
            CountingTransport wire = new CountingTransport(card.transport());
            try (MyNumberCard opened = MyNumberCard.openExclusive(wire)) {
                operation.step().run(new Parts(opened.session(), opened.pins(), opened.certificates(), opened.signer()));
            }
            List<String> headers = wire.headers();
            assertTrue(headers.size() <= operation.budget(), operation.name() + " after detection: " + headers);
            assertEquals("00 A4 04 0C", headers.get(0), "the detection's SELECT of the JPKI AP");
            assertFalse(headers.contains("00 B0 86 00"), "no token label read: " + headers);
        }
    }

    private static Measure measure(SimulatedCard card, Operation operation, boolean shortOnly) throws IOException {
        int apdus = -1;
        List<String> headers = List.of();
        double[] millis = new double[RUNS];
        for (int run = -2; run < RUNS; run++) {
            card.reset();
            CountingTransport wire = new CountingTransport(card.transport());
            if (shortOnly) {
                wire.shortOnly();
            }
            Parts parts = Parts.over(wire);
            if (operation.warm()) {
                operation.step().run(parts);
                wire.reset();
            }
            long start = System.nanoTime();
            operation.step().run(parts);
            long elapsed = System.nanoTime() - start;
            if (run >= 0) {
                millis[run] = elapsed / 1e6;
            }
            apdus = wire.count();
            headers = wire.headers();
        }
        Arrays.sort(millis);
        return new Measure(apdus, headers, millis[RUNS / 2]);
    }
}
