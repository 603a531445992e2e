/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.Hex;
import dev.mynacard.apdu.ScriptedTransport;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.decorator.TracingTransport.ResponseData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TracingTransportTest {
    private final List<String> lines = new ArrayList<>();

    private List<String> trace(byte[] command, String response) throws IOException {
        lines.clear();
        new TracingTransport(ScriptedTransport.answering(response), lines::add).exchange(command);
        return List.copyOf(lines);
    }

    private static byte[] command(int cla, int ins, int p1, int p2, String pin) {
        return CommandApdu.of(cla, ins, p1, p2, pin.getBytes(StandardCharsets.US_ASCII)).encode();
    }

    /** Every way a PIN could leak into a line: ASCII, hex with and without spaces, either case. */
    private static void assertNoTraceOf(String pin, List<String> traced) {
        byte[] ascii = pin.getBytes(StandardCharsets.US_ASCII);
        List<String> forms = List.of(pin,
                HexFormat.of().formatHex(ascii),
                HexFormat.ofDelimiter(" ").formatHex(ascii));
        for (String line : traced) {
            for (String form : forms) {
                assertFalse(line.toLowerCase(Locale.ROOT).contains(form.toLowerCase(Locale.ROOT)),
                        () -> "'" + line + "' shows the PIN as " + form);
            }
        }
    }

    @Test
    void tracesCommandAndResponse() throws IOException {
        assertEquals(List.of("> 00 A4 02 0C 02 00 0A", "< 01 02 90 00"),
                trace(Hex.bytes("00 A4 02 0C 02 00 0A"), "01 02 90 00"));
    }

    @Test
    void verifyShowsNeitherThePinNorItsLength() throws IOException {
        List<String> short4 = trace(command(0x00, 0x20, 0x00, 0x80, "1234"), "90 00");
        List<String> long8 = trace(command(0x00, 0x20, 0x00, 0x80, "ABCDEF12"), "90 00");

        assertEquals(List.of("> 00 20 00 80 <redacted>", "< 90 00"), short4);
        assertEquals(short4, long8);
        assertNoTraceOf("1234", short4);
        assertNoTraceOf("ABCDEF12", long8);
    }

    @ParameterizedTest
    @CsvSource({
        "0x00, 0x24, 0x01, 0x80, 5678",       // CHANGE REFERENCE DATA
        "0x00, 0x2C, 0x00, 0x80, 5678",       // RESET RETRY COUNTER
        "0x80, 0x32, 0x00, 0x80, 5678",       // CHANGE KEY
        "0x00, 0x24, 0x01, 0x80, PASSWORD99", // sign password
    })
    void otherPinCommandsAreRedacted(String cla, String ins, String p1, String p2, String pin) throws IOException {
        int[] header = {Integer.decode(cla), Integer.decode(ins), Integer.decode(p1), Integer.decode(p2)};
        List<String> traced = trace(command(header[0], header[1], header[2], header[3], pin), "90 00");
        String expected = "> " + ApduRedaction.hex(new byte[] {(byte) header[0], (byte) header[1],
                (byte) header[2], (byte) header[3]}) + " <redacted>";
        assertEquals(List.of(expected, "< 90 00"), traced);
        assertNoTraceOf(pin, traced);
    }

    @Test
    void retryCounterQueryIsShownAsIs() throws IOException {
        assertEquals(List.of("> 00 20 00 80", "< 63 C3"), trace(Hex.bytes("00 20 00 80"), "63 C3"));
    }

    @Test
    void canHideResponseData() throws IOException {
        ScriptedTransport card = ScriptedTransport.answering("FF 10 0C 31 32 90 00", "6A 82");
        TracingTransport tracing = new TracingTransport(card, lines::add, ResponseData.HIDDEN);
        tracing.exchange(Hex.bytes("00 B0 81 00 00"));
        tracing.exchange(Hex.bytes("00 A4 02 0C 02 00 99"));
        assertEquals(List.of("> 00 B0 81 00 00", "< <5 bytes> 90 00", "> 00 A4 02 0C 02 00 99", "< 6A 82"), lines);
    }

    @Test
    void tracesATransportErrorAndRethrowsIt() {
        TransportException removed = new TransportException(TransportException.Reason.CARD_REMOVED, "card removed");
        TracingTransport tracing = new TracingTransport(new ScriptedTransport(command -> {
            throw removed;
        }), lines::add);
        assertSame(removed, assertThrows(TransportException.class, () -> tracing.exchange(Hex.bytes("00 B0 00 00 00"))));
        assertEquals(List.of("> 00 B0 00 00 00", "! TransportException: card removed"), lines);
    }

    @Test
    void showsEveryApduOfAChainWhenClosestToTheWire() throws IOException {
        ScriptedTransport card = ScriptedTransport.answering("01 61 01", "02 90 00");
        byte[] response = new GetResponseTransport(new TracingTransport(card, lines::add)).exchange(Hex.bytes("00 B0 00 00 00"));
        assertArrayEquals(Hex.bytes("01 02 90 00"), response);
        assertEquals(List.of("> 00 B0 00 00 00", "< 01 61 01", "> 00 C0 00 00 01", "< 02 90 00"), lines);
    }
}
