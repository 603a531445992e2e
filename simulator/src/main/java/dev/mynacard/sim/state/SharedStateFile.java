/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import dev.mynacard.sim.image.CardImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A card state file that other processes may change while this one keeps the card in memory (a
 * {@code sim serve}, or a CLI command between its commands), as this process last read or wrote it:
 * {@link #newer()} tells what another process saved since, and {@link #save} never replaces a file
 * this process has not seen. The caller holds the {@link #lock()} around newer-change-save.
 * Not thread-safe: one card uses it.
 */
public final class SharedStateFile {
    private final Path file;
    /** SHA-256 of the content this process last read or wrote; null when none. */
    private byte[] seen;

    private SharedStateFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * Loads the card of {@code file}, or, when there is none, saves the one {@code create} gives.
     *
     * @throws CorruptCardStateException when the file is not a card state; it is left as it is
     */
    public static Loaded open(Path file, Supplier<CardImage> create) throws IOException {
        SharedStateFile shared = new SharedStateFile(file);
        try (StateFileLock lock = shared.lock()) {
            if (Files.notExists(file)) {
                CardImage image = create.get();
                shared.save(image);
                return new Loaded(shared, image);
            }
            byte[] content = CardStateFile.read(file);
            CardImage image = CardStateFile.decode(content, file);
            shared.seen = sha256(content);
            return new Loaded(shared, image);
        }
    }

    /** The file, and the card it held when opened. */
    public record Loaded(SharedStateFile file, CardImage image) {
    }

    public Path path() {
        return file;
    }

    /** The file's lock, to hold around {@link #newer()}, the change and {@link #save}. */
    public StateFileLock lock() throws IOException {
        return StateFileLock.acquire(file);
    }

    /**
     * The card another process saved since this one last read or wrote the file, which is then
     * taken as seen; empty when the file is as seen, or is missing or not a file at all (nothing to
     * catch up with: the next save writes it). Needs no lock to be consistent (saves are atomic
     * renames), but a change based on it does.
     *
     * @throws CorruptCardStateException when the file is no longer a card state; it stays unseen,
     *     so {@link #save} leaves it as it is
     */
    public Optional<CardImage> newer() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] content;
        try {
            content = CardStateFile.read(file);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
        byte[] digest = sha256(content);
        if (MessageDigest.isEqual(digest, seen)) {
            return Optional.empty();
        }
        CardImage image = CardStateFile.decode(content, file);
        seen = digest;
        return Optional.of(image);
    }

    /**
     * Replaces the file with {@code image}; the caller holds the lock.
     *
     * @throws StateChangedException when the file holds something this process has not seen
     *     (another program wrote it since the last {@link #newer()}); it is left as it is
     */
    public void save(CardImage image) throws IOException {
        if (Files.exists(file) && !MessageDigest.isEqual(sha256(CardStateFile.read(file)), seen)) {
            throw new StateChangedException("card state file " + file + " was changed by another program since this"
                    + " one read it (it is not a card state now); it was left as it is, and this change is not saved");
        }
        byte[] content = CardStateFile.encode(image);
        CardStateFile.write(file, content);
        seen = sha256(content);
    }

    /** The state file holds what another program wrote, which a save must not replace. */
    public static final class StateChangedException extends IOException {
        StateChangedException(String message) {
            super(message);
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
