/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * The PC/SC functions of the platform's library, called through JNA with the argument sizes of
 * its {@link Abi}. Every failure is a {@link PcscError}; nothing here knows about readers the
 * user chose or messages.
 */
final class Winscard {
    static final int SCARD_SCOPE_SYSTEM = 2;
    static final int SCARD_SHARE_EXCLUSIVE = 1;
    static final int SCARD_SHARE_SHARED = 2;
    static final int SCARD_PROTOCOL_T0 = 1;
    static final int SCARD_PROTOCOL_T1 = 2;
    static final int SCARD_LEAVE_CARD = 0;
    static final int SCARD_RESET_CARD = 1;
    static final int SCARD_STATE_UNAWARE = 0;
    static final int SCARD_STATE_CHANGED = 0x2;
    static final int SCARD_STATE_UNKNOWN = 0x4;
    static final int SCARD_STATE_EMPTY = 0x10;
    static final int SCARD_STATE_PRESENT = 0x20;

    /** The longest response: 65536 data bytes and the status word. */
    static final int MAX_RESPONSE = 65538;
    /** The longest command pcsc-lite accepts: header, extended Lc, 65536 data bytes, extended Le. */
    static final int MAX_COMMAND = 4 + 3 + 65536 + 3 + 2;
    private static final int MAX_ATR = 36;
    private static final int MAX_READER_NAME = 1024;

    private final Abi abi;
    private final NativeLibrary library;
    private final int callFlags;
    private final Pointer t0Pci;
    private final Pointer t1Pci;

    private Winscard(Abi abi, NativeLibrary library) {
        this.abi = abi;
        this.library = library;
        this.callFlags = Platform.isWindows() ? Function.ALT_CONVENTION : Function.C_CONVENTION;
        this.t0Pci = library.getGlobalVariableAddress("g_rgSCardT0Pci");
        this.t1Pci = library.getGlobalVariableAddress("g_rgSCardT1Pci");
    }

    /**
     * Loads the PC/SC library by name or path.
     *
     * @throws UnsatisfiedLinkError when it cannot be loaded or lacks a PC/SC symbol
     */
    static Winscard load(String libraryName) {
        return new Winscard(Abi.current(), NativeLibrary.getInstance(libraryName));
    }

    private int call(String function, Object... args) {
        Function f = library.getFunction(function, callFlags);
        return abi.longSize() == 8 ? (int) f.invokeLong(args) : f.invokeInt(args);
    }

    private String text(String function) {
        return function + abi.textSuffix();
    }

    private static void check(int code) throws PcscError {
        if (code != 0) {
            throw new PcscError(code);
        }
    }

    private Memory dwordCell(long value) {
        Memory cell = new Memory(abi.dwordSize());
        abi.writeDword(cell, 0, value);
        return cell;
    }

    private Memory cString(String value) {
        byte[] bytes = value.getBytes(abi.charset());
        Memory memory = new Memory(bytes.length + 1L);
        memory.write(0, bytes, 0, bytes.length);
        memory.setByte(bytes.length, (byte) 0);
        return memory;
    }

    /** A new context with the resource manager: a new connection to pcscd. */
    long establishContext() throws PcscError {
        Memory context = new Memory(abi.handleSize());
        check(call("SCardEstablishContext", abi.dword(SCARD_SCOPE_SYSTEM), null, null, context));
        return abi.readHandle(context);
    }

    /**
     * Releases a context and the card connections made through it. Its result is not looked at: a
     * context whose service went away has nothing left to release.
     */
    void releaseContext(long context) {
        call("SCardReleaseContext", abi.handle(context));
    }

    /** Makes a {@link #getStatusChange} blocked on this context return SCARD_E_CANCELLED. */
    void cancel(long context) throws PcscError {
        check(call("SCardCancel", abi.handle(context)));
    }

    /** The readers' names; SCARD_E_NO_READERS_AVAILABLE when there is none. */
    List<String> listReaders(long context) throws PcscError {
        for (int attempt = 0; ; attempt++) {
            Memory length = dwordCell(0);
            check(call(text("SCardListReaders"), abi.handle(context), null, null, length));
            long size = abi.readDword(length, 0);
            Memory names = new Memory(Math.max(size, 1));
            int code = call(text("SCardListReaders"), abi.handle(context), null, names, length);
            // A reader plugged in between the two calls makes the list longer: ask again.
            if (code == PcscError.SCARD_E_INSUFFICIENT_BUFFER && attempt < 3) {
                continue;
            }
            check(code);
            return splitMultiString(names.getByteArray(0, (int) abi.readDword(length, 0)));
        }
    }

