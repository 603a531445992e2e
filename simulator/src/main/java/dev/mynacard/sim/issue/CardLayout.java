/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.image.PinFormat;
import dev.mynacard.sim.image.RecordFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where everything sits on a My Number Card (docs/protocol.md §1–§3) and how it is encoded.
 * Within each application the PIN EFs come first, so that personalisation has created a PIN
 * before any EF that names it in its access list.
 *
 * <p>Choices where the reference leaves freedom:
 * <ul>
 * <li>Certificate EFs (JPKI 000A, 000B, 0001, 0002) are 2048 bytes: the DER certificate, then FF.</li>
 * <li>Token info (JPKI 0006), 160 bytes: the label ({@code JPKIAPICCTOKEN2} for a card, see
 *     {@link TokenKind}) padded with spaces to 32 bytes, then FF. A phone's JPKI has the JPKI
 *     application only.</li>
 * <li>Certificate flags (JPKI 0008): {@code 8F 8F 00} with both certificates, {@code 8F 00 00}
 *     without the signing certificate; such a card has no EF 0001, 001A or 001B at all (SELECT
 *     answers 6A82), but keeps the signing root in EF 0002.</li>
 * <li>Basic 4 (text AP 0002): the DF21 offsets are those of the DF22, DF23, DF24 and DF25 tags,
 *     counted from the first byte of the file, as on real cards (so DF22 is at 14 for a record
 *     shorter than 128 bytes).</li>
 * <li>AP info (text AP 0005): {@code FF40 { DF41 00 01 00 00 }}; the 01 advertises extended length.</li>
 * <li>照合番号A (text AP 0014) and B (0015) allow 10 tries.</li>
 * <li>The text AP's integrity record and certificate (EF 0003, 0004) and the visual AP: see {@link FaceLayout}.</li>
 * <li>A {@link CardVariant} other than the default ATR and retry query adds the card OS settings
 *     application: EF 0001 the ATR, EF 0002 the option flags (see {@code SettingsApplet}).</li>
 * </ul>
 */
final class CardLayout {
    static final String JPKI_AID = "D392F000260100000001";
    static final String TEXT_AID = "D3921000310001010408";
    static final String COMMON_AID = "D3921000310001010100";
    static final String JUKI_AID = "D3921000310001010401";
    static final String SETTINGS_AID = "F04D594E41434152444F53";

    static final int JPKI_AUTH_CERTIFICATE = 0x000A;
    static final int JPKI_AUTH_ROOT = 0x000B;
    static final int JPKI_SIGN_CERTIFICATE = 0x0001;
    static final int JPKI_SIGN_ROOT = 0x0002;
    static final int JPKI_TOKEN_INFO = 0x0006;
    static final int JPKI_CERTIFICATE_FLAGS = 0x0008;
    static final int JPKI_AUTH_KEY = 0x0017;
    static final int JPKI_AUTH_PIN = 0x0018;
    static final int JPKI_SIGN_KEY = 0x001A;
    static final int JPKI_SIGN_PASSWORD = 0x001B;
    static final int TEXT_MY_NUMBER = 0x0001;
    static final int TEXT_BASIC_FOUR = 0x0002;
    static final int TEXT_AP_INFO = 0x0005;
    static final int TEXT_PIN = 0x0011;
    static final int TEXT_VERIFICATION_A = 0x0014;
    static final int TEXT_VERIFICATION_B = 0x0015;
    static final int COMMON_CARD_INFO = 0x0001;
    static final int JUKI_PIN = 0x001C;
    static final int SETTINGS_ATR = 0x0001;
    static final int SETTINGS_OPTIONS = 0x0002;
    static final byte OPTION_VERIFIED_QUERY_ANSWERS_TRIES = 0x01;

    static final int CERTIFICATE_EF_SIZE = 2048;
    static final int TOKEN_INFO_SIZE = 160;
    static final int TOKEN_LABEL_SIZE = 32;
    static final int VERIFICATION_NUMBER_TRIES = 10;
    private static final byte FILLER = (byte) 0xFF;

