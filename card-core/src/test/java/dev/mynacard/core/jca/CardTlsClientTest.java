/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import static dev.mynacard.core.jca.CardKeyStores.load;
import static dev.mynacard.core.jca.CardKeyStores.password;
import static dev.mynacard.core.jca.CardKeyStores.withRegisteredProvider;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.sim.issue.IssuedCard;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TLS with mutual authentication on loopback, the client's private key on the simulated card: JDK
 * SSLContext, KeyManagerFactory "NewSunX509" over the MynaCard KeyStore, our provider registered
 * last so that delayed provider selection has to find it.
 */
class CardTlsClientTest {
    private static final IssuedCard CARD = TestCards.defaultCard();
    private static final int TIMEOUT_MILLIS = 20_000;
    private static final int COMPUTE_DIGITAL_SIGNATURE = 0x2A;
    private static final char[] SERVER_PASSWORD = "server".toCharArray();

    private static ExecutorService serverThread;
    private static SSLContext serverContext;
    private static X509Certificate serverCertificate;

    /** What the server saw of the handshake. */
    private record ServerView(SSLSession session, Certificate[] peerChain) {
    }

    @BeforeAll
    static void server() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        serverCertificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.ONE, Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))),
                name, keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));

        KeyStore identity = KeyStore.getInstance("PKCS12");
        identity.load(null, null);
        identity.setKeyEntry("server", keys.getPrivate(), SERVER_PASSWORD, new Certificate[] {serverCertificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("NewSunX509");
        keyManagers.init(identity, SERVER_PASSWORD);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), trusting(CARD.authRoot()).getTrustManagers(), null);
        serverThread = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stop() {
        serverThread.shutdownNow();
    }

    private static TrustManagerFactory trusting(X509Certificate root) throws Exception {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("root", root);
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(anchors);
        return factory;
    }

    private static SSLContext client(KeyStore cardKeys) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("NewSunX509");
        keyManagers.init(cardKeys, null);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trusting(serverCertificate).getTrustManagers(), null);
        return context;
    }

    /** Accepts one connection requiring a client certificate, completes the handshake and echoes one byte. */
    private static Future<ServerView> accept(SSLServerSocket listener) {
        return serverThread.submit(() -> {
            try (listener; SSLSocket connection = (SSLSocket) listener.accept()) {
                connection.setSoTimeout(TIMEOUT_MILLIS);
                connection.startHandshake();
                connection.getOutputStream().write(connection.getInputStream().read());
                connection.getOutputStream().flush();
                SSLSession session = connection.getSession();
                return new ServerView(session, session.getPeerCertificates());
            }
        });
    }

    private static SSLServerSocket listen(String protocol) throws Exception {
        SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        listener.setSoTimeout(TIMEOUT_MILLIS);
        listener.setNeedClientAuth(true);
        listener.setEnabledProtocols(new String[] {protocol});
        return listener;
    }

    private static SSLSocket connect(SSLContext context, SSLServerSocket listener, String protocol) throws Exception {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setEnabledProtocols(new String[] {protocol});
        return socket;
    }

    @Test
    void tls12MutualAuthenticationWithTheKeyOnTheCard() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        KeyStore cardKeys = load(CardKeyStoreParameter.of(wire, password("1234")));
        SSLContext context = client(cardKeys);
        SSLServerSocket listener = listen("TLSv1.2");
        Future<ServerView> server = accept(listener);

        withRegisteredProvider(-1, () -> {
            try (SSLSocket socket = connect(context, listener, "TLSv1.2")) {
                socket.startHandshake();
                socket.getOutputStream().write(42);
                socket.getOutputStream().flush();
                assertEquals(42, socket.getInputStream().read());
            }
        });

        ServerView seen = server.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        assertEquals(CARD.authCertificate(), seen.peerChain()[0]);
        assertEquals("TLSv1.2", seen.session().getProtocol());
        System.out.printf("TLS with the card's key: %s %s%n", seen.session().getProtocol(),
                seen.session().getCipherSuite());
        byte[] signCommand = wire.commands().stream().filter(c -> (c[1] & 0xFF) == COMPUTE_DIGITAL_SIGNATURE)
                .reduce((first, second) -> {
                    throw new AssertionError("more than one signature on the card");
                }).orElseThrow();
        byte[] sha256Prefix = DigestAlgorithm.SHA256.digestInfo(new byte[32]);
        assertArrayEquals(Arrays.copyOf(sha256Prefix, sha256Prefix.length - 32),
                Arrays.copyOfRange(signCommand, 5, 5 + sha256Prefix.length - 32),
                "CertificateVerify is rsa_pkcs1_sha256: the card signed a SHA-256 DigestInfo");
    }

    @Test
    void tls13CannotUseTheCardBecauseItRequiresPss() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        SSLContext context = client(load(CardKeyStoreParameter.of(wire, password("1234"))));
        SSLServerSocket listener = listen("TLSv1.3");
        Future<ServerView> server = accept(listener);

        withRegisteredProvider(-1, () -> {
            try (SSLSocket socket = connect(context, listener, "TLSv1.3")) {
                assertThrows(SSLException.class, () -> {
                    socket.startHandshake();
                    socket.getOutputStream().write(42);
                    socket.getOutputStream().flush();
                    socket.getInputStream().read();
                });
            }
        });

        assertThrows(ExecutionException.class, () -> server.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
        assertEquals(0, wire.count(COMPUTE_DIGITAL_SIGNATURE), "the card was never asked to sign");
    }
}
