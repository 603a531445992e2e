/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.StatusWord;
import dev.mynacard.apdu.SwException;
import dev.mynacard.apdu.decorator.GetResponseTransport;
import dev.mynacard.apdu.decorator.LeCorrectionTransport;
import dev.mynacard.apdu.decorator.LoggingTransport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A conversation with one card over any {@link CardTransport}, with the fewest APDUs: it remembers
 * the selected application and the current EF so no SELECT is sent twice, reads EFs by short EF
 * identifier, and sizes reads of BER-TLV objects from their header.
 *
 * <p>The memory lasts for one {@link #exclusive(Operation) exclusive operation}: between
 * operations another program may select another application (PC/SC shares the card), so each
 * operation starts by selecting what it needs. A transport error, a malformed response or
 * {@link #forgetSelection()} (call it after a card reset) clears it too.
 *
 * <p>Commands go through GET RESPONSE chaining (61xx) and Le correction (6Cxx), except the
 * commands that spend a PIN try or use a key (VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER,
 * CHANGE KEY, COMPUTE DIGITAL SIGNATURE): those are never re-sent, whatever the card answers.
 *
 * <p>Not for concurrent use by several threads without {@code exclusive}: its methods are
 * synchronized, so one thread's exclusive operation runs to its end before another's starts.
 */
public final class CardSession implements AutoCloseable {
    /**
     * The largest extended Le: javax.smartcardio takes at most 8192 bytes per response, status
     * word included.
     */
    public static final int MAX_EXTENDED_READ = 8190;

    private static final int NO_EF = -1;
    private static final int MAX_SFI = 0x1E;
    private static final int MAX_OFFSET = 0x7FFF;
    private static final int INS_SELECT = 0xA4;
    private static final int INS_READ_BINARY = 0xB0;
    private static final int INS_READ_RECORD = 0xB2;
    private static final int END_OF_FILE_REACHED = 0x6282;
    /** Answers of a card that does not take a short EF identifier in READ RECORD's P2. */
    private static final Set<Integer> REFUSED_SFI = Set.of(0x6A81, 0x6A82, 0x6A86, 0x6981, 0x6986, 0x6B00);

    private final CardTransport transport;
    private final CardTransport corrected;
    private final CardTransport once;
    private MynaApplication selected;
    private int currentEf = NO_EF;
    private int exclusiveDepth;
    private long epoch;

    /**
     * A session on the card behind {@code transport}. Its exchanges are logged, redacted, through
     * {@link LoggingTransport} when that logger is on.
     */
    public CardSession(CardTransport transport) {
        this.transport = new LoggingTransport(Objects.requireNonNull(transport, "transport"));
        this.corrected = new GetResponseTransport(new LeCorrectionTransport(this.transport));
        this.once = new GetResponseTransport(this.transport);
    }

    /** A multi-APDU operation run with exclusive access to the card. */
    @FunctionalInterface
    public interface Operation<T> {
        T run() throws IOException;
    }

    public boolean supportsExtendedLength() {
        return transport.supportsExtendedLength();
    }

    public byte[] atr() {
        return transport.atr();
    }

    /**
     * Runs {@code operation} holding {@link CardTransport#exclusive()}. Nested calls join the
     * outer operation. When the outermost one ends, the selection memory is cleared.
     */
    public synchronized <T> T exclusive(Operation<T> operation) throws IOException {
        if (exclusiveDepth > 0) {
            exclusiveDepth++;
            try {
                return operation.run();
            } finally {
                exclusiveDepth--;
            }
        }
        try (CardTransport.ExclusiveAccess access = transport.exclusive()) {
            exclusiveDepth = 1;
            return operation.run();
        } finally {
            exclusiveDepth = 0;
            selected = null;
            currentEf = NO_EF;
        }
    }

    /**
     * Holds exclusive access, and with it the selection memory, until the returned hold is closed:
     * for a caller whose several operations form one, like a command-line run. Operations run
     * meanwhile join it as if nested.
     */
    public synchronized Hold hold() throws IOException {
        CardTransport.ExclusiveAccess access = exclusiveDepth == 0 ? transport.exclusive() : null;
        exclusiveDepth++;
        return () -> release(access);
    }

    private synchronized void release(CardTransport.ExclusiveAccess access) throws IOException {
        exclusiveDepth--;
        if (exclusiveDepth == 0) {
            selected = null;
            currentEf = NO_EF;
        }
        if (access != null) {
            access.close();
        }
    }

    /** Exclusive access taken by {@link #hold()}. */
    public interface Hold extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** Selects an application unless it is selected already. */
    public synchronized void select(MynaApplication application) throws IOException {
        if (application == selected) {
            return;
        }
        byte[] aid = application.aid();
        selected = null;
        currentEf = NO_EF;
        SwException.check(send(CommandApdu.of(0x00, INS_SELECT, 0x04, 0x0C, aid)));
        selected = application;
    }

    /** The application selected in this operation, if the session knows. */
    public synchronized Optional<MynaApplication> selected() {
        return Optional.ofNullable(selected);
    }

    /** Selects an EF of the selected application unless it is current already. */
    public synchronized void selectEf(int fid) throws IOException {
        requireFid(fid);
        if (fid == currentEf) {
            return;
        }
        currentEf = NO_EF;
        SwException.check(send(CommandApdu.of(0x00, INS_SELECT, 0x02, 0x0C, new byte[] {(byte) (fid >> 8), (byte) fid})));
        currentEf = fid;
    }

    /**
     * Sends one command and returns the response whatever its status word. A SELECT sent this way
     * clears the selection memory (use {@link #select} and {@link #selectEf} to keep it).
     */
    public synchronized ResponseApdu send(CommandApdu command) throws IOException {
        if (command.ins() == INS_SELECT) {
            selected = null;
            currentEf = NO_EF;
        }
        return exchange(isOnceOnly(command.ins()) ? once : corrected, command.encode());
    }

    /**
     * Sends a command whose data is a secret (a PIN): the APDU is built here and wiped after the
     * exchange, and it is never re-sent. {@code header} holds CLA INS P1 P2; the caller wipes
     * {@code secret}.
     */
    public synchronized ResponseApdu sendSecret(byte[] header, byte[] secret) throws IOException {
        if (header.length != 4 || secret.length < 1 || secret.length > CommandApdu.MAX_SHORT_LC) {
            throw new IllegalArgumentException("a secret command has a 4-byte header and 1–255 data bytes");
        }
        byte[] apdu = new byte[5 + secret.length];
        try {
            System.arraycopy(header, 0, apdu, 0, 4);
            apdu[4] = (byte) secret.length;
            System.arraycopy(secret, 0, apdu, 5, secret.length);
            return exchange(once, apdu);
        } finally {
            Arrays.fill(apdu, (byte) 0);
        }
    }

    /**
     * One READ BINARY of up to {@code length} bytes (more than 256 needs extended length): by
     * short EF identifier when the EF is not current and the offset fits in a byte, otherwise on
     * the current EF, selecting it first if needed. Returns what the card sent, which near the end
     * of the EF is fewer bytes than asked.
     */
    public synchronized byte[] readBinary(int fid, int offset, int length) throws IOException {
        requireFid(fid);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset " + offset + " is outside 0–32767");
        }
        if (length < 1 || length > (transport.supportsExtendedLength() ? MAX_EXTENDED_READ : CommandApdu.MAX_SHORT_NE)) {
            throw new IllegalArgumentException("a READ BINARY of " + length + " bytes is not possible on this transport");
        }
        boolean bySfi = fid != currentEf && fid <= MAX_SFI && offset <= 0xFF;
        if (!bySfi) {
            selectEf(fid);
        }
        int p1 = bySfi ? 0x80 | fid : offset >> 8;
        int p2 = bySfi ? offset : offset & 0xFF;
        if (bySfi) {
            currentEf = NO_EF;
        }
        ResponseApdu response = SwException.check(send(CommandApdu.of(0x00, INS_READ_BINARY, p1, p2, length)),
                StatusWord.SUCCESS.code(), END_OF_FILE_REACHED);
        if (response.dataLength() > length) {
            throw new MalformedCardResponseException("READ BINARY of EF " + hex(fid) + " asked for " + length
                    + " bytes and got " + response.dataLength());
        }
        currentEf = fid;
        return response.data();
    }

    /**
     * Reads the BER-TLV object (e.g. a DER certificate) at the start of an EF, with the fewest
     * APDUs: with extended length one READ of up to {@code maxLength} bytes; otherwise a 256-byte
     * READ, then READs sized from the object's length. Filler after the object is not returned.
     *
     * @throws MalformedCardResponseException when the header does not parse, announces more than
     *     {@code maxLength} bytes, or the EF ends before the object does
     */
    public synchronized byte[] readObject(MynaApplication application, int fid, int maxLength) throws IOException {
        select(application);
        int chunk = transport.supportsExtendedLength() ? Math.min(maxLength, MAX_EXTENDED_READ)
                : Math.min(maxLength, CommandApdu.MAX_SHORT_NE);
        byte[] first = readBinary(fid, 0, chunk);
        TlvHeader header = TlvHeader.parse(first, 0, first.length);
        int total = header.totalLength();
        if (total > maxLength) {
            throw new MalformedCardResponseException("EF " + hex(fid) + " announces an object of " + total
                    + " bytes, more than the " + maxLength + " allowed");
        }
        if (first.length >= total) {
            return Arrays.copyOf(first, total);
        }
        ByteArrayOutputStream object = new ByteArrayOutputStream(total);
        object.writeBytes(first);
        int asked = chunk;
        byte[] last = first;
        while (object.size() < total) {
            if (last.length < asked) {
                throw truncated(fid, total, object.size());
            }
            asked = Math.min(chunk, total - object.size());
            last = readContinuation(fid, object.size(), asked, total);
            object.writeBytes(last);
        }
        return object.toByteArray();
    }

    private byte[] readContinuation(int fid, int offset, int length, int total) throws IOException {
        try {
            return readBinary(fid, offset, length);
        } catch (SwException e) {
            if (e.sw() == StatusWord.WRONG_P1P2.code()) {
                throw truncated(fid, total, offset);
            }
            throw e;
        }
    }

    private static MalformedCardResponseException truncated(int fid, int total, int available) {
        return new MalformedCardResponseException("EF " + hex(fid) + " ends after " + available
                + " bytes but its object announces " + total);
    }

    /** Selects {@code application} and reads up to {@code length} bytes from the start of an EF. */
    public synchronized byte[] readEf(MynaApplication application, int fid, int length) throws IOException {
        select(application);
        return readBinary(fid, 0, length);
    }

    /** Selects {@code application} and reads one record of a record EF by short EF identifier. */
    public synchronized byte[] readRecord(MynaApplication application, int fid, int record) throws IOException {
        if (fid < 1 || fid > MAX_SFI) {
            throw new IllegalArgumentException("EF " + hex(fid) + " has no short EF identifier");
        }
        if (record < 1 || record > 0xFE) {
            throw new IllegalArgumentException("record number " + record + " is outside 1–254");
        }
        select(application);
        if (currentEf != fid) {
            currentEf = NO_EF;
            ResponseApdu bySfi = send(CommandApdu.of(0x00, INS_READ_RECORD, record, (fid << 3) | 0x04,
                    CommandApdu.MAX_SHORT_NE));
            if (!REFUSED_SFI.contains(bySfi.sw())) {
                currentEf = fid;
                return SwException.check(bySfi).data();
            }
            // The reference documents READ RECORD only on the current EF (`00 B2 01 04 00`); a card
            // that refuses the SFI form costs one SELECT EF more, never a wrong answer.
            selectEf(fid);
        }
        return SwException.check(send(
                CommandApdu.of(0x00, INS_READ_RECORD, record, 0x04, CommandApdu.MAX_SHORT_NE))).data();
    }

    /**
     * Forgets what is selected, e.g. after a card reset. Also changes {@link #epoch()}: whatever was
     * learnt from the card before may no longer hold.
     */
    public synchronized void forgetSelection() {
        selected = null;
        currentEf = NO_EF;
        epoch++;
    }

    /**
     * A number that changes whenever the session loses track of the card (transport error,
     * malformed response, {@link #forgetSelection()}); a cache of card data keyed by it is safe.
     */
    public synchronized long epoch() {
        return epoch;
    }

    @Override
    public synchronized void close() throws IOException {
        forgetSelection();
        transport.close();
    }

    private ResponseApdu exchange(CardTransport via, byte[] command) throws IOException {
        byte[] response;
        try {
            response = via.exchange(command);
        } catch (IOException | RuntimeException e) {
            forgetSelection();
            throw e;
        }
        if (response == null || response.length < 2) {
            forgetSelection();
            throw new MalformedCardResponseException("the card answered with "
                    + (response == null ? 0 : response.length) + " bytes, less than a status word");
        }
        return new ResponseApdu(response);
    }

    // VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER (and their odd-INS forms), CHANGE KEY,
    // PERFORM SECURITY OPERATION / COMPUTE DIGITAL SIGNATURE.
    private static boolean isOnceOnly(int ins) {
        int even = ins & 0xFE;
        return even == 0x20 || even == 0x24 || even == 0x2C || ins == 0x32 || ins == 0x2A;
    }

    private static void requireFid(int fid) {
        if (fid < 1 || fid > 0xFFFF) {
            throw new IllegalArgumentException("EF id " + fid + " is outside 0001–FFFF");
        }
    }

    static String hex(int fid) {
        return String.format("%04X", fid);
    }
}
