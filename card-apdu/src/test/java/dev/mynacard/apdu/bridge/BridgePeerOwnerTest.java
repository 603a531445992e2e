/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import static dev.mynacard.apdu.bridge.PhoneBench.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only this user's programs may be the phone: other users' connections are refused, unknown ones warned about. */
class BridgePeerOwnerTest {
    private static final long NOBODY = 65534;

    @Test
    void aConnectionOfAnotherUserIsClosedBeforeAnythingIsSentAndTheRealPhoneIsStillAdmitted() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        PeerOwner.Lookup firstIsForeign = lookup(socket -> connections.getAndIncrement() == 0
                ? new PeerOwner.OtherUser(NOBODY) : new PeerOwner.ThisUser());
        try (PhoneBench bench = PhoneBench.open(BridgeOptions.defaults(), firstIsForeign)) {
            var card = bench.awaitCard(WAIT);
            bench.awaitEvent(BridgeEvent.Listening.class);
            FakePhone intruder = bench.connectPhone();

            assertArrayEquals(new byte[0], intruder.readUntilClosed(WAIT), "not even the power-on frame");
            BridgeEvent.OtherUserRefused refused = bench.awaitEvent(BridgeEvent.OtherUserRefused.class);
            assertEquals(NOBODY, refused.uid());
            assertTrue(refused.message().matches("refused the connection from 127\\.0\\.0\\.1:\\d+: it belongs to another"
                    + " user of this computer \\(uid 65534\\), and only this user's programs may act as the phone"),
                    refused.message());

            FakePhone phone = bench.connectPhone();
            phone.answerHandshake(FakePhone.ATR);
            assertTrue(PhoneBench.get(card).isOpen(), "the refused connection did not take the phone's slot");
            assertEquals(List.of(BridgeEvent.Listening.class, BridgeEvent.OtherUserRefused.class,
                    BridgeEvent.PhoneConnected.class, BridgeEvent.CardPresent.class), kinds(bench));
        }
    }

    @Test
    void aLocalPhoneWhoseUserCannotBeToldIsAdmittedWithAWarning() throws Exception {
        PeerOwner.Lookup blind = lookup(socket -> new PeerOwner.Unknown("no /proc here"));
        try (PhoneBench bench = PhoneBench.open(BridgeOptions.defaults(), blind)) {
            assertFalse(bench.listener.verifiesLocalPeers());
            bench.insert(bench.connectPhone());

            assertEquals(List.of(BridgeEvent.Listening.class, BridgeEvent.PhoneConnected.class,
                    BridgeEvent.PhoneUnverified.class, BridgeEvent.CardPresent.class), kinds(bench));
            assertTrue(bench.awaitEvent(BridgeEvent.PhoneUnverified.class).message().matches(
                    "cannot tell which user the connection from 127\\.0\\.0\\.1:\\d+ belongs to \\(no /proc here\\):"
                    + " any program on this computer could be acting as the phone"));
        }
    }

    @Test
    void thisUsersOwnConnectionIsFoundInTheKernelsTables() throws Exception {
        PeerOwner.Lookup proc = PeerOwner.procTables();
        assumeTrue(proc.available(), "Linux with /proc only");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            assertInstanceOf(PeerOwner.ThisUser.class, proc.ownerOf(accepted));
        }
        try (PhoneBench bench = PhoneBench.open(BridgeOptions.defaults())) {
            assertTrue(bench.listener.verifiesLocalPeers());
            bench.insert(bench.connectPhone());
            assertEquals(List.of(BridgeEvent.Listening.class, BridgeEvent.PhoneConnected.class,
                    BridgeEvent.CardPresent.class), kinds(bench), "no warning for this user's own phone");
        }
    }

    @Test
    void anIpv6LoopbackConnectionIsFoundToo() throws Exception {
        PeerOwner.Lookup proc = PeerOwner.procTables();
        assumeTrue(proc.available(), "Linux with /proc only");
        InetAddress ipv6Loopback = InetAddress.getByName("::1");
        ServerSocket server;
        try {
            server = new ServerSocket(0, 1, ipv6Loopback);
        } catch (IOException noIpv6) {
            assumeTrue(false, "no IPv6 loopback here: " + noIpv6.getMessage());
            return;
        }
        try (server;
                Socket client = new Socket(ipv6Loopback, server.getLocalPort());
                Socket accepted = server.accept()) {
            assertInstanceOf(PeerOwner.ThisUser.class, proc.ownerOf(accepted));
        }
    }

    @Test
    void withoutProcTheLookupSaysItCannotTell(@TempDir Path emptyProc) throws Exception {
        PeerOwner.Lookup proc = new PeerOwner.ProcLookup(emptyProc);
        assertFalse(proc.available());
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept()) {
            assertInstanceOf(PeerOwner.Unknown.class, proc.ownerOf(accepted));
        }
    }

    /**
     * The real thing: a program of the user nobody (run by root through setpriv, bash's /dev/tcp as
     * the client) connects to the bridge first, is refused without receiving a byte, and the phone
     * of this user is admitted after it.
     */
    @Test
    void aProgramOfAnotherUserIsRefused() throws Exception {
        assumeTrue(PeerOwner.procTables().available() && isRoot() && Files.isExecutable(Path.of("/usr/bin/setpriv"))
                && Files.isExecutable(Path.of("/bin/bash")), "needs root, setpriv and bash on Linux");
        try (PhoneBench bench = PhoneBench.open(BridgeOptions.defaults())) {
            var card = bench.awaitCard(WAIT);
            bench.awaitEvent(BridgeEvent.Listening.class);
            Process intruder = new ProcessBuilder("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                    "--clear-groups", "/bin/bash", "-c",
                    "exec 3<>/dev/tcp/127.0.0.1/" + bench.listener.address().port() + " && cat <&3 | wc -c")
                    .redirectErrorStream(true).start();
            try {
                assertTrue(intruder.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS), "the bridge closed the intruder's connection");
                String output = new String(intruder.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                assertEquals(0, intruder.exitValue(), output);
                assertEquals("0", output, "the intruder received no byte before the bridge closed its connection");
            } finally {
                intruder.destroyForcibly();
            }
            assertEquals(NOBODY, bench.awaitEvent(BridgeEvent.OtherUserRefused.class).uid());

            FakePhone phone = bench.connectPhone();
            phone.answerHandshake(FakePhone.ATR);
            assertTrue(PhoneBench.get(card).isOpen());
        }
    }

    private static boolean isRoot() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().anyMatch(line -> line.matches("Uid:\\s+0\\s+0\\s.*"));
    }

    private static List<Class<?>> kinds(PhoneBench bench) {
        return bench.events.stream().<Class<?>>map(Object::getClass).toList();
    }

    private static PeerOwner.Lookup lookup(java.util.function.Function<Socket, PeerOwner> owners) {
        return new PeerOwner.Lookup() {
            @Override
            public PeerOwner ownerOf(Socket accepted) {
                return owners.apply(accepted);
            }

            @Override
            public boolean available() {
                return false;
            }
        };
    }
}
