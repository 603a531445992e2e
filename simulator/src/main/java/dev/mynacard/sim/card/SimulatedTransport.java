package dev.mynacard.sim.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportException;

/** An in-process transport to a {@link SimulatedCard}. */
final class SimulatedTransport implements CardTransport {
    private final SimulatedCard card;
    private volatile boolean closed;

    SimulatedTransport(SimulatedCard card) {
        this.card = card;
    }

    @Override
    public byte[] exchange(byte[] command) throws TransportException {
        if (closed) {
            throw new TransportException(TransportException.Reason.CLOSED, "the transport is closed");
        }
        try {
            return card.process(command.clone());
        } catch (IllegalStateException poweredOff) {
            throw new TransportException(TransportException.Reason.NO_CARD, poweredOff.getMessage(), poweredOff);
        }
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
    public void close() {
        closed = true;
    }
}
