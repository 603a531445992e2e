/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.image.PinFormat;
import dev.mynacard.sim.image.RecordFile;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CardLayoutTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static CardImage image;

    @BeforeAll
    static void issue() {
        image = DefaultCard.image();
    }

    @Test
    void applicationsAreTheFourWithTheirAids() {
        assertEquals(List.of("D392F000260100000001", "D3921000310001010408", "D3921000310001010402",
                "D3921000310001010100", "D3921000310001010401"), image.applications().stream().map(a -> HEX.formatHex(a.aid())).toList());
    }

    @Test
    void eachApplicationCreatesItsPinsBeforeTheFilesTheyOpen() {
        assertEquals(List.of(0x0018, 0x001B, 0x000A, 0x000B, 0x0001, 0x0002, 0x0006, 0x0008, 0x0017, 0x001A),
                fids(CardLayout.JPKI_AID));
        assertEquals(List.of(0x0011, 0x0014, 0x0015, 0x0001, 0x0002, 0x0003, 0x0004, 0x0005),
                fids(CardLayout.TEXT_AID));
        assertEquals(List.of(0x0012, 0x0013, 0x0002, 0x0003, 0x0004), fids(FaceLayout.VISUAL_AID));
        assertEquals(List.of(0x001C, 0x0001), fids(CardLayout.COMMON_AID));
        assertEquals(List.of(0x001C), fids(CardLayout.JUKI_AID));
    }

    @Test
    void jpkiPinsKeysAndAccess() {
        assertPin(CardLayout.JPKI_AID, 0x0018, "1234", PinFormat.DIGITS_4, 3, 3);
        assertPin(CardLayout.JPKI_AID, 0x001B, "ABC123", PinFormat.ALPHANUMERIC_6_16, 5, 5);
        assertEquals(0x0018, ImageFiles.get(image, CardLayout.JPKI_AID, 0x0017, KeyFile.class).usePin());
        assertEquals(0x001B, ImageFiles.get(image, CardLayout.JPKI_AID, 0x001A, KeyFile.class).usePin());
        assertEquals(List.of(0x001B), binary(CardLayout.JPKI_AID, 0x0001).readAccess());
        for (int free : List.of(0x000A, 0x000B, 0x0002, 0x0006, 0x0008)) {
            assertEquals(List.of(), binary(CardLayout.JPKI_AID, free).readAccess());
        }
    }

    @Test
    void tokenInfoIsTheSpacePaddedLabelThenFiller() {
        byte[] ef = binary(CardLayout.JPKI_AID, 0x0006).content();
        assertEquals(160, ef.length);
        assertEquals("JPKIAPICCTOKEN2                 ", new String(ef, 0, 32, StandardCharsets.US_ASCII));
        for (int i = 32; i < ef.length; i++) {
            assertEquals((byte) 0xFF, ef[i]);
        }
    }

    @Test
    void certificateFlagsSayBothArePresent() {
        assertEquals("8F8F00", HEX.formatHex(binary(CardLayout.JPKI_AID, 0x0008).content()));
    }

    @Test
    void textApHoldsTheNumberAndItsVerificationPins() {
        assertEquals("FF100C" + HEX.formatHex("123456789018".getBytes(StandardCharsets.US_ASCII)) + "FFFF",
                HEX.formatHex(binary(CardLayout.TEXT_AID, 0x0001).content()));
        assertEquals(List.of(0x0011, 0x0014), binary(CardLayout.TEXT_AID, 0x0001).readAccess());
        assertEquals(List.of(0x0011, 0x0015), binary(CardLayout.TEXT_AID, 0x0002).readAccess());
        assertPin(CardLayout.TEXT_AID, 0x0011, "1234", PinFormat.DIGITS_4, 3, 3);
        assertPin(CardLayout.TEXT_AID, 0x0014, "123456789018", PinFormat.DIGITS_12, 10, 10);
        // 昭和55年5月5日 → 550505, card expiry 2035, security code 5678
        assertPin(CardLayout.TEXT_AID, 0x0015, "55050520355678", PinFormat.DIGITS_14, 10, 10);
    }

    @Test
    void basicFourIsATlvWithOffsetsToEachItem() {
        byte[] ef = binary(CardLayout.TEXT_AID, 0x0002).content();
        BerReader.Element outer = BerReader.single(ef);
        assertEquals(0xFF20, outer.tag());
        List<BerReader.Element> items = BerReader.read(outer.value());
        assertEquals(List.of(0xDF21, 0xDF22, 0xDF23, 0xDF24, 0xDF25), items.stream().map(BerReader.Element::tag).toList());
        byte[] offsets = items.get(0).value();
        assertEquals(8, offsets.length);
        int header = ef.length - outer.value().length;
        for (int i = 0; i < 4; i++) {
            int offset = ((offsets[2 * i] & 0xFF) << 8) | (offsets[2 * i + 1] & 0xFF);
            assertEquals(header + items.get(i + 1).offset(), offset, "offset of item " + (i + 1) + " in the file");
        }
        assertEquals(14, ((offsets[0] & 0xFF) << 8) | (offsets[1] & 0xFF), "as on real cards (docs/protocol.md §2)");
        assertEquals("山田　太郎", utf8(items.get(1).value()));
        assertEquals("茨城県つくば市研究学園９丁目９番地９", utf8(items.get(2).value()));
        assertEquals("19800505", utf8(items.get(3).value()));
        assertEquals("1", utf8(items.get(4).value()));
    }

    @Test
    void basicFourUsesLongLengthFormsWhenNeeded() {
        HolderProfile profile = DefaultCard.profile().toBuilder()
                .address("東京都千代田区" + "一丁目".repeat(40)).sex(Sex.UNKNOWN).build();
        byte[] ef = CardLayout.basicFour(profile);
        assertEquals("FF2082", HEX.formatHex(ef, 0, 3));
        List<BerReader.Element> items = BerReader.read(BerReader.single(ef).value());
        assertEquals(profile.address(), utf8(items.get(2).value()));
        assertEquals("9", utf8(items.get(4).value()));
    }

    @Test
    void tlvLengthsSwitchFormAt128And256() {
        assertEquals("7F", HEX.formatHex(Tlv.length(127)));
        assertEquals("8180", HEX.formatHex(Tlv.length(128)));
        assertEquals("81FF", HEX.formatHex(Tlv.length(255)));
        assertEquals("820100", HEX.formatHex(Tlv.length(256)));
        assertEquals("DF410400010000", HEX.formatHex(Tlv.of(0xDF41, new byte[] {0, 1, 0, 0})));
    }

    @Test
    void apInfoAdvertisesExtendedLength() {
        assertEquals("FF4007DF410400010000", HEX.formatHex(binary(CardLayout.TEXT_AID, 0x0005).content()));
    }

    @Test
    void commonApRecordHoldsSerialMunicipalityAndCardExpiry() {
        RecordFile ef = ImageFiles.get(image, CardLayout.COMMON_AID, 0x0001, RecordFile.class);
        assertEquals(1, ef.records().size());
        assertEquals(List.of(), ef.readAccess());
        byte[] record = ef.records().get(0);
        assertEquals("011C", HEX.formatHex(record, 0, 2));
        assertEquals("000000000000001" + "08220" + "20350505", new String(record, 2, 28, StandardCharsets.US_ASCII));
    }

    @Test
    void bothJukiApplicationsHoldTheSamePin() {
        assertPin(CardLayout.COMMON_AID, 0x001C, "1234", PinFormat.DIGITS_4, 3, 3);
        assertPin(CardLayout.JUKI_AID, 0x001C, "1234", PinFormat.DIGITS_4, 3, 3);
    }

    private List<Integer> fids(String aid) {
        Application app = ImageFiles.application(image, aid);
        return app.files().stream().map(ElementaryFile::fid).toList();
    }

    private static BinaryFile binary(String aid, int fid) {
        return ImageFiles.get(image, aid, fid, BinaryFile.class);
    }

    static void assertPin(CardImage image, String aid, int fid, String value, PinFormat format, int max, int left) {
        PinFile pin = ImageFiles.get(image, aid, fid, PinFile.class);
        assertArrayEquals(value.getBytes(StandardCharsets.US_ASCII), pin.value());
        assertEquals(format, pin.format());
        assertEquals(max, pin.maxTries());
        assertEquals(left, pin.triesLeft());
    }

    private static void assertPin(String aid, int fid, String value, PinFormat format, int max, int left) {
        assertPin(image, aid, fid, value, format, max, left);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
