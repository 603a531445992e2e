package dev.mynacard.cli.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.sim.host.PersistentCard;

/**
 * The simulated card of --sim, in this process. Every command that can change the card's state (a
 * VERIFY, a PIN change) is saved to the state file before its response comes back, so a wrong PIN
 * stays counted in the next run even if this one is killed.
 */
final class SimulatedCardTransport implements CardTransport {
    private final PersistentCard card;
    private boolean closed;

    SimulatedCardTransport(PersistentCard card) {
        this.card = card;
    }

    @Override
    public synchronized byte[] exchange(byte[] command) throws TransportException {
        if (closed) {
            throw new TransportException(TransportException.Reason.CLOSED, "the simulated card was closed");
        }
        return card.process(command.clone());
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public boolean supportsExtendedLength() {
        return true;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
