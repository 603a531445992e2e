/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import com.licel.jcardsim.base.Simulator;
import com.licel.jcardsim.utils.AIDUtil;
import javacard.framework.AID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The applets on jCardSim alone, without the simulator's card-OS front: what a real card's applet
 * answers by itself (class byte, SELECT of another AID) when the card OS passes a command on.
 */
class AppletWithoutOsTest {
    private static final byte[] AID_BYTES = HexFormat.of().parseHex("D392F000260100000001");
    private Simulator simulator;

    @BeforeEach
    void install() {
        simulator = new Simulator();
        byte[] parameters = new byte[AID_BYTES.length + 3];
        parameters[0] = (byte) AID_BYTES.length;
        System.arraycopy(AID_BYTES, 0, parameters, 1, AID_BYTES.length);
        AID aid = AIDUtil.create(AID_BYTES);
        simulator.installApplet(aid, JpkiApplet.class, parameters, (short) 0, (byte) parameters.length);
        assertEquals("9000", send("00A4040C0A" + HexFormat.of().formatHex(AID_BYTES)));
    }

    @Test
    void theAppletChecksTheClassByteItself() {
        assertEquals("6882", send("0CB0000004"));
        assertEquals("6884", send("10B0000004"));
        assertEquals("6E00", send("A0B0000004"));
        assertEquals("6986", send("00B0000004"));
    }

    @Test
    void anotherAidReachingTheAppletIsNotFound() {
        assertEquals("6A82", send("00A4040205D392F00026"));
    }

    @Test
    void personalisationCommandsWorkUntilEndPersonalisation() {
        assertEquals("9000", send("80E0000006000601000200"));
        assertEquals("9000", send("00D6000002ABCD"));
        assertEquals("6A86", send("80E60100"));
        assertEquals("9000", send("80E60000"));
        assertEquals("ABCD9000", send("00B0860000"));
        assertEquals("6D00", send("00D6000002ABCD"));
        assertEquals("6D00", send("80E60000"));
    }

    private String send(String hex) {
        return HexFormat.of().withUpperCase().formatHex(simulator.transmitCommand(HexFormat.of().parseHex(hex)));
    }
}
