/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.issue.DefaultCard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A simulated card's whole state in one JSON file ({@link CardStateCodec format}). Saving is
 * atomic and owner-only (the file holds PINs and private keys): a crash leaves the previous card
 * intact. Loading never changes the file, even when it is damaged.
 *
 * <p>Several processes may use one state file at once (a {@code sim serve}, CLI commands, tests):
 * every save, and every load-change-save ({@link #update}, {@link SharedStateFile}), holds the
 * file's {@link StateFileLock}, so that no process's change is lost by another's save. A load
 * alone needs no lock: a save is an atomic rename, so a reader sees the whole old file or the whole
 * new one.
 */
public final class CardStateFile {
    /** Far above any card (about 25 KB); a bigger file is not a card state. */
    static final long MAX_SIZE = 4L * 1024 * 1024;

    private CardStateFile() {
    }

    public static void save(Path file, CardImage image) throws IOException {
        try (StateFileLock lock = StateFileLock.acquire(file)) {
            write(file, encode(image));
        }
    }

    /**
     * @throws NoSuchFileException        when there is no such file
     * @throws CorruptCardStateException  when the file is there but is not a readable card state
     */
    public static CardImage load(Path file) throws IOException {
        return decode(read(file), file);
    }

    /**
     * Changes the card in the file, holding its lock from the load to the save, so that a change
     * another process makes meanwhile is neither lost nor overwritten.
     *
     * @throws NoSuchFileException        when there is no such file
     * @throws CorruptCardStateException  when the file is not a readable card state (it is left as it is)
     */
    public static CardImage update(Path file, UnaryOperator<CardImage> change) throws IOException {
        try (StateFileLock lock = StateFileLock.acquire(file)) {
            CardImage changed = change.apply(load(file));
            write(file, encode(changed));
            return changed;
        }
    }

    /** Loads the card, or, when there is no file yet, saves and returns the one {@code create} gives. */
    public static CardImage loadOrCreate(Path file, Supplier<CardImage> create) throws IOException {
        try (StateFileLock lock = StateFileLock.acquire(file)) {
            if (Files.notExists(file)) {
                CardImage image = create.get();
                save(file, image);
                return image;
            }
            return load(file);
        }
    }

    /** Loads the card, or, when there is no file yet, issues, saves and returns the {@link DefaultCard}. */
    public static CardImage loadOrCreateDefault(Path file) throws IOException {
        return loadOrCreate(file, DefaultCard::image);
    }

    /** The file's bytes, refused unread when it is too large to be a card state. */
    static byte[] read(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > MAX_SIZE) {
            throw new CorruptCardStateException(source(file) + " is larger than " + MAX_SIZE
                    + " bytes, so it is not a card state; it was left as it is");
        }
        return Files.readAllBytes(file);
    }

    static CardImage decode(byte[] content, Path file) throws CorruptCardStateException {
        return CardStateCodec.decode(content, source(file));
    }

    static byte[] encode(CardImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CardStateCodec.encode(image, out);
        return out.toByteArray();
    }

    /** Replaces the file with {@code content}; the caller holds the lock. */
    static void write(Path file, byte[] content) throws IOException {
        AtomicFiles.replace(file, out -> out.write(content));
    }

    private static String source(Path file) {
        return "card state file " + file;
    }
}
