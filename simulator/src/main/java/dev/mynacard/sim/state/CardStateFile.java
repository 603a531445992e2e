/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.issue.DefaultCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A simulated card's whole state in one JSON file ({@link CardStateCodec format}). Saving is
 * atomic and owner-only (the file holds PINs and private keys): a crash leaves the previous card
 * intact. Loading never changes the file, even when it is damaged.
 */
public final class CardStateFile {
    /** Far above any card (about 25 KB); a bigger file is not a card state. */
    static final long MAX_SIZE = 4L * 1024 * 1024;

    private CardStateFile() {
    }

    public static void save(Path file, CardImage image) throws IOException {
        AtomicFiles.replace(file, out -> CardStateCodec.encode(image, out));
    }

    /**
     * @throws NoSuchFileException        when there is no such file
     * @throws CorruptCardStateException  when the file is there but is not a readable card state
     */
    public static CardImage load(Path file) throws IOException {
        String source = "card state file " + file;
        if (Files.isRegularFile(file) && Files.size(file) > MAX_SIZE) {
            throw new CorruptCardStateException(source + " is larger than " + MAX_SIZE
                    + " bytes, so it is not a card state; it was left as it is");
        }
        return CardStateCodec.decode(Files.readAllBytes(file), source);
    }

    /** Loads the card, or, when there is no file yet, saves and returns the one {@code create} gives. */
    public static CardImage loadOrCreate(Path file, Supplier<CardImage> create) throws IOException {
        if (Files.notExists(file)) {
            CardImage image = create.get();
            save(file, image);
            return image;
        }
        return load(file);
    }

    /** Loads the card, or, when there is no file yet, issues, saves and returns the {@link DefaultCard}. */
    public static CardImage loadOrCreateDefault(Path file) throws IOException {
        return loadOrCreate(file, DefaultCard::image);
    }
}
