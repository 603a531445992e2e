/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.vpcd.VirtualCard;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.state.CardStateFile;
import dev.mynacard.sim.state.CorruptCardStateException;
import dev.mynacard.sim.state.SharedStateFile;
import dev.mynacard.sim.state.StateFileLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A simulated card whose persistent state lives in a {@link CardStateFile}, so that what happens
 * to it (a wrong PIN, a changed PIN) outlives the process, as it would on a real card.
 *
 * <p>The rule for saving: after every command with data whose instruction can change persistent
 * state — VERIFY, CHANGE REFERENCE DATA, CHANGE KEY and the personalisation instructions (a blank
 * card can be personalised through the reader) — the card's whole state is saved before the
 * response leaves. Everything else the card does is a read (SELECT, READ BINARY/RECORD, the empty
 * VERIFY that asks for the tries left, COMPUTE DIGITAL SIGNATURE) or a refusal, which changes
 * nothing. Saving is atomic, so killing the process at any moment leaves the previous or the new
 * state, and a wrong PIN that was answered is always counted. A save costs about 2.5 ms (fsync).
 *
 * <p>Other processes may use the same state file meanwhile (another CLI command, a second
 * {@code sim serve}, {@code sim reset-pins}). Before every command the card catches up with what
 * they saved: PIN values and counters are taken in place, so the session goes on; a different card
 * in the file (e.g. {@code sim init} with other data) replaces this one, as a card swapped in the
 * reader would, ending the session. A command that can change the card holds the file's
 * {@link StateFileLock} from catching up to saving, so six processes each spending a try spend
 * six, and no process overwrites another's change.
 */
public final class PersistentCard implements VirtualCard {
    private final SharedStateFile stateFile;
    private final Consumer<String> warnings;
    private SimulatedCard card;
    private String lastWarning;

    private PersistentCard(SimulatedCard card, SharedStateFile stateFile, Consumer<String> warnings) {
        this.card = card;
        this.stateFile = stateFile;
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * Loads the card from {@code stateFile}, or, when there is no such file, creates the card
     * {@code create} gives and saves it there first.
     *
     * @param warnings where a failed save is reported (the card keeps working without it), and a
     *     state file another process made unusable
     * @throws CorruptCardStateException when the file is not a card state, or holds a card the
     *     simulator refuses; the file is left as it is
     * @throws IOException when the file cannot be read or created
     */
    public static PersistentCard open(Path stateFile, Supplier<CardImage> create, Consumer<String> warnings)
            throws IOException {
        SharedStateFile.Loaded loaded = SharedStateFile.open(stateFile, create);
        return new PersistentCard(cardOf(loaded.image(), stateFile), loaded.file(), warnings);
    }

    private static SimulatedCard cardOf(CardImage image, Path stateFile) throws CorruptCardStateException {
        try {
            return SimulatedCard.load(image);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            throw new CorruptCardStateException("card state file " + stateFile + " holds a card the simulator"
                    + " cannot load (" + refused.getMessage() + "); it was left as it is");
        }
    }

    /** The card as it is now; another one after the state file was given a different card. */
    public synchronized SimulatedCard card() {
        return card;
    }

    public Path stateFile() {
        return stateFile.path();
    }

    /** Whether the card may change its persistent state when it processes {@code command}. */
    static boolean canChangeState(byte[] command) {
        CommandApdu apdu;
        try {
            apdu = CommandApdu.decode(command);
        } catch (IllegalArgumentException malformed) {
            return false; // the card answers 6700 and changes nothing
        }
        if (apdu.nc() == 0) {
            return false;
        }
        return switch (apdu.ins()) {
            case 0x20, // VERIFY: a wrong PIN spends a try, a right one restores the counter
                    0x24, // CHANGE REFERENCE DATA
                    0x32, // CHANGE KEY (住基 PIN)
                    0xE0, 0xE2, 0xE4, 0xD6, 0xDC -> true; // personalisation of a blank card
            default -> false;
        };
    }

    @Override
    public synchronized byte[] process(byte[] apdu) {
        if (!canChangeState(apdu)) {
            catchUp(); // no lock: a save is an atomic rename, a read sees a whole file
            return card.process(apdu);
        }
        StateFileLock lock;
        try {
            lock = stateFile.lock();
        } catch (IOException | RuntimeException e) {
            warn("could not save the card state to " + stateFile() + ": cannot lock it (" + e.getMessage() + ")");
            return card.process(apdu);
        }
        try {
            catchUp();
            byte[] response = card.process(apdu);
            saveLocked();
            return response;
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                warn("could not unlock the card state file " + stateFile() + ": " + e.getMessage());
            }
        }
    }

    /**
     * Writes the card's whole persistent state to the state file (atomically), after catching up
     * with what other processes saved there.
     */
    public synchronized void save() throws IOException {
        try (StateFileLock lock = stateFile.lock()) {
            catchUp();
            stateFile.save(card.snapshot());
        }
    }

    @Override
    public synchronized byte[] atr() {
        return card.atr();
    }

    @Override
    public synchronized void powerOn() {
        card.powerOn();
    }

    @Override
    public synchronized void powerOff() {
        card.powerOff();
    }

    @Override
    public synchronized void reset() {
        card.reset();
    }

    private void saveLocked() {
        try {
            stateFile.save(card.snapshot());
        } catch (IOException | RuntimeException e) {
            warn("could not save the card state to " + stateFile() + ": " + e.getMessage());
        }
    }

    /** Takes what other processes saved since this one last read or wrote the file. */
    private void catchUp() {
        Optional<CardImage> newer;
        try {
            newer = stateFile.newer();
        } catch (IOException e) {
            warn(e.getMessage());
            return;
        }
        if (newer.isEmpty() || card.restorePins(newer.get())) {
            return;
        }
        try {
            SimulatedCard replacement = cardOf(newer.get(), stateFile());
            if (!card.isPowered()) {
                replacement.powerOff();
            }
            card = replacement;
        } catch (CorruptCardStateException e) {
            warn(e.getMessage());
        }
    }

    /** Reports a problem, once while it repeats: a damaged state file would otherwise be told at every command. */
    private void warn(String warning) {
        if (!warning.equals(lastWarning)) {
            warnings.accept(warning);
        }
        lastWarning = warning;
    }
}
