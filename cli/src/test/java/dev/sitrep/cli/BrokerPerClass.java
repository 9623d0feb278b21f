package dev.sitrep.cli;

import dev.sitrep.embedded.EmbeddedKafka;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * One real in-JVM broker for all tests of a class: {@code @RegisterExtension static final BrokerPerClass BROKER =
 * new BrokerPerClass();}, then {@code BROKER.kafka()}.
 */
final class BrokerPerClass implements BeforeAllCallback, AfterAllCallback {

    private final Map<String, String> brokerConfig;
    private EmbeddedKafka kafka;

    BrokerPerClass() {
        this(Map.of());
    }

    /** With broker settings over the embedded broker's own. */
    BrokerPerClass(Map<String, String> brokerConfig) {
        this.brokerConfig = Map.copyOf(brokerConfig);
    }

    /** A killed producer's open transaction is aborted once its timeout passes: this checks for that every second. */
    static BrokerPerClass abortingTimedOutTransactionsQuickly() {
        return new BrokerPerClass(Map.of("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = EmbeddedKafka.start(0, brokerConfig);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (kafka != null) {
            kafka.close();
        }
    }

    EmbeddedKafka kafka() {
        return kafka;
    }
}
