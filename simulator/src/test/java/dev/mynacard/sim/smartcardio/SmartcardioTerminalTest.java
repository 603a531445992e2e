/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.smartcardio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated card through javax.smartcardio, used the way a PC/SC program uses a reader. */
class SmartcardioTerminalTest {
    private static final byte[] JPKI_AID = HexFormat.of().parseHex("D392F000260100000001");
    private static final CommandAPDU SELECT_JPKI = new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, JPKI_AID);
    private static final CommandAPDU AUTH_PIN_QUERY = new CommandAPDU(0x00, 0x20, 0x00, 0x98);
    /** SHA-256 DigestInfo prefix (PKCS#1 v1.5). */
    private static final byte[] SHA256_PREFIX = HexFormat.of().parseHex("3031300d060960864801650304020105000420");

    private static IssuedCard issued;
    private CardTerminal terminal;

    @BeforeAll
    static void issue() {
        issued = DefaultCard.issue();
    }

    @BeforeEach
    void insert() {
        terminal = new SimulatedCardTerminal(SimulatedCard.load(issued.image()));
    }

    private static CommandAPDU verifyAuth(String pin) {
        return new CommandAPDU(0x00, 0x20, 0x00, 0x98, pin.getBytes(StandardCharsets.US_ASCII));
    }

    private static int sw(CardChannel channel, CommandAPDU command) throws CardException {
        return channel.transmit(command).getSW();
    }

    @Test
    void aFactoryListsTheReaderWithItsCard() throws CardException {
        TerminalFactory factory = SimulatedTerminalFactory.of((SimulatedCardTerminal) terminal);
        CardTerminals terminals = factory.terminals();

        assertEquals(SimulatedTerminalFactory.TYPE, factory.getType());
        assertEquals(List.of(terminal), terminals.list());
        assertEquals(List.of(terminal), terminals.list(CardTerminals.State.CARD_PRESENT));
        assertEquals(List.of(), terminals.list(CardTerminals.State.CARD_ABSENT));
        assertSame(terminal, terminals.getTerminal(SimulatedCardTerminal.DEFAULT_NAME));
        assertFalse(terminals.waitForChange(20));
    }

    @Test
    void connectsWithT1AndShowsTheCardsAtr() throws CardException {
        Card card = terminal.connect("*");

        assertEquals("T=1", card.getProtocol());
        assertEquals("3BE000FF8131FE4514", HexFormat.of().withUpperCase().formatHex(card.getATR().getBytes()));
        assertSame(card, terminal.connect("T=1"), "one connection at a time, as with the JDK's PC/SC provider");
        assertThrows(CardException.class, () -> terminal.connect("T=0"));
        assertThrows(IllegalArgumentException.class, () -> terminal.connect("T=2"));
        assertTrue(terminal.isCardPresent());
        assertTrue(terminal.waitForCardPresent(0));
        assertFalse(terminal.waitForCardAbsent(20));
    }

    @Test
    void readsTheAuthCertificateInOneExtendedRead() throws Exception {
        CardChannel channel = terminal.connect("*").getBasicChannel();
        assertEquals(0x9000, sw(channel, SELECT_JPKI));

        ResponseAPDU read = channel.transmit(new CommandAPDU(0x00, 0xB0, 0x8A, 0x00, 65536));

        byte[] der = issued.authCertificate().getEncoded();
        assertEquals(0x9000, read.getSW());
        assertArrayEquals(der, Arrays.copyOf(read.getData(), der.length));
    }

    @Test
    void countsAWrongPinAndSignsAfterTheRightOne() throws Exception {
        CardChannel channel = terminal.connect("*").getBasicChannel();
        assertEquals(0x9000, sw(channel, SELECT_JPKI));
        assertEquals(0x63C3, sw(channel, AUTH_PIN_QUERY));

        assertEquals(0x63C2, sw(channel, verifyAuth("9999")));
        assertEquals(0x63C2, sw(channel, AUTH_PIN_QUERY));
        assertEquals(0x9000, sw(channel, verifyAuth("1234")));

        byte[] data = "signed through javax.smartcardio".getBytes(StandardCharsets.UTF_8);
        byte[] digestInfo = concat(SHA256_PREFIX, MessageDigest.getInstance("SHA-256").digest(data));
        ByteBuffer response = ByteBuffer.allocate(300);
        int length = channel.transmit(ByteBuffer.wrap(new CommandAPDU(0x80, 0x2A, 0x00, 0x97, digestInfo, 256).getBytes()),
                response);
        assertEquals(258, length);
        assertEquals(0x9000, ((response.get(256) & 0xFF) << 8) | (response.get(257) & 0xFF));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(issued.authCertificate().getPublicKey());
        verifier.update(data);
        assertTrue(verifier.verify(Arrays.copyOf(response.array(), 256)));
    }

    @Test
    void disconnectWithResetEndsTheVerifiedStateAndWithoutKeepsIt() throws CardException {
        Card card = terminal.connect("*");
        assertEquals(0x9000, sw(card.getBasicChannel(), SELECT_JPKI));
        assertEquals(0x9000, sw(card.getBasicChannel(), verifyAuth("1234")));

        card.disconnect(false);
        assertThrows(IllegalStateException.class, () -> card.getBasicChannel());
        Card again = terminal.connect("*");
        assertNotSame(card, again);
        assertEquals(0x9000, sw(again.getBasicChannel(), AUTH_PIN_QUERY), "still selected and verified");

        again.disconnect(true);
        CardChannel channel = terminal.connect("*").getBasicChannel();
        assertNotEquals(0x9000, sw(channel, AUTH_PIN_QUERY), "nothing selected after a reset");
        assertEquals(0x9000, sw(channel, SELECT_JPKI));
        assertEquals(0x63C3, sw(channel, AUTH_PIN_QUERY));
    }

    @Test
    void offersOnlyTheBasicChannelAndSetsItInTheClassByte() throws CardException {
        Card card = terminal.connect("*");
        CardChannel channel = card.getBasicChannel();

        CardException refused = assertThrows(CardException.class, card::openLogicalChannel);
        assertTrue(refused.getMessage().contains("6881"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> channel.transmit(new CommandAPDU(0x00, 0x70, 0x00, 0x00, 1)));
        assertThrows(IllegalStateException.class, channel::close);
        // The card itself refuses channel 1 (6881); the channel sends the command on channel 0, as the JDK does.
        assertEquals(0x9000, sw(channel, new CommandAPDU(0x01, 0xA4, 0x04, 0x0C, JPKI_AID)));
        assertEquals(0, channel.getChannelNumber());
    }

    @Test
    void exclusiveAccessShutsOutOtherThreads() throws Exception {
        Card card = terminal.connect("*");
        CardChannel channel = card.getBasicChannel();
        card.beginExclusive();

        assertThrows(CardException.class, card::beginExclusive);
        ExecutionException blocked = assertThrows(ExecutionException.class,
                () -> CompletableFuture.supplyAsync(() -> transmitUnchecked(channel)).get());
        assertTrue(blocked.getCause().getCause() instanceof CardException, blocked.toString());
        ExecutionException notTheirs = assertThrows(ExecutionException.class, () -> CompletableFuture.runAsync(() -> {
            try {
                card.endExclusive();
            } catch (CardException e) {
                throw new IllegalStateException("not the expected failure", e);
            }
        }).get());
        assertEquals("Exclusive access not assigned to the current thread", notTheirs.getCause().getMessage());
        assertEquals(0x9000, sw(channel, SELECT_JPKI));

        card.endExclusive();
        assertEquals(0x9000, CompletableFuture.supplyAsync(() -> transmitUnchecked(channel)).get());
    }

    @Test
    void refusesResponseBuffersTheJdkWouldRefuse() throws CardException {
        CardChannel channel = terminal.connect("*").getBasicChannel();
        ByteBuffer command = ByteBuffer.wrap(SELECT_JPKI.getBytes());

        assertThrows(IllegalArgumentException.class, () -> channel.transmit(command, ByteBuffer.allocate(257)));
        assertThrows(IllegalArgumentException.class, () -> channel.transmit(command, command));
        assertEquals(2, channel.transmit(command, ByteBuffer.allocate(258)));
    }

    private static int transmitUnchecked(CardChannel channel) {
        try {
            return sw(channel, SELECT_JPKI);
        } catch (CardException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
