package dev.sitrep.cli;

import dev.sitrep.common.config.ConfigException;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.config.Parallelism;
import dev.sitrep.common.config.Settings;
import dev.sitrep.common.kafka.TopicAdmin;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.embedded.EmbeddedKafka;
import org.apache.kafka.clients.admin.NewTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code sitrep broker}: the embedded broker on its own, for trying the services without Docker. */
@Command(name = "broker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Just the embedded broker with the three topics, for trying the services locally.",
            "",
            "Runs a single-node Kafka broker on localhost until SIGTERM or Ctrl-C; its data is deleted when"
                + " it stops."},
        footer = ExitCodes.HELP)
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "9092",
            description = "Port on localhost (default 9092; 0 for any free port).")
    int port;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions per topic (default: 4, or one per processor if more).")
    Integer partitions;

    @Mixin
    TopicOptions topicOptions;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ConfigException("--port", "must be 0 to 65535, got " + port);
        }
        int partitions = this.partitions == null ? Parallelism.partitions() : this.partitions;
        if (partitions < 1) {
            throw new ConfigException("--partitions", "must be positive, got " + partitions);
        }
        Topics topics = topicOptions.topics(Settings.of(Map.of(), env));
        CountDownLatch stopped = new CountDownLatch(1);
        Signals signals = new Signals();
        try (signals; EmbeddedKafka kafka = EmbeddedKafka.start(port, Map.of())) {
            signals.onSignal(stopped::countDown);
            TopicAdmin.ensureTopics(KafkaSettings.of(kafka.bootstrap()).properties(),
                    topics.all().stream().map(t -> new NewTopic(t.name(), partitions, (short) 1)).toList(),
                    Duration.ofMinutes(1));
            System.out.println("sitrep broker: listening on " + kafka.bootstrap() + " with topics " + topics.names()
                    + "; stop with Ctrl-C");
            stopped.await();
            return ExitCodes.STOPPED;
        }
    }
}
