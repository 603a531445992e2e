/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.image.PinFormat;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The signed 券面 data (docs/protocol.md §2, §14): the visual AP (券面事項確認AP) and the text AP's
 * integrity record and certificate. Each application's data is signed by its municipality's key,
 * which the application's CA key certifies in EF 0004.
 *
 * <p>Choices where the reference leaves freedom: the visual AP has 照合番号B (EF 0012) and
 * 照合番号A (EF 0013), 10 tries each, opening EF 0002; EF 0003 (basic information) and EF 0004 are
 * free. The birth-date key (EF 0011), the age record (EF 0001) and the 個人番号 image (EF 0005) of
 * real cards are left out. EF 0003 is {@code FF30 { DF31 00 01 00 00, DF32 key id 9000024, DF33 01,
 * DF34 municipality code, DF35 key id 9000024 + 256 bytes from the seed }}. The text AP's integrity
 * record (EF 0003) opens with the text PIN or either 照合番号.
 */
final class FaceLayout {
    static final String VISUAL_AID = "D3921000310001010402";
    static final int VISUAL_FACE = 0x0002;
    static final int VISUAL_INFO = 0x0003;
    static final int CERTIFICATE = 0x0004;
    static final int VISUAL_VERIFICATION_B = 0x0012;
    static final int VISUAL_VERIFICATION_A = 0x0013;
    static final int TEXT_INTEGRITY = 0x0003;
    private static final String INFO_KEY = "9000024";
    private static final byte[] DIGEST_INFO_PREFIX = HexFormat.of().parseHex("3071300d060960864801650304020105000460");

    private FaceLayout() {
    }

    /** The visual AP of a card issued to {@code profile}, its own key being {@code cardKey}. */
    static Application visual(HolderProfile profile, CardFacts facts, SimulatorPki pki, KeyPair cardKey) {
        CvcAuthority municipality = pki.municipalityKey(profile.municipalityCode(), true);
        return new Application(CardLayout.aid(VISUAL_AID), List.<ElementaryFile>of(
                pin(VISUAL_VERIFICATION_B, facts.verificationNumberB(), PinFormat.DIGITS_14),
                pin(VISUAL_VERIFICATION_A, facts.myNumber(), PinFormat.DIGITS_12),
                new BinaryFile(VISUAL_FACE, face(profile, facts, municipality, cardKey),
                        List.of(VISUAL_VERIFICATION_B, VISUAL_VERIFICATION_A)),
                new BinaryFile(VISUAL_INFO, info(profile), List.of()),
                new BinaryFile(CERTIFICATE, pki.visualCa().certify(municipality), List.of())));
    }

    /** The text AP's integrity record (EF 0003) over its EF 0001 and EF 0002. */
    static byte[] textIntegrity(SimulatorPki pki, String municipalityCode, byte[] myNumberEf, byte[] basicFour) {
        byte[] signed = Tlv.concat(Tlv.of(0xDF31, sha256(myNumberEf)), Tlv.of(0xDF32, sha256(afterOffsets(basicFour))));
        byte[] signature = pki.municipalityKey(municipalityCode, false).sign("SHA256withRSA", signed);
        return Tlv.of(0xFF30, signed, Tlv.of(0xDF33, signature));
    }

    /** The text AP's certificate (EF 0004). */
    static byte[] textCertificate(SimulatorPki pki, String municipalityCode) {
        return pki.textCa().certify(pki.municipalityKey(municipalityCode, false));
    }

    /** {@code FF20 { DF21 offsets, DF22 … DF2A }}; offsets count from the first byte of the file. */
    static byte[] face(HolderProfile profile, CardFacts facts, CvcAuthority signer, KeyPair cardKey) {
        byte[] birth = Tlv.of(0xDF22, date(profile.birthDate()));
        byte[] sex = Tlv.of(0xDF23, ascii(profile.sex().basicFourCode()));
        byte[] key = Tlv.of(0xDF24, CvcAuthority.rsaKey((RSAPublicKey) cardKey.getPublic()));
        byte[] name = Tlv.of(0xDF25, FaceImages.name(profile.name()));
        byte[] address = Tlv.of(0xDF26, FaceImages.address(profile.address()));
        byte[] photo = Tlv.of(0xDF27, FaceImages.photo(SeededRandom.forPurpose(profile.seed(), "face-photo")));
        byte[] digestInfo = Tlv.concat(DIGEST_INFO_PREFIX, sha256(Tlv.concat(birth, sex, key)),
                sha256(Tlv.concat(name, address)), sha256(photo));
        return Tlv.withOffsets(0xFF20, 0xDF21, birth, sex, key, name, address, photo,
                Tlv.of(0xDF28, signer.sign("NONEwithRSA", digestInfo)), Tlv.of(0xDF29, date(facts.cardExpiry())),
                Tlv.of(0xDF2A, FaceImages.securityCode(facts.securityCode())));
    }

    private static byte[] info(HolderProfile profile) {
        byte[] opaque = new byte[256];
        SeededRandom.forPurpose(profile.seed(), "visual-info").nextBytes(opaque);
        byte[] keyId = CvcAuthority.keyId(INFO_KEY);
        return Tlv.of(0xFF30, Tlv.of(0xDF31, new byte[] {0x00, 0x01, 0x00, 0x00}), Tlv.of(0xDF32, keyId),
                Tlv.of(0xDF33, new byte[] {0x01}), Tlv.of(0xDF34, ascii(profile.municipalityCode())),
                Tlv.of(0xDF35, keyId, opaque));
    }

    /** The basic 4 facts record's value without its DF21 offset table (DF21 is its first item). */
    private static byte[] afterOffsets(byte[] basicFour) {
        int header = 2 + ((basicFour[2] & 0x80) == 0 ? 1 : 1 + (basicFour[2] & 0x7F));
        int table = header + 2 + 1 + (basicFour[header + 2] & 0xFF);
        return Arrays.copyOfRange(basicFour, table, basicFour.length);
    }

    private static PinFile pin(int fid, String value, PinFormat format) {
        return new PinFile(fid, ascii(value), format, CardLayout.VERIFICATION_NUMBER_TRIES,
                CardLayout.VERIFICATION_NUMBER_TRIES);
    }

    private static byte[] date(LocalDate date) {
        return ascii(date.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
