/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import static dev.mynacard.sim.host.WrongPinProcess.SELECT_JPKI;
import static dev.mynacard.sim.host.WrongPinProcess.SIGN_QUERY;
import static dev.mynacard.sim.host.WrongPinProcess.WRONG_SIGN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.PinTries;
import dev.mynacard.sim.state.CardImageDump;
import dev.mynacard.sim.state.CardStateFile;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Separate processes on one state file: no process's wrong PIN is lost, no process overwrites another's. */
class SharedStateProcessesTest {
    private static final long WAIT_SECONDS = 120;
    private static final int SIGN_PASSWORD = 0x001B;

    @TempDir
    Path dir;

    /**
     * N processes load the card (all seeing 5 tries), then each sends one wrong sign password at
     * the same moment: every try is counted, each answer tells a different count, and from the
     * sixth on the password is blocked.
     */
    @ParameterizedTest
    @ValueSource(ints = {4, 6})
    void everyProcessesWrongPinIsCounted(int processes) throws Exception {
        Path state = dir.resolve("card.json");
        CardStateFile.save(state, DefaultCard.image());
        List<Process> started = WrongPinProcess.start(processes, state, dir);
        ExecutorService readers = Executors.newCachedThreadPool();
        try {
            List<BufferedReader> outs = started.stream()
                    .map(p -> new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))).toList();
            for (BufferedReader out : outs) {
                assertEquals("ready", line(readers, out));
            }
            for (Process process : started) {
                OutputStream go = process.getOutputStream();
                go.write('\n');
                go.close();
            }
            List<String> answers = new ArrayList<>();
            for (BufferedReader out : outs) {
                answers.add(line(readers, out));
            }
            for (Process process : started) {
                process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
                assertEquals(0, process.exitValue());
            }

            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= processes; i++) {
                expected.add(i <= PinTries.SIGN_MAX ? String.format("63C%X", PinTries.SIGN_MAX - i) : "6984"); // 6984: blocked, as the real card answers
            }
            assertEquals(expected.stream().sorted().toList(), answers.stream().sorted().toList());
            assertEquals(Math.max(0, PinTries.SIGN_MAX - processes), CardImageDump.triesLeft(CardStateFile.load(state), SIGN_PASSWORD));
        } finally {
            started.forEach(Process::destroyForcibly);
            readers.shutdownNow();
        }
    }

    /**
     * A running simulator (its card in a vpcd this test plays) and other processes spending tries on
     * the same file: the simulator's card catches up before each command, keeps its session, and
     * its final save on SIGTERM does not bring back a try another process spent.
     */
    @Test
    void aRunningSimulatorNeverOverwritesAnotherProcesssChange() throws Exception {
        Path state = dir.resolve("card.json");
        CardStateFile.save(state, DefaultCard.image());
        try (ServerSocket vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                SimulatorProcess simulator = SimulatorProcess.start(dir, "--state", state.toString(),
                        "--vpcd", "127.0.0.1:" + vpcd.getLocalPort())) {
            vpcd.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            try (Socket reader = vpcd.accept()) {
                reader.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
                send(reader, "01"); // power on: no answer
                assertEquals(0x9000, apdu(reader, SELECT_JPKI));
                assertEquals(0x63C5, apdu(reader, SIGN_QUERY));

                assertEquals("63C4", anotherProcessSendsAWrongPin(state));
                assertEquals(0x63C4, apdu(reader, SIGN_QUERY), "the other process's try, and the session goes on");
                assertEquals(0x63C3, apdu(reader, WRONG_SIGN_PASSWORD));
                assertEquals("63C2", anotherProcessSendsAWrongPin(state));
            }
            assertEquals(143, simulator.stop(), simulator.stderr());
            assertEquals(2, CardImageDump.triesLeft(CardStateFile.load(state), SIGN_PASSWORD), "the final save kept the other process's try");
            assertEquals("", simulator.stderr().replaceAll("(?m)^.*vpcd.*\\R", ""));
        }
    }

    private String anotherProcessSendsAWrongPin(Path state) throws Exception {
        Process process = WrongPinProcess.start(1, state, dir).get(0);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());
            process.getOutputStream().write('\n');
            process.getOutputStream().close();
            String answer = out.readLine();
            process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
            return answer;
        } finally {
            process.destroyForcibly();
        }
    }

    private static String line(ExecutorService readers, BufferedReader out) throws Exception {
        Future<String> line = readers.submit(out::readLine);
        return line.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void send(Socket reader, String hex) throws IOException {
        byte[] payload = HexFormat.of().parseHex(hex);
        DataOutputStream out = new DataOutputStream(reader.getOutputStream());
        out.writeShort(payload.length);
        out.write(payload);
        out.flush();
    }

    private static int apdu(Socket reader, String hex) throws IOException {
        send(reader, hex);
        DataInputStream in = new DataInputStream(reader.getInputStream());
        byte[] response = new byte[in.readUnsignedShort()];
        in.readFully(response);
        return new ResponseApdu(response).sw();
    }
}
