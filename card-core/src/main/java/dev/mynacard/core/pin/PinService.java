/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.NotFoundException;
import dev.mynacard.apdu.PinBlockedException;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.StatusWord;
import dev.mynacard.apdu.SwException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.pin.PartialPinChangeException.CopyState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The holder's PINs: retry counters without spending a try, VERIFY and change.
 *
 * <p>Safety rules: a PIN's format is checked before any APDU is sent; with {@link LastTry#REFUSE}
 * the counter is read first and a PIN with one try left (or none) is never sent; VERIFY and the
 * change commands are never re-sent, not even after a transport error; encoded PINs are wiped.
 *
 * <p>The card forgets a verified PIN when another application is selected, so a verification is
 * useful only inside the same {@link CardSession#exclusive exclusive operation} as the command it
 * opens (as {@code CertificateReader}, {@code CardSigner} and {@code TextApReader} do).
 */
public final class PinService {
    private static final int INS_VERIFY = 0x20;
    private static final int INS_CHANGE_REFERENCE_DATA = 0x24;
    private static final int INS_CHANGE_KEY = 0x32;
    private static final int CURRENT_EF = 0x80;
    private static final int NO_TRIES_LEFT = 0x63C0;

    private final CardSession session;

    public PinService(CardSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** The retry counter of one PIN, by the empty VERIFY (no try spent). */
    public PinStatus status(PinReference pin) throws IOException {
        return session.exclusive(() -> {
            session.select(pin.application());
            return query(pin, CURRENT_EF | pin.fid());
        });
    }

    /**
     * The four PINs' counters, in {@link PinKind} order, in one operation. A PIN the card does not
     * have (the sign password of a card without signing certificate) is left out.
     */
    public List<PinStatus> statusAll() throws IOException {
        return session.exclusive(() -> {
            List<PinStatus> all = new ArrayList<>();
            for (PinKind kind : PinKind.values()) {
                try {
                    all.add(status(kind));
                } catch (NotFoundException absent) {
                    // this card does not have that PIN
                }
            }
            return all;
        });
    }

    /**
     * Verifies a PIN in its application (selecting it unless it is selected).
     *
     * @throws PinFormatException       before any APDU when the PIN breaks its format
     * @throws LastTryRefusedException  one try left and {@link LastTry#REFUSE}
     * @throws PinBlockedException      no try left (63C0, 6983, 6984)
     * @throws dev.mynacard.apdu.WrongPinException the card refused the PIN; it says the tries left
     */
    public void verify(PinReference pin, Pin value, LastTry lastTry) throws IOException {
        byte[] encoded = value.encode(pin);
        try {
            session.exclusive(() -> {
                session.select(pin.application());
                present(pin, CURRENT_EF | pin.fid(), encoded, lastTry);
                return null;
            });
        } finally {
            PinFormat.wipe(encoded);
        }
    }

    /** Changes a PIN, refusing to spend the current PIN's last try ({@link LastTry#REFUSE}). */
    public void change(PinKind kind, Pin current, Pin replacement) throws IOException {
        change(kind, current, replacement, LastTry.REFUSE);
    }

    /**
     * Changes a PIN: VERIFY with the current one, then CHANGE REFERENCE DATA {@code 00 24 01 80}
     * (auth, sign, text). The 住基 PIN has two copies (共通AP and 住基AP): both are verified before
     * either is written, then CHANGE KEY {@code 80 32 00 80} writes each.
     *
     * @throws PartialPinChangeException the 住基 PIN's second write failed (or the first one's
     *     outcome is unknown): the exception says which copy holds which PIN
     */
    public void change(PinKind kind, Pin current, Pin replacement, LastTry lastTry) throws IOException {
        byte[] old = current.encode(kind);
        byte[] fresh = null;
        try {
            fresh = replacement.encode(kind);
            byte[] newPin = fresh;
            session.exclusive(() -> {
                if (kind == PinKind.JUKI) {
                    changeJuki(old, newPin, lastTry);
                } else {
                    openForChange(kind, kind.application(), old, lastTry);
                    SwException.check(session.sendSecret(header(0x00, INS_CHANGE_REFERENCE_DATA, 0x01), newPin));
                }
                return null;
            });
        } finally {
            PinFormat.wipe(old);
            PinFormat.wipe(fresh);
        }
    }

    private void changeJuki(byte[] old, byte[] fresh, LastTry lastTry) throws IOException {
        openForChange(PinKind.JUKI, MynaApplication.COMMON, old, lastTry);
        openForChange(PinKind.JUKI, MynaApplication.JUKI, old, lastTry);
        Map<MynaApplication, CopyState> copies = new EnumMap<>(MynaApplication.class);
        copies.put(MynaApplication.COMMON, CopyState.NOT_CHANGED);
        copies.put(MynaApplication.JUKI, CopyState.NOT_CHANGED);
        try {
            writeKey(MynaApplication.JUKI, fresh, copies);
            // Selecting the 共通AP again dropped its verification: the old PIN opens it once more.
            openForChange(PinKind.JUKI, MynaApplication.COMMON, old, LastTry.ALLOW);
            writeKey(MynaApplication.COMMON, fresh, copies);
        } catch (IOException e) {
            if (copies.values().stream().allMatch(state -> state == CopyState.NOT_CHANGED)) {
                throw e;
            }
            throw new PartialPinChangeException(PinKind.JUKI, copies, e);
        }
    }

    private void writeKey(MynaApplication copy, byte[] fresh, Map<MynaApplication, CopyState> copies)
            throws IOException {
        ResponseApdu response;
        try {
            response = session.sendSecret(header(0x80, INS_CHANGE_KEY, 0x00), fresh);
        } catch (IOException e) {
            copies.put(copy, CopyState.UNKNOWN);
            throw e;
        }
        SwException.check(response);
        copies.put(copy, CopyState.CHANGED);
    }

    /** Selects the application and the PIN EF, then verifies the current PIN on the current EF. */
    private void openForChange(PinKind kind, MynaApplication application, byte[] old, LastTry lastTry)
            throws IOException {
        session.select(application);
        session.selectEf(kind.fid());
        present(kind, CURRENT_EF, old, lastTry);
    }

    private void present(PinReference pin, int p2, byte[] encoded, LastTry lastTry) throws IOException {
        if (lastTry == LastTry.REFUSE) {
            PinStatus status = query(pin, p2);
            if (status.state() == PinStatus.State.BLOCKED) {
                throw new PinBlockedException(NO_TRIES_LEFT);
            }
            if (status.state() == PinStatus.State.LAST_TRY) {
                throw new LastTryRefusedException(pin);
            }
        }
        SwException.check(session.sendSecret(new byte[] {0x00, INS_VERIFY, 0x00, (byte) p2}, encoded));
    }

    /**
     * The empty VERIFY: 63Cx (x tries left), 9000 (verified in this session: some cards answer so
     * where others repeat 63Cx with the full count), 6300 (no retry limit), 6983/6984 (blocked).
     */
    private PinStatus query(PinReference pin, int p2) throws IOException {
        int sw = session.send(CommandApdu.of(0x00, INS_VERIFY, 0x00, p2)).sw();
        if (sw == StatusWord.SUCCESS.code()) {
            return new PinStatus(pin, pin.maxTries(), pin.maxTries(), PinStatus.Reading.VERIFIED);
        }
        if (sw == StatusWord.VERIFICATION_FAILED.code()) {
            return new PinStatus(pin, pin.maxTries(), pin.maxTries(), PinStatus.Reading.NO_LIMIT);
        }
        if (StatusWord.isRetryCounter(sw)) {
            int left = StatusWord.triesLeft(sw);
            if (left > pin.maxTries()) {
                throw new MalformedCardResponseException("the card reports " + left + " tries left for the "
                        + pin.label() + ", whose maximum is " + pin.maxTries());
            }
            return new PinStatus(pin, left, pin.maxTries());
        }
        if (sw == StatusWord.AUTHENTICATION_METHOD_BLOCKED.code() || sw == StatusWord.REFERENCE_DATA_NOT_USABLE.code()) {
            return new PinStatus(pin, 0, pin.maxTries());
        }
        throw SwException.of(sw);
    }

    private static byte[] header(int cla, int ins, int p1) {
        return new byte[] {(byte) cla, (byte) ins, (byte) p1, (byte) CURRENT_EF};
    }
}