    private List<String> splitMultiString(byte[] multiString) {
        List<String> names = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < multiString.length; i++) {
            if (multiString[i] == 0) {
                if (i == start) {
                    break;
                }
                names.add(new String(multiString, start, i - start, abi.charset()));
                start = i + 1;
            }
        }
        return names;
    }

    /**
     * Waits up to {@code timeoutMillis} until the state of one of the readers differs from
     * {@code currentStates} (SCARD_STATE_UNAWARE: returns at once), and returns their event
     * states. SCARD_E_TIMEOUT when nothing changed.
     */
    int[] getStatusChange(long context, long timeoutMillis, List<String> readers, int[] currentStates)
            throws PcscError {
        long stride = abi.readerStateSize();
        Memory states = new Memory(stride * readers.size());
        states.clear();
        List<Memory> names = new ArrayList<>(readers.size());
        for (int i = 0; i < readers.size(); i++) {
            Memory name = cString(readers.get(i));
            names.add(name);
            states.setPointer(i * stride, name);
            abi.writeDword(states, i * stride + abi.currentStateOffset(), Integer.toUnsignedLong(currentStates[i]));
        }
        int code = call(text("SCardGetStatusChange"), abi.handle(context), abi.dword(timeoutMillis), states,
                abi.dword(readers.size()));
        // Only the native array points at the names: keep them from being freed during the call.
        Reference.reachabilityFence(names);
        check(code);
        int[] events = new int[readers.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = (int) abi.readDword(states, i * stride + abi.eventStateOffset());
        }
        return events;
    }

    /** Connects to the card in {@code reader}; {@code protocols} is a mask of SCARD_PROTOCOL_T0/T1. */
    Card connect(long context, String reader, int shareMode, int protocols) throws PcscError {
        Memory handle = new Memory(abi.handleSize());
        Memory protocol = dwordCell(0);
        check(call(text("SCardConnect"), abi.handle(context), cString(reader), abi.dword(shareMode),
                abi.dword(protocols), handle, protocol));
        return new Card(abi.readHandle(handle), (int) abi.readDword(protocol, 0));
    }

    /** A connection to a card, with its own send and receive buffers. Not thread-safe. */
    final class Card {
        private final long handle;
        private final int protocol;
        private final Memory command = new Memory(MAX_COMMAND);
        private final Memory response = new Memory(MAX_RESPONSE);

        private Card(long handle, int protocol) {
            this.handle = handle;
            this.protocol = protocol;
        }

        /** SCARD_PROTOCOL_T0 or SCARD_PROTOCOL_T1. */
        int protocol() {
            return protocol;
        }

        /** The answer to reset, from SCardStatus. */
        byte[] atr() throws PcscError {
            Memory readerName = new Memory(MAX_READER_NAME);
            Memory atr = new Memory(MAX_ATR);
            Memory atrLength = dwordCell(MAX_ATR);
            check(call(text("SCardStatus"), abi.handle(handle), readerName, dwordCell(MAX_READER_NAME),
                    dwordCell(0), dwordCell(0), atr, atrLength));
            return atr.getByteArray(0, (int) abi.readDword(atrLength, 0));
        }

        /** Sends one command APDU of at most {@link #MAX_COMMAND} bytes and returns the response. */
        byte[] transmit(byte[] apdu) throws PcscError {
            command.write(0, apdu, 0, apdu.length);
            Memory length = dwordCell(MAX_RESPONSE);
            Pointer pci = protocol == SCARD_PROTOCOL_T1 ? t1Pci : t0Pci;
            check(call("SCardTransmit", abi.handle(handle), pci, command, abi.dword(apdu.length), null,
                    response, length));
            return response.getByteArray(0, (int) abi.readDword(length, 0));
        }

        void beginTransaction() throws PcscError {
            check(call("SCardBeginTransaction", abi.handle(handle)));
        }

        void endTransaction(int disposition) throws PcscError {
            check(call("SCardEndTransaction", abi.handle(handle), abi.dword(disposition)));
        }

        void disconnect(int disposition) throws PcscError {
            check(call("SCardDisconnect", abi.handle(handle), abi.dword(disposition)));
        }
    }
}
