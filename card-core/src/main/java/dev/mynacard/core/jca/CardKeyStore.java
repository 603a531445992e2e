/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import dev.mynacard.apdu.NotFoundException;
import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.sign.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.KeyStoreSpi;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code MynaCard} KeyStore: the card's keys as read-only private-key entries, loaded with a
 * {@link CardKeyStoreParameter}.
 *
 * <ul>
 * <li>"auth": the 利用者証明用 key, chain = auth certificate (EF 000A) + the card's root (EF 000B).</li>
 * <li>"sign": the 署名用 key, chain = signing certificate (EF 0001) + root (EF 0002) — only when a
 *     sign password was given and the card has a signing key (holders under 15 have none; that is
 *     seen from the empty VERIFY, before any password is asked for). Reading the certificate
 *     needs the password, so it is asked for and verified at load: a wrong one fails the load.</li>
 * </ul>
 *
 * The PINs come from the load parameter; the password given to {@code getKey} or in a
 * {@code getEntry} protection parameter is not used (it may be null). Entries cannot be added,
 * changed, deleted or stored.
 */
final class CardKeyStore extends KeyStoreSpi {
    static final String AUTH_ALIAS = "auth";
    static final String SIGN_ALIAS = "sign";

    private record Entry(CardPrivateKey key, X509Certificate[] chain) {
    }

    private Map<String, Entry> entries = Map.of();

    @Override
    public void engineLoad(KeyStore.LoadStoreParameter parameter) throws IOException {
        if (!(parameter instanceof CardKeyStoreParameter card)) {
            throw new IllegalArgumentException("a MynaCard KeyStore is loaded with a CardKeyStoreParameter");
        }
        MyNumberCard myna = MyNumberCard.open(card.transport());
        Map<String, Entry> loaded = new LinkedHashMap<>();
        boolean signKey = myna.session().exclusive(() -> {
            loaded.put(AUTH_ALIAS, entry(myna, SigningKey.AUTH,
                    PinSource.of(PinKind.AUTH, card.authPin()), card.lastTry()));
            return card.signPassword().isPresent() && hasSignKey(myna);
        });
        if (signKey) {
            PinSource password = PinSource.of(PinKind.SIGN, card.signPassword().orElseThrow());
            // Asked outside any exclusive operation: the card is not held while the holder types.
            try (Pin value = password.obtain()) {
                loaded.put(SIGN_ALIAS, myna.session().exclusive(() -> {
                    myna.pins().verify(PinKind.SIGN, value, card.lastTry());
                    return entry(myna, SigningKey.SIGN, password, card.lastTry());
                }));
            }
        }
        entries = Collections.unmodifiableMap(loaded);
    }

    @Override
    public void engineLoad(InputStream stream, char[] password) {
        throw new IllegalArgumentException("a MynaCard KeyStore is loaded with KeyStore.load(CardKeyStoreParameter)");
    }

    /** The key's certificate (read in this operation, where the PIN it may need was verified) and the card's root. */
    private static Entry entry(MyNumberCard card, SigningKey key, PinSource pin, LastTry lastTry)
            throws IOException {
        X509Certificate certificate = card.signer().certificate(key).x509();
        if (!(certificate.getPublicKey() instanceof RSAPublicKey rsa)) {
            throw new MalformedCardResponseException("the " + key + " certificate does not hold an RSA key");
        }
        X509Certificate ca = card.certificates().read(key.root()).x509();
        return new Entry(new CardPrivateKey(card, key, rsa.getModulus(), pin, lastTry),
                new X509Certificate[] {certificate, ca});
    }

    private static boolean hasSignKey(MyNumberCard card) throws IOException {
        try {
            card.pins().status(PinKind.SIGN);
            return true;
        } catch (NotFoundException noSignPassword) {
            return false;
        }
    }

    @Override
    public Key engineGetKey(String alias, char[] password) {
        Entry entry = entries.get(alias);
        return entry == null ? null : entry.key();
    }

    @Override
    public KeyStore.Entry engineGetEntry(String alias, KeyStore.ProtectionParameter protection) {
        Entry entry = entries.get(alias);
        return entry == null ? null : new KeyStore.PrivateKeyEntry(entry.key(), entry.chain().clone());
    }

    @Override
    public Certificate[] engineGetCertificateChain(String alias) {
        Entry entry = entries.get(alias);
        return entry == null ? null : entry.chain().clone();
    }

    @Override
    public Certificate engineGetCertificate(String alias) {
        Entry entry = entries.get(alias);
        return entry == null ? null : entry.chain()[0];
    }

    /** The certificate's notBefore: the card holds no creation date. */
    @Override
    public Date engineGetCreationDate(String alias) {
        Entry entry = entries.get(alias);
        return entry == null ? null : entry.chain()[0].getNotBefore();
    }

    @Override
    public String engineGetCertificateAlias(Certificate certificate) {
        return entries.entrySet().stream()
                .filter(entry -> entry.getValue().chain()[0].equals(certificate))
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    @Override
    public Enumeration<String> engineAliases() {
        return Collections.enumeration(List.copyOf(entries.keySet()));
    }

    @Override
    public boolean engineContainsAlias(String alias) {
        return entries.containsKey(alias);
    }

    @Override
    public int engineSize() {
        return entries.size();
    }

    @Override
    public boolean engineIsKeyEntry(String alias) {
        return entries.containsKey(alias);
    }

    @Override
    public boolean engineIsCertificateEntry(String alias) {
        return false;
    }

    @Override
    public void engineSetKeyEntry(String alias, Key key, char[] password, Certificate[] chain)
            throws KeyStoreException {
        throw readOnly();
    }

    @Override
    public void engineSetKeyEntry(String alias, byte[] key, Certificate[] chain) throws KeyStoreException {
        throw readOnly();
    }

    @Override
    public void engineSetCertificateEntry(String alias, Certificate certificate) throws KeyStoreException {
        throw readOnly();
    }

    @Override
    public void engineDeleteEntry(String alias) throws KeyStoreException {
        throw readOnly();
    }

    @Override
    public void engineStore(OutputStream stream, char[] password) {
        throw new UnsupportedOperationException("the card's keys cannot be stored elsewhere");
    }

    private static KeyStoreException readOnly() {
        return new KeyStoreException("the card's keys and certificates cannot be changed through the KeyStore");
    }
}
