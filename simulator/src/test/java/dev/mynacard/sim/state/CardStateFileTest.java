/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.Issuer;
import dev.mynacard.sim.issue.PinTries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardStateFileTest {
    private static CardImage card;
    private static CardImage usedCard;
    private static final int SIGN_PASSWORD = 0x001B;

    @TempDir
    Path dir;

    @BeforeAll
    static void issue() {
        card = DefaultCard.image();
        usedCard = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .pinTries(PinTries.FULL.withAuth(0).withSign(4).withJuki(1)).build()).image();
    }

    @Test
    void aCardSurvivesTheRoundTripWithKeysAndCounters() throws IOException {
        Path file = dir.resolve("card.json");
        CardStateFile.save(file, usedCard);
        assertEquals(CardImageDump.of(usedCard), CardImageDump.of(CardStateFile.load(file)));
    }

    @Test
    void theFileIsReadableJsonWithHexBytes() throws IOException {
        Path file = dir.resolve("card.json");
        CardStateFile.save(file, usedCard);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("mynacard-card-state", root.get("format").asText());
        assertEquals(1, root.get("version").asInt());
        JsonNode jpki = root.get("applications").get(0);
        assertEquals("D392F000260100000001", jpki.get("aid").asText());
        JsonNode authPin = jpki.get("files").get(0);
        assertEquals("0018", authPin.get("fid").asText());
        assertEquals("pin", authPin.get("type").asText());
        assertEquals("DIGITS_4", authPin.get("format").asText());
        assertEquals(0, authPin.get("triesLeft").asInt());
        assertEquals("31323334", authPin.get("value").asText());
        assertTrue(Files.readString(file).lines().count() > 50, "indented for people to read");
    }

    @Test
    void theFileIsOwnerOnlyEvenWhenItReplacesAnOpenOne() throws IOException {
        Path file = dir.resolve("card.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        CardStateFile.save(file, card);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void missingParentDirectoriesAreCreatedOwnerOnly() throws IOException {
        Path file = dir.resolve("home/.mynacard/card.json");
        CardStateFile.save(file, card);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals(CardImageDump.of(card), CardImageDump.of(CardStateFile.load(file)));
    }

    @Test
    void savingAgainReplacesTheCardAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("card.json");
        CardStateFile.save(file, card);
        CardStateFile.save(file, usedCard);
        assertEquals(CardImageDump.of(usedCard), CardImageDump.of(CardStateFile.load(file)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(".card.json.lock", "card.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "the file and its lock file, kept for the next save");
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(".card.json.lock"))));
    }

    @Test
    void aMissingFileIsTheCallersDecision() throws IOException {
        Path file = dir.resolve("card.json");
        assertThrows(NoSuchFileException.class, () -> CardStateFile.load(file));
        AtomicInteger created = new AtomicInteger();
        CardImage first = CardStateFile.loadOrCreate(file, () -> {
            created.incrementAndGet();
            return card;
        });
        assertEquals(CardImageDump.of(card), CardImageDump.of(first));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        CardImage second = CardStateFile.loadOrCreate(file, () -> {
            throw new AssertionError("the existing card must be loaded, not replaced");
        });
        assertEquals(CardImageDump.of(card), CardImageDump.of(second));
        assertEquals(1, created.get());
    }

    @Test
    void garbageIsReportedAndLeftAlone() throws IOException {
        Path file = dir.resolve("card.json");
        Files.writeString(file, "this is not a card, secret 1234");
        CorruptCardStateException e = assertThrows(CorruptCardStateException.class, () -> CardStateFile.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON at line 1"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), "never quotes the content");
        assertThrows(CorruptCardStateException.class, () -> CardStateFile.loadOrCreate(file, () -> card));
        assertEquals("this is not a card, secret 1234", Files.readString(file));
    }

    @Test
    void aTruncatedFileIsReportedAndLeftAlone() throws IOException {
        Path file = dir.resolve("card.json");
        CardStateFile.save(file, card);
        byte[] whole = Files.readAllBytes(file);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, half);
        assertThrows(CorruptCardStateException.class, () -> CardStateFile.load(file));
        assertArrayEquals(half, Files.readAllBytes(file));
    }

    @Test
    void otherJsonIsNotACard() throws IOException {
        assertCorrupt("{\"name\": \"something else\"}", "not a mynacard card state file");
        assertCorrupt("[]", "not a mynacard card state file");
        assertCorrupt("{\"format\": \"mynacard-card-state\", \"version\": 2, \"applications\": []}",
                "format version 2, this mynacard reads version 1");
        assertCorrupt("{\"format\": \"mynacard-card-state\", \"version\": 1, \"applications\": []} {}",
                "not valid JSON");
    }

    @Test
    void damagedFieldsAreNamedByTheirPathWithoutTheirValue() throws IOException {
        assertDamaged(pin -> pin.put("triesLeft", 4), "applications[0].files[0].triesLeft: expected an integer 0..3");
        assertDamaged(pin -> pin.put("value", "3132333G"), "applications[0].files[0].value: expected an even number");
        assertDamaged(pin -> pin.put("value", "3132333٣"), "applications[0].files[0].value: expected an even number");
        assertDamaged(pin -> pin.put("fid", "００１８"), "applications[0].files[0].fid: expected an even number");
        assertDamaged(pin -> pin.put("format", "DIGITS_5"), "applications[0].files[0].format: unknown PIN format");
        assertDamaged(pin -> pin.put("type", "folder"), "applications[0].files[0].type");
        assertDamaged(pin -> pin.put("fid", "001B"), "applications[0].files[1].fid: the same FID appears twice");
        assertDamaged(pin -> pin.remove("maxTries"), "applications[0].files[0].maxTries");
    }

    @Test
    void aDamagedKeyIsNoticed() throws IOException {
        Path file = dir.resolve("card.json");
        CardStateFile.save(file, card);
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        ObjectNode key = (ObjectNode) root.get("applications").get(0).get("files").get(8);
        assertEquals("key", key.get("type").asText());
        String p = key.get("p").asText();
        key.put("p", p.substring(0, p.length() - 2) + (p.endsWith("00") ? "01" : "00"));
        Files.writeString(file, root.toString());
        CorruptCardStateException e = assertThrows(CorruptCardStateException.class, () -> CardStateFile.load(file));
        assertTrue(e.getMessage().contains("applications[0].files[8]: the key's primes"), e.getMessage());
        assertFalse(e.getMessage().contains(p.substring(0, 16)));
    }

    @Test
    void anEnormousFileIsNotRead() throws IOException {
        Path file = dir.resolve("card.json");
        byte[] spaces = new byte[(int) CardStateFile.MAX_SIZE + 1];
        Arrays.fill(spaces, (byte) ' ');
        Files.write(file, spaces);
        assertThrows(CorruptCardStateException.class, () -> CardStateFile.load(file));
    }

    @Test
    void updatesFromManyThreadsAreAllKept() throws Exception {
        Path file = dir.resolve("card.json");
        CardStateFile.save(file, card);
        int threads = 5; // the sign password's 5 tries, one spent by each
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CardImage>> updates = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                updates.add(pool.submit(() -> CardStateFile.update(file, CardStateFileTest::spendSignTry)));
            }
            for (Future<CardImage> update : updates) {
                update.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, CardImageDump.triesLeft(CardStateFile.load(file), SIGN_PASSWORD));
    }

    @Test
    void anUpdateOfADamagedFileChangesNothing() throws IOException {
        Path file = dir.resolve("card.json");
        Files.writeString(file, "{\"format\":");
        assertThrows(CorruptCardStateException.class, () -> CardStateFile.update(file, image -> {
            throw new AssertionError("a damaged file is not changed");
        }));
        assertEquals("{\"format\":", Files.readString(file));
    }

    private static CardImage spendSignTry(CardImage image) {
        return new CardImage(image.applications().stream().map(application -> new Application(application.aid(),
                application.files().stream().map(file -> file instanceof PinFile pin && pin.fid() == SIGN_PASSWORD
                        ? new PinFile(pin.fid(), pin.value(), pin.format(), pin.maxTries(), pin.triesLeft() - 1)
                        : file).toList())).toList());
    }

    /** Saves the default card, edits its JPKI auth PIN entry, and expects the load to name the damage. */
    private void assertDamaged(Consumer<ObjectNode> edit, String expected) throws IOException {
        Path file = dir.resolve("card.json");
        CardStateFile.save(file, card);
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        edit.accept((ObjectNode) root.get("applications").get(0).get("files").get(0));
        Files.writeString(file, root.toString());
        byte[] before = Files.readAllBytes(file);
        CorruptCardStateException e = assertThrows(CorruptCardStateException.class, () -> CardStateFile.load(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("3132333"), "never quotes a PIN");
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    private void assertCorrupt(String content, String expected) throws IOException {
        Path file = dir.resolve("other.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        CorruptCardStateException e = assertThrows(CorruptCardStateException.class, () -> CardStateFile.load(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
