/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.pcsc.jna.JnaPcsc;
import java.util.Locale;

/**
 * Picks the PC/SC backend: "jdk" (javax.smartcardio), "jna" (PC/SC called directly through JNA,
 * which needs the optional JNA jar) or "auto": the JDK, unless it reports no PC/SC service, then
 * JNA. A program that never asks for JNA never loads it.
 */
public final class PcscBackends {
    private PcscBackends() {
    }

    /**
     * The backend named {@code choice}: "jdk", "jna", or "auto" (also {@code null} or blank),
     * in any case.
     *
     * @throws IllegalArgumentException for any other name
     * @throws TransportException {@link Reason#NO_SERVICE} when the chosen backend cannot reach
     *     PC/SC (for "auto": neither can; the JNA failure is attached as suppressed)
     */
    public static PcscBackend choose(String choice) throws TransportException {
        String name = choice == null || choice.isBlank() ? "auto" : choice.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "jdk" -> PcscReaders.open();
            case "jna" -> JnaPcsc.open();
            case "auto" -> automatic();
            default -> throw new IllegalArgumentException(
                    "Unknown PC/SC backend '" + choice + "': choose jdk, jna or auto");
        };
    }

    private static PcscBackend automatic() throws TransportException {
        try {
            return PcscReaders.open();
        } catch (TransportException jdkFailure) {
            try {
                return JnaPcsc.open();
            } catch (TransportException jnaFailure) {
                jdkFailure.addSuppressed(jnaFailure);
                throw jdkFailure;
            }
        }
    }
}
