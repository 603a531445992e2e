/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.pcsc.PcscBackends;

/**
 * Run in a JVM of its own: prints the name of the backend {@link PcscBackends#choose} picks for the
 * argument, or "FAILED" with the reason. A fresh JVM matters because javax.smartcardio decides once
 * per JVM whether PC/SC is there.
 */
public final class BackendChoiceProbe {
    private BackendChoiceProbe() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(PcscBackends.choose(args[0]).name());
        } catch (TransportException e) {
            System.out.println("FAILED " + e.reason() + ": " + e.getMessage());
        }
    }
}
