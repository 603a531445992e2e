/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.SwException;
import dev.mynacard.core.cert.CardInfo;
import dev.mynacard.core.cert.CertificateReader;
import dev.mynacard.core.cert.ExpiryReport;
import dev.mynacard.core.face.FaceReader;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.core.sign.CardSigner;
import dev.mynacard.core.text.TextApReader;
import java.io.IOException;
import java.time.Instant;

/**
 * A My Number Card behind any transport: what integrators start from.
 *
 * <pre>{@code
 * try (MyNumberCard card = MyNumberCard.open(transport);
 *      Pin pin = Pin.of(typed)) {
 *     byte[] signature = card.signer().sign(SigningKey.AUTH, pin, DigestAlgorithm.SHA256, digest, LastTry.REFUSE);
 * }
 * }</pre>
 */
public final class MyNumberCard implements AutoCloseable {
    private final CardSession session;
    /** Null until read: {@link #openExclusive} leaves the token label for when it is asked. */
    private TokenInfo tokenInfo;
    private final PinService pins;
    private final CertificateReader certificates;
    private final TextApReader textAp;
    private final FaceReader face;
    private final CardSigner signer;
    /** The exclusive access {@link #openExclusive} keeps until {@link #close()}; null otherwise. */
    private final CardSession.Hold hold;

    private MyNumberCard(CardSession session, TokenInfo tokenInfo, CardSession.Hold hold) {
        this.session = session;
        this.hold = hold;
        this.tokenInfo = tokenInfo;
        this.pins = new PinService(session);
        this.certificates = new CertificateReader(session, pins);
        this.textAp = new TextApReader(session, pins);
        this.face = new FaceReader(session, pins);
        this.signer = new CardSigner(session, pins, certificates);
    }

    /**
     * Detects the card (SELECT of the JPKI AP, then the token label in EF 0006: two APDUs). On
     * failure the transport stays open: it belongs to the caller.
     *
     * A phone's JPKI (token {@code JPKIAPGPSETOKEN} or {@code JPKIAPIOSTOKEN}) is accepted too: it
     * answers the JPKI AP like a card, and has no other application.
     *
     * @throws NotAMyNumberCardException no JPKI AP, or a token that is neither a My Number Card
     *     nor a phone's JPKI (an old 住基カード, an unknown label)
     */
    public static MyNumberCard open(CardTransport transport) throws IOException {
        CardSession session = new CardSession(transport);
        return new MyNumberCard(session, supported(detect(session)), null);
    }

    /**
     * Selects the JPKI AP and holds the card exclusively until {@link #close()}: no other program
     * comes in between, and that SELECT serves the first operation. The token label is read only
     * when {@link #tokenInfo()} is first asked (one APDU then), so an operation that does not need
     * it costs no more APDUs than on a card known already; that is when an unsupported token is
     * refused.
     *
     * @throws NotAMyNumberCardException no JPKI AP
     */
    public static MyNumberCard openExclusive(CardTransport transport) throws IOException {
        CardSession session = new CardSession(transport);
        CardSession.Hold hold = session.hold();
        try {
            selectJpki(session);
            return new MyNumberCard(session, null, hold);
        } catch (IOException | RuntimeException e) {
            hold.close();
            throw e;
        }
    }

    private static TokenInfo supported(TokenInfo token) throws NotAMyNumberCardException {
        if (!token.kind().isSupported()) {
            throw new NotAMyNumberCardException(token);
        }
        return token;
    }

    /** The token information of the JPKI AP, whatever kind of token it is. */
    public static TokenInfo detect(CardSession session) throws IOException {
        return session.exclusive(() -> {
            selectJpki(session);
            return TokenInfo.parse(session.readEf(MynaApplication.JPKI, TokenInfo.EF, TokenInfo.LABEL_LENGTH));
        });
    }

    private static void selectJpki(CardSession session) throws IOException {
        try {
            session.select(MynaApplication.JPKI);
        } catch (SwException e) {
            throw new NotAMyNumberCardException("the card has no JPKI application (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The token label of the JPKI AP; read from the card the first time after
     * {@link #openExclusive}.
     *
     * @throws NotAMyNumberCardException a token that is neither a My Number Card nor a phone's JPKI
     */
    public synchronized TokenInfo tokenInfo() throws IOException {
        if (tokenInfo == null) {
            tokenInfo = supported(detect(session));
        }
        return tokenInfo;
    }

    public CardSession session() {
        return session;
    }

    public PinService pins() {
        return pins;
    }

    public CertificateReader certificates() {
        return certificates;
    }

    public TextApReader textAp() {
        return textAp;
    }

    /** The card's face (visual AP). */
    public FaceReader face() {
        return face;
    }

    public CardSigner signer() {
        return signer;
    }

    /** The 共通AP card record: serial number, municipality, card expiry. */
    public CardInfo cardInfo() throws IOException {
        return CardInfo.read(session);
    }

    /** The card's own expiry, seen from now. */
    public ExpiryReport cardExpiry() throws IOException {
        return cardInfo().expiry(Instant.now());
    }

    /** Closes the session and the transport. */
    @Override
    public void close() throws IOException {
        try {
            if (hold != null) {
                hold.close();
            }
        } finally {
            session.close();
        }
    }
}
