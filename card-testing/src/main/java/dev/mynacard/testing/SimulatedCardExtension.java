/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.testing;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.issue.IssuedCard;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves test-method and constructor parameters of type {@link MyNumberCard}, {@link CardTransport},
 * {@link SimulatedCard} and {@link IssuedCard} (what went into the card: PINs, certificates, roots).
 *
 * <p>Every test gets a card of its own, so PIN counters and verified states never leak from one test
 * to the next; all parameters of one test (constructor included) are the same card. The card is
 * issued once per JVM for each {@link CardProfile} in use, since issuing generates RSA keys. A
 * {@code MyNumberCard} parameter is opened on the card (two APDUs) and closed after the test.
 *
 * <pre>{@code
 * @ExtendWith(SimulatedCardExtension.class)
 * class MyServiceTest {
 *     @Test void readsPins(MyNumberCard card) throws Exception {
 *         assertEquals(4, card.pins().statusAll().size());
 *     }
 * }
 * }</pre>
 */
public final class SimulatedCardExtension implements ParameterResolver, TestInstantiationAwareExtension {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SimulatedCardExtension.class);
    private static final Set<Class<?>> RESOLVED =
            Set.of(MyNumberCard.class, CardTransport.class, SimulatedCard.class, IssuedCard.class);

    /** Constructor parameters see the test method's context, so they get that test's card. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return RESOLVED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        CardInTest card = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(CardInTest.class, key -> new CardInTest(IssuedCards.issue(profile(context))),
                        CardInTest.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == MyNumberCard.class) {
            try {
                return card.myNumberCard();
            } catch (IOException e) {
                throw new ParameterResolutionException("the simulated card did not open as a My Number Card", e);
            }
        }
        if (type == CardTransport.class) {
            return card.transport;
        }
        return type == SimulatedCard.class ? card.card : card.issued;
    }

    /** The test method's profile, else its class's (or an enclosing class's), else none. */
    private static Optional<CardProfile> profile(ExtensionContext context) {
        for (Optional<ExtensionContext> level = Optional.of(context); level.isPresent();
                level = level.get().getParent()) {
            Optional<AnnotatedElement> element = level.get().getElement();
            Optional<CardProfile> found = element.flatMap(e -> AnnotationSupport.findAnnotation(e, CardProfile.class));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** One test's card; JUnit closes it when the test's context ends. */
    private static final class CardInTest implements AutoCloseable {
        final IssuedCard issued;
        final SimulatedCard card;
        final CardTransport transport;
        private MyNumberCard opened;

        CardInTest(IssuedCard issued) {
            this.issued = issued;
            this.card = SimulatedCard.load(issued.image());
            this.transport = card.transport();
        }

        synchronized MyNumberCard myNumberCard() throws IOException {
            if (opened == null) {
                opened = MyNumberCard.open(transport);
            }
            return opened;
        }

        @Override
        public synchronized void close() throws IOException {
            if (opened != null) {
                opened.close();
            }
        }
    }
}
