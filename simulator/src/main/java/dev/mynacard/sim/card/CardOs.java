/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import com.licel.jcardsim.base.Simulator;
import com.licel.jcardsim.base.SimulatorRuntime;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.sim.applet.ClassByte;
import java.util.function.Predicate;

/**
 * What the card OS answers before an applet sees the command, where jCardSim's runtime answers
 * otherwise: the class byte (jCardSim ignores the channel bits and would select on channel 1),
 * MANAGE CHANNEL,
 * application selection (jCardSim selects on a partial AID, selects the first applet for a SELECT
 * without data, and answers 6999 for an unknown AID) and commands while no application is selected.
 * An extended-length SELECT by name is no selection for jCardSim; it stays one (6A82). An
 * application that is not {@code selectable} (the locked card OS settings) is not found.
 */
final class CardOs {
    private static final int INS_SELECT = 0xA4;
    private static final int INS_MANAGE_CHANNEL = 0x70;
    private static final int P1_SELECT_MF = 0x00;
    private static final int P1_SELECT_NAME = 0x04;
    private static final int P1_LAST_FILE_SELECTION = 0x09;
    private static final int P2_FCI = 0x00;
    private static final int P2_NO_RESPONSE = 0x0C;
    private static final int SW_WRONG_LENGTH = 0x6700;
    private static final int SW_LOGICAL_CHANNEL_NOT_SUPPORTED = 0x6881;
    private static final int SW_FILE_NOT_FOUND = 0x6A82;
    private static final int SW_INCORRECT_P1P2 = 0x6A86;
    private static final int SW_INS_NOT_SUPPORTED = 0x6D00;

    private final Simulator simulator;
    private final SimulatorRuntime runtime;
    private final Predicate<CardApplication> selectable;

    CardOs(Simulator simulator, SimulatorRuntime runtime, Predicate<CardApplication> selectable) {
        this.simulator = simulator;
        this.runtime = runtime;
        this.selectable = selectable;
    }

    byte[] process(byte[] command) {
        if (command.length < 4) {
            return sw(SW_WRONG_LENGTH);
        }
        int ins = command[1] & 0xFF;
        short classStatus = ClassByte.check(command[0]);
        if (classStatus != ClassByte.ACCEPTED) {
            return sw(classStatus);
        }
        if ((ins & 0xF0) == 0x60 || (ins & 0xF0) == 0x90) {
            return sw(SW_INS_NOT_SUPPORTED);
        }
        CommandApdu apdu;
        try {
            apdu = CommandApdu.decode(command);
        } catch (IllegalArgumentException malformed) {
            return sw(SW_WRONG_LENGTH);
        }
        if (ins == INS_MANAGE_CHANNEL) {
            return sw(SW_LOGICAL_CHANNEL_NOT_SUPPORTED);
        }
        if (ins == INS_SELECT) {
            int refusal = checkSelect(apdu, runtime.getAID() != null);
            if (refusal != 0) {
                return sw(refusal);
            }
        }
        return simulator.transmitCommand(command);
    }

    /** The status word the card OS answers a SELECT with, or 0 to pass it to jCardSim. */
    private int checkSelect(CommandApdu apdu, boolean applicationSelected) {
        if (apdu.p1() == P1_SELECT_NAME && !apdu.isExtended()) {
            if (apdu.p2() != P2_FCI && apdu.p2() != P2_NO_RESPONSE) {
                return SW_INCORRECT_P1P2;
            }
            return CardApplication.byAid(apdu.data()).filter(selectable).isPresent() ? 0 : SW_FILE_NOT_FOUND;
        }
        if (applicationSelected) {
            return 0;
        }
        // No DF selected and no usable MF (docs/protocol.md §1).
        if (apdu.p1() == P1_SELECT_MF && apdu.nc() == 0) {
            return SW_INCORRECT_P1P2;
        }
        return apdu.p1() <= P1_LAST_FILE_SELECTION ? SW_FILE_NOT_FOUND : SW_INCORRECT_P1P2;
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }
}
