/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.vpcd.VirtualCard;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A card for exercising the PC/SC path through vpcd:
 * <ul>
 *   <li>{@code 00 A4 04 00 AID}: 9000 for {@link #AID}, 6A82 for anything else;</li>
 *   <li>{@code 80 10 00 00 data [Le]}: 9000, with the data echoed when Le is present;</li>
 *   <li>{@code 80 20 00 00 Le}: Ne bytes 00 01 02 …;</li>
 *   <li>{@code 80 22 00 LL Le}: 6CLL unless Ne is LL, then LL bytes;</li>
 *   <li>{@code 80 30 HH LL}: a response of HHLL bytes served in 256-byte pieces with 61xx and
 *       GET RESPONSE ({@code 00 C0 00 00 Le});</li>
 *   <li>{@code 80 40 00 00}: 9000 (case 1);</li>
 *   <li>{@code 80 50 00 00}: throws, which the connector answers with 6F00.</li>
 * </ul>
 */
public final class EchoTestCard implements VirtualCard {
    public static final byte[] AID = {(byte) 0xD3, (byte) 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08};
    /** T=1 in TD1, historical bytes "mynatest", then TCK. */
    public static final byte[] ATR = withTck(new byte[] {0x3B, (byte) 0x88, (byte) 0x80, 0x01,
            'm', 'y', 'n', 'a', 't', 'e', 's', 't', 0});

    /** T=0 only (no TD1), two historical bytes. */
    public static final byte[] ATR_T0 = {0x3B, 0x02, 0x14, 0x50};

    public final AtomicInteger commands = new AtomicInteger();
    private final byte[] atr;
    private byte[] pending = new byte[0];

    public EchoTestCard() {
        this(ATR);
    }

    public EchoTestCard(byte[] atr) {
        this.atr = atr.clone();
    }

    private static byte[] withTck(byte[] atr) {
        byte tck = 0;
        for (int i = 1; i < atr.length - 1; i++) {
            tck ^= atr[i];
        }
        atr[atr.length - 1] = tck;
        return atr;
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    @Override
    public byte[] process(byte[] apdu) {
        commands.incrementAndGet();
        CommandApdu c = CommandApdu.decode(apdu);
        int ins = c.ins();
        if (ins != 0xC0) {
            pending = new byte[0];
        }
        return switch (ins) {
            case 0xA4 -> sw(Arrays.equals(c.data(), AID) ? 0x9000 : 0x6A82);
            case 0x10 -> ResponseApdu.of(c.ne() > 0 ? c.data() : new byte[0], 0x9000).encode();
            case 0x20 -> ResponseApdu.of(counting(c.ne()), 0x9000).encode();
            case 0x22 -> c.ne() == c.p2() ? ResponseApdu.of(counting(c.p2()), 0x9000).encode() : sw(0x6C00 | c.p2());
            case 0x30 -> {
                pending = counting((c.p1() << 8) | c.p2());
                yield nextPiece(256);
            }
            case 0xC0 -> nextPiece(c.ne());
            case 0x40 -> sw(0x9000);
            case 0x50 -> throw new IllegalStateException("the test card fails on purpose");
            default -> sw(0x6D00);
        };
    }

    private byte[] nextPiece(int ne) {
        int n = Math.min(ne, pending.length);
        byte[] piece = Arrays.copyOf(pending, n);
        pending = Arrays.copyOfRange(pending, n, pending.length);
        int sw = pending.length == 0 ? 0x9000 : 0x6100 | Math.min(pending.length, 256) & 0xFF;
        return ResponseApdu.of(piece, sw).encode();
    }

    public static byte[] counting(int n) {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) {
            data[i] = (byte) i;
        }
        return data;
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }
}
