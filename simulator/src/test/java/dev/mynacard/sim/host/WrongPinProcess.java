/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.sim.issue.DefaultCard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Another process using a state file: in a JVM of its own, loads the card, selects the JPKI
 * application, prints {@code ready} and waits for a line on stdin, so that all such processes hold
 * the same stale card when they go on; then sends one wrong sign password and prints the status
 * word (hex).
 */
public final class WrongPinProcess {
    static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    /** VERIFY of the sign password (EF 001B) with WRONG1. */
    static final String WRONG_SIGN_PASSWORD = "0020009B0657524F4E4731";
    static final String SIGN_QUERY = "0020009B";

    private WrongPinProcess() {
    }

    public static void main(String[] args) throws IOException {
        PersistentCard card = PersistentCard.open(Path.of(args[0]), DefaultCard::image, System.err::println);
        send(card, SELECT_JPKI);
        System.out.println("ready");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        System.out.println(String.format("%04X", send(card, WRONG_SIGN_PASSWORD)));
        System.out.flush();
    }

    static int send(PersistentCard card, String hex) {
        return new ResponseApdu(card.process(HexFormat.of().parseHex(hex))).sw();
    }

    /** Starts {@code count} of them on {@code stateFile}, each waiting for its go. */
    static List<Process> start(int count, Path stateFile, Path dir) throws IOException {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), WrongPinProcess.class.getName(), stateFile.toString())
                    .redirectError(Files.createTempFile(dir, "wrong-pin", ".err").toFile())
                    .start());
        }
        return processes;
    }
}
