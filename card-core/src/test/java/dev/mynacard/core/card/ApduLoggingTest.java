/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.decorator.LoggingTransport;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.PinKind;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The library's APDU trace through System.Logger, seen here through java.util.logging (the JDK's
 * default backend): off by default, and when on, redacted like {@code --trace}.
 */
class ApduLoggingTest {
    private final Logger logger = Logger.getLogger(LoggingTransport.LOGGER);
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void listen() {
        previous = logger.getLevel();
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }

    @Test
    void nothingIsLoggedUnlessTheLoggerIsOn() throws Exception {
        logger.setLevel(Level.INFO);
        try (MyNumberCard card = MyNumberCard.open(TestCards.freshDefault())) {
            card.pins().verify(PinKind.AUTH, TestCards.pin("1234"), LastTry.REFUSE);
        }
        assertEquals(List.of(), lines);
    }

    @Test
    void theTraceHidesPinsAndResponseData() throws Exception {
        logger.setLevel(Level.FINE);
        byte[] certificate;
        try (MyNumberCard card = MyNumberCard.open(TestCards.freshDefault())) {
            card.pins().verify(PinKind.AUTH, TestCards.pin("1234"), LastTry.REFUSE);
            certificate = card.certificates().readDer(CertificateSlot.AUTH);
        }
        String trace = String.join("\n", lines);
        assertTrue(trace.contains("> 00 A4 04 0C"), trace); // the SELECT of the JPKI AP
        assertTrue(trace.contains("< 90 00"), trace);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("> 00 20 00 98") && line.contains("redacted")),
                trace);
        assertFalse(trace.contains("31 32 33 34"), "the PIN's bytes appear in the trace:\n" + trace);
        String someCertificateBytes = HexFormat.ofDelimiter(" ").withUpperCase()
                .formatHex(certificate, 100, 108);
        assertFalse(trace.contains(someCertificateBytes), "response data appears in the trace");
    }
}