    private CardLayout() {
    }

    /** The whole card; {@code sign} is null for a card without signing certificate. */
    static CardImage image(HolderProfile profile, CardFacts facts, SimulatorPki pki, Credential auth,
                           Credential sign, KeyPair faceKey) {
        CardVariant variant = profile.variant();
        List<Application> applications = new ArrayList<>();
        applications.add(jpki(profile, pki, auth, sign));
        if (variant.token().isCard()) {
            applications.add(text(profile, facts, pki));
            applications.add(FaceLayout.visual(profile, facts, pki, faceKey));
            applications.add(new Application(aid(COMMON_AID), List.of(
                    jukiPin(profile),
                    new RecordFile(COMMON_CARD_INFO, List.of(cardInfoRecord(profile, facts)), List.of()))));
            applications.add(new Application(aid(JUKI_AID), List.of(jukiPin(profile))));
        }
        settings(variant).ifPresent(applications::add);
        return new CardImage(applications);
    }

    /** The card OS settings application, when the variant needs one. */
    static Optional<Application> settings(CardVariant variant) {
        List<ElementaryFile> files = new ArrayList<>();
        variant.atrBytes().ifPresent(atr -> files.add(free(SETTINGS_ATR, atr)));
        if (variant.verifiedQuery() == VerifiedPinQuery.ANSWERS_TRIES) {
            files.add(free(SETTINGS_OPTIONS, new byte[] {OPTION_VERIFIED_QUERY_ANSWERS_TRIES}));
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(new Application(aid(SETTINGS_AID), files));
    }

    private static Application jpki(HolderProfile profile, SimulatorPki pki, Credential auth, Credential sign) {
        Pins pins = profile.pins();
        PinTries tries = profile.pinTries();
        List<ElementaryFile> files = new ArrayList<>();
        files.add(pin(JPKI_AUTH_PIN, pins.auth(), PinFormat.DIGITS_4, PinTries.AUTH_MAX, tries.auth()));
        if (sign != null) {
            files.add(pin(JPKI_SIGN_PASSWORD, pins.signPassword(), PinFormat.ALPHANUMERIC_6_16,
                    PinTries.SIGN_MAX, tries.sign()));
        }
        files.add(free(JPKI_AUTH_CERTIFICATE, certificateEf(auth.certificate())));
        files.add(free(JPKI_AUTH_ROOT, certificateEf(pki.authRoot())));
        if (sign != null) {
            files.add(new BinaryFile(JPKI_SIGN_CERTIFICATE, certificateEf(sign.certificate()),
                    List.of(JPKI_SIGN_PASSWORD)));
        }
        files.add(free(JPKI_SIGN_ROOT, certificateEf(pki.signRoot())));
        files.add(free(JPKI_TOKEN_INFO, tokenInfo(profile.variant().token())));
        files.add(free(JPKI_CERTIFICATE_FLAGS, new byte[] {(byte) 0x8F, (byte) (sign != null ? 0x8F : 0x00), 0x00}));
        files.add(new KeyFile(JPKI_AUTH_KEY, RsaKeys.toCardKey(auth.keys()), JPKI_AUTH_PIN));
        if (sign != null) {
            files.add(new KeyFile(JPKI_SIGN_KEY, RsaKeys.toCardKey(sign.keys()), JPKI_SIGN_PASSWORD));
        }
        return new Application(aid(JPKI_AID), files);
    }

    private static Application text(HolderProfile profile, CardFacts facts, SimulatorPki pki) {
        byte[] myNumber = myNumberEf(facts.myNumber());
        byte[] basicFour = basicFour(profile);
        return new Application(aid(TEXT_AID), List.of(
                pin(TEXT_PIN, profile.pins().text(), PinFormat.DIGITS_4, PinTries.TEXT_MAX, profile.pinTries().text()),
                pin(TEXT_VERIFICATION_A, facts.myNumber(), PinFormat.DIGITS_12,
                        VERIFICATION_NUMBER_TRIES, VERIFICATION_NUMBER_TRIES),
                pin(TEXT_VERIFICATION_B, facts.verificationNumberB(), PinFormat.DIGITS_14,
                        VERIFICATION_NUMBER_TRIES, VERIFICATION_NUMBER_TRIES),
                new BinaryFile(TEXT_MY_NUMBER, myNumber, List.of(TEXT_PIN, TEXT_VERIFICATION_A)),
                new BinaryFile(TEXT_BASIC_FOUR, basicFour, List.of(TEXT_PIN, TEXT_VERIFICATION_B)),
                new BinaryFile(FaceLayout.TEXT_INTEGRITY,
                        FaceLayout.textIntegrity(pki, profile.municipalityCode(), myNumber, basicFour),
                        List.of(TEXT_PIN, TEXT_VERIFICATION_A, TEXT_VERIFICATION_B)),
                free(FaceLayout.CERTIFICATE, FaceLayout.textCertificate(pki, profile.municipalityCode())),
                free(TEXT_AP_INFO, Tlv.of(0xFF40, Tlv.of(0xDF41, new byte[] {0x00, 0x01, 0x00, 0x00})))));
    }

    private static PinFile jukiPin(HolderProfile profile) {
        return pin(JUKI_PIN, profile.pins().juki(), PinFormat.DIGITS_4, PinTries.JUKI_MAX, profile.pinTries().juki());
    }

    /** {@code FF 10 0C} + the 12 digits + {@code FF FF}. */
    static byte[] myNumberEf(String myNumber) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {FILLER, 0x10, 0x0C});
        out.writeBytes(ascii(myNumber));
        out.writeBytes(new byte[] {FILLER, FILLER});
        return out.toByteArray();
    }

    /** {@code FF20 { DF21 offsets, DF22 name, DF23 address, DF24 YYYYMMDD, DF25 sex }}. */
    static byte[] basicFour(HolderProfile profile) {
        return Tlv.withOffsets(0xFF20, 0xDF21,
                Tlv.of(0xDF22, profile.name().getBytes(StandardCharsets.UTF_8)),
                Tlv.of(0xDF23, profile.address().getBytes(StandardCharsets.UTF_8)),
                Tlv.of(0xDF24, ascii(profile.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE))),
                Tlv.of(0xDF25, ascii(profile.sex().basicFourCode())));
    }

    /** Simple-TLV {@code 01 1C} + serial(15) + municipality code(5) + card expiry YYYYMMDD. */
    static byte[] cardInfoRecord(HolderProfile profile, CardFacts facts) {
        return Tlv.of(0x01, ascii(facts.cardSerial() + profile.municipalityCode()
                + facts.cardExpiry().format(DateTimeFormatter.BASIC_ISO_DATE)));
    }

    static byte[] tokenInfo(TokenKind kind) {
        byte[] ef = new byte[TOKEN_INFO_SIZE];
        Arrays.fill(ef, FILLER);
        Arrays.fill(ef, 0, TOKEN_LABEL_SIZE, (byte) ' ');
        byte[] label = ascii(kind.label());
        System.arraycopy(label, 0, ef, 0, label.length);
        return ef;
    }

    static byte[] certificateEf(X509Certificate certificate) {
        byte[] der;
        try {
            der = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
        if (der.length > CERTIFICATE_EF_SIZE) {
            throw new IllegalArgumentException("certificate of " + der.length + " bytes does not fit the "
                    + CERTIFICATE_EF_SIZE + "-byte EF (name or address too long)");
        }
        byte[] ef = Arrays.copyOf(der, CERTIFICATE_EF_SIZE);
        Arrays.fill(ef, der.length, ef.length, FILLER);
        return ef;
    }

    static byte[] aid(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static BinaryFile free(int fid, byte[] content) {
        return new BinaryFile(fid, content, List.of());
    }

    private static PinFile pin(int fid, String value, PinFormat format, int maxTries, int triesLeft) {
        return new PinFile(fid, ascii(value), format, maxTries, triesLeft);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
