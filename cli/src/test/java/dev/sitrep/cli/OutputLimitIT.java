package dev.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.kafka.TopicAdmin;
import dev.sitrep.common.kafka.TopicNames;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.enrich.EnricherFactory;
import dev.sitrep.enrich.process.ArticleProcessor;
import dev.sitrep.enrich.topology.EnrichApp;
import dev.sitrep.enrich.topology.EnrichConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An enriched article larger than the enriched topic takes must not stop the app. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class OutputLimitIT {

    private static final int TOPIC_LIMIT = 100_000;
    @RegisterExtension
    static final BrokerPerClass BROKER = new BrokerPerClass();
    private final ObjectMapper mapper = Json.mapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"exactly_once_v2", "at_least_once"})
    @DisplayName("an enriched article over the topic's max.message.bytes is dead-lettered, and the app goes on")
    void shouldDeadLetterAnArticleThatOutgrowsTheTopic(String guarantee) throws Exception {
        String prefix = "limit-" + guarantee.replace('_', '-');
        Topics topics = Topics.of(new TopicNames(prefix + ".raw", prefix + ".enriched", prefix + ".dlq"));
        KafkaSettings settings = KafkaSettings.of(BROKER.kafka().bootstrap());
        TopicAdmin.ensureTopics(settings.properties(), List.of(new NewTopic(topics.raw().name(), 1, (short) 1),
                new NewTopic(topics.enriched().name(), 1, (short) 1)
                        .configs(Map.of("max.message.bytes", Integer.toString(TOPIC_LIMIT))),
                new NewTopic(topics.dlq().name(), 1, (short) 1)), Duration.ofSeconds(30));
        // No place names: the size is what is tested here, not the event locator's time on 3,000 mentions.
        String big = "At least 5 people were killed and 7 injured on Monday. ".repeat(1_500);
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", BROKER.kafka().bootstrap(),
                "acks", "all"), new StringSerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(topics.raw().name(), "small-1", json("small-1", "Two were killed."))).get();
            p.send(new ProducerRecord<>(topics.raw().name(), "big", json("big", big))).get();
            p.send(new ProducerRecord<>(topics.raw().name(), "small-2", json("small-2", "Three were injured."))).get();
        }
        EnrichConfig config = new EnrichConfig(settings, topics, prefix, guarantee, 1, dir.resolve("state"));
        ArticleProcessor processor = ArticleProcessor.enriching(EnricherFactory.standard(), new ArticleReader(),
                Clock.systemUTC());

        List<ConsumerRecord<String, byte[]>> enriched;
        List<ConsumerRecord<String, byte[]>> dead;
        try (EnrichApp app = new EnrichApp(config, processor)) {
            app.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            do {
                Thread.sleep(200);
                enriched = TopicContents.read(BROKER.kafka().bootstrap(), topics.enriched().name(), "read_committed");
                dead = TopicContents.read(BROKER.kafka().bootstrap(), topics.dlq().name(), "read_committed");
            } while (enriched.size() + dead.size() < 3 && System.nanoTime() < deadline && !app.isFailed());
            System.out.printf("FIGURES too large (%s): enriched %s, dead %s, app %s%n", guarantee,
                    enriched.stream().map(ConsumerRecord::key).toList(),
                    dead.stream().map(r -> r.key() + ":" + code(r.value())).toList(), app.state());
            assertThat(app.isFailed()).as("the app failed: " + app.failure()).isFalse();
        }
        assertThat(enriched).extracting(ConsumerRecord::key).containsExactly("small-1", "small-2");
        assertThat(dead).singleElement().satisfies(d -> {
            JsonNode letter = mapper.readTree(d.value());
            assertThat(letter.path("error").asText()).isEqualTo("ENRICHED_TOO_LARGE");
            assertThat(letter.path("offset").asLong()).isEqualTo(1);
        });
    }

    private String code(byte[] letter) {
        try {
            return mapper.readTree(letter).path("error").asText();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private byte[] json(String id, String text) throws Exception {
        return mapper.writeValueAsBytes(Map.of("id", id, "text", text));
    }
}
