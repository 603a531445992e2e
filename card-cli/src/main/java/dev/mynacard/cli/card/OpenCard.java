package dev.mynacard.cli.card;

import dev.mynacard.core.card.MyNumberCard;
import java.io.IOException;

/** A detected My Number Card and where it is; closing it closes the connection to the card. */
public record OpenCard(MyNumberCard card, CardSource source) implements AutoCloseable {
    @Override
    public void close() throws IOException {
        card.close();
    }
}
