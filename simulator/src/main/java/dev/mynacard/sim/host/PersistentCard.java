/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.vpcd.ForwardingVirtualCard;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.state.CardStateFile;
import dev.mynacard.sim.state.CorruptCardStateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
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
 */
public final class PersistentCard extends ForwardingVirtualCard {
    private final SimulatedCard card;
    private final Path stateFile;
    private final Consumer<String> warnings;

    /**
     * @param warnings where a failed save is reported (the card keeps working without it)
     */
    public PersistentCard(SimulatedCard card, Path stateFile, Consumer<String> warnings) {
        super(card);
        this.card = card;
        this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * Loads the card from {@code stateFile}, or, when there is no such file, creates the card
     * {@code create} gives and saves it there first.
     *
     * @throws CorruptCardStateException when the file is not a card state, or holds a card the
     *     simulator refuses; the file is left as it is
     * @throws IOException when the file cannot be read or created
     */
    public static PersistentCard open(Path stateFile, Supplier<CardImage> create, Consumer<String> warnings)
            throws IOException {
        CardImage image = CardStateFile.loadOrCreate(stateFile, create);
        SimulatedCard card;
        try {
            card = SimulatedCard.load(image);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            throw new CorruptCardStateException("card state file " + stateFile + " holds a card the simulator"
                    + " cannot load (" + refused.getMessage() + "); it was left as it is");
        }
        return new PersistentCard(card, stateFile, warnings);
    }

    public SimulatedCard card() {
        return card;
    }

    public Path stateFile() {
        return stateFile;
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
    public byte[] process(byte[] apdu) {
        byte[] response = super.process(apdu);
        if (canChangeState(apdu)) {
            try {
                save();
            } catch (IOException | RuntimeException e) {
                warnings.accept("could not save the card state to " + stateFile + ": " + e.getMessage());
            }
        }
        return response;
    }

    /** Writes the card's whole persistent state to the state file (atomically). */
    public synchronized void save() throws IOException {
        CardStateFile.save(stateFile, card.snapshot());
    }
}
