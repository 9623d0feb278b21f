package dev.sitrep.enrich.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.kafka.Topics;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.enrich.Enricher;
import dev.sitrep.enrich.EnricherFactory;
import dev.sitrep.enrich.geo.Geoparser;
import dev.sitrep.enrich.process.ArticleProcessor;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichTopologyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private final ObjectMapper mapper = Json.mapper();

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, byte[]> enriched;
    private TestOutputTopic<String, byte[]> dlq;

    @BeforeEach
    void setUp() {
        start(ArticleProcessor.enriching(EnricherFactory.standard(), new ArticleReader(), CLOCK));
    }

    private void start(ArticleProcessor processor) {
        if (driver != null) {
            driver.close();
        }
        Topics topics = Topics.DEFAULT;
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:1234");
        driver = new TopologyTestDriver(EnrichTopology.buildTopology(topics, processor), props);
        raw = driver.createInputTopic(topics.raw().name(), topics.raw().keySerde().serializer(),
                topics.raw().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), topics.enriched().keySerde().deserializer(),
                topics.enriched().valueSerde().deserializer());
        dlq = driver.createOutputTopic(topics.dlq().name(), topics.dlq().keySerde().deserializer(),
                topics.dlq().valueSerde().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    @DisplayName("should enrich an article, keyed by its id, in the contract's shape")
    void shouldEnrichAnArticle() throws IOException {
        raw.pipeInput("k", bytes("{\"id\":\"karabakh-sochi\",\"title\":\"T\",\"text\":\"Clashes near Sochi.\",\"gold\":[1]}"));

        TestRecord<String, byte[]> out = enriched.readRecord();
        JsonNode json = mapper.readTree(out.value());
        assertThat(out.key()).isEqualTo("karabakh-sochi");
        assertThat(json.get("id").asText()).isEqualTo("karabakh-sochi");
        assertThat(json.get("gold").get(0).intValue()).isEqualTo(1);
        assertThat(json.at("/casualties/totals").isObject()).isTrue();
        assertThat(json.at("/casualties/mentions").isArray()).isTrue();
        assertThat(json.get("locations").isArray()).isTrue();
        assertThat(json.at("/enrichment/version").asText()).isEqualTo(EnricherFactory.VERSION);
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("should key an article without id by the SHA-256 the reader assigns")
    void shouldKeyByAssignedId() {
        raw.pipeInput(null, bytes("{\"text\":\"no id here\"}"));

        assertThat(enriched.readRecord().key()).isEqualTo(ArticleReader.sha256Hex("no id here"));
    }

    @Test
    @DisplayName("should dead-letter a record that is not JSON, with its payload, position and origin")
    void shouldDeadLetterInvalidJson() throws IOException {
        var headers = new RecordHeaders().add(EnrichTopology.ORIGIN_HEADER, bytes("in.jsonl:7"));
        raw.pipeInput(new TestRecord<>(null, bytes("{\"text\": oops"), headers, Instant.EPOCH));

        TestRecord<String, byte[]> out = dlq.readRecord();
        JsonNode letter = mapper.readTree(out.value());
        assertThat(out.key()).isNull();
        assertThat(letter.get("error").asText()).isEqualTo("INVALID_JSON");
        assertThat(letter.get("message").asText()).contains("in.jsonl:7");
        assertThat(letter.get("topic").asText()).isEqualTo("articles.raw");
        assertThat(letter.get("partition").intValue()).isZero();
        assertThat(letter.get("offset").longValue()).isZero();
        assertThat(letter.get("payload").asText()).isEqualTo("{\"text\": oops");
        assertThat(letter.get("failedAt").asText()).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("should give each kind of bad record its error code and keep going")
    void shouldDeadLetterEachKindAndKeepGoing() throws IOException {
        raw.pipeInput("a", bytes("[1,2]"));
        raw.pipeInput("b", bytes("{\"id\":\"b\"}"));
        raw.pipeInput("c", bytes("{\"id\":\"c\",\"text\":\"  \"}"));
        raw.pipeInput("d", new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'});
        raw.pipeInput("e", (byte[]) null);
        raw.pipeInput("f", bytes("{\"id\":\"f\",\"text\":\"fine\"}"));

        List<String> codes = dlq.readValuesToList().stream().map(this::code).toList();
        assertThat(codes).containsExactly("NOT_AN_OBJECT", "NO_TEXT", "EMPTY_TEXT", "NOT_UTF8", "EMPTY_RECORD");
        assertThat(enriched.readKeyValuesToList()).hasSize(1);
    }

    @Test
    @DisplayName("should dead-letter an article the engine fails on as ENRICHMENT_FAILED, keyed by its id")
    void shouldDeadLetterEngineFailures() throws IOException {
        Geoparser broken = new Geoparser() {
            @Override
            public List<dev.sitrep.common.model.Location> parse(dev.sitrep.common.model.ArticleText article) {
                if (article.text().contains("boom")) {
                    throw new IllegalStateException("geoparser bug");
                }
                return List.of();
            }

            @Override
            public String gazetteer() {
                return "broken";
            }
        };
        Enricher enricher = new Enricher(a -> Casualties.NONE, broken, (a, c, l) -> c);
        start(ArticleProcessor.enriching(enricher, new ArticleReader(), CLOCK));

        raw.pipeInput("x", bytes("{\"id\":\"x\",\"text\":\"boom\"}"));
        raw.pipeInput("y", bytes("{\"id\":\"y\",\"text\":\"calm\"}"));

        TestRecord<String, byte[]> dead = dlq.readRecord();
        assertThat(dead.key()).isEqualTo("x");
        assertThat(code(dead.value())).isEqualTo("ENRICHMENT_FAILED");
        assertThat(mapper.readTree(dead.value()).get("message").asText()).contains("geoparser bug");
        assertThat(enriched.readRecord().key()).isEqualTo("y");
    }

    @Test
    @DisplayName("should dead-letter an article whose enriched record would exceed the output limit, and go on")
    void shouldDeadLetterOversizedOutput() throws IOException {
        start(ArticleProcessor.enriching(EnricherFactory.standard(), new ArticleReader(), CLOCK).withOutputLimit(100_000));
        String big = "At least 5 people were killed on Monday. ".repeat(2_000);

        raw.pipeInput("big", mapper.writeValueAsBytes(java.util.Map.of("id", "big", "text", big)));
        raw.pipeInput("small", bytes("{\"id\":\"small\",\"text\":\"Two were killed.\"}"));

        TestRecord<String, byte[]> dead = dlq.readRecord();
        JsonNode letter = mapper.readTree(dead.value());
        assertThat(dead.key()).isEqualTo("big");
        assertThat(letter.get("error").asText()).isEqualTo("ENRICHED_TOO_LARGE");
        assertThat(letter.get("message").asText()).contains("over the 100000");
        assertThat(letter.get("payload").asText()).hasSizeLessThanOrEqualTo(64 * 1024);
        assertThat(enriched.readRecord().key()).isEqualTo("small");
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("should turn an exception that escapes processing into a dead letter with the record's position")
    void shouldDeadLetterFromTheProcessingHandler() throws IOException {
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(java.util.Map.of(DeadLetterHandler.DLQ_TOPIC_CONFIG, "articles.dlq"));
        var context = new org.apache.kafka.streams.errors.ErrorHandlerContext() {
            @Override public String topic() { return "articles.raw"; }
            @Override public int partition() { return 2; }
            @Override public long offset() { return 42; }
            @Override public org.apache.kafka.common.header.Headers headers() { return new RecordHeaders(); }
            @Override public String processorNodeId() { return "process"; }
            @Override public org.apache.kafka.streams.processor.TaskId taskId() { return new org.apache.kafka.streams.processor.TaskId(0, 2); }
            @Override public long timestamp() { return 0; }
            @Override public byte[] sourceRawKey() { return bytes("k"); }
            @Override public byte[] sourceRawValue() { return bytes("{\"text\":\"x\"}"); }
        };

        var response = handler.handleError(context, new org.apache.kafka.streams.processor.api.Record<>("k", "v", 0L),
                new IllegalStateException("a bug"));

        assertThat(response.result()).isEqualTo(org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result.RESUME);
        var record = response.deadLetterQueueRecords().get(0);
        JsonNode letter = mapper.readTree(record.value());
        assertThat(record.topic()).isEqualTo("articles.dlq");
        assertThat(record.key()).isEqualTo(bytes("k"));
        assertThat(letter.get("error").asText()).isEqualTo("ENRICHMENT_FAILED");
        assertThat(letter.get("message").asText()).contains("a bug");
        assertThat(letter.get("partition").intValue()).isEqualTo(2);
        assertThat(letter.get("offset").longValue()).isEqualTo(42);
        assertThat(letter.get("payload").asText()).isEqualTo("{\"text\":\"x\"}");
    }

    @Test
    @DisplayName("should build the same topology around any transform, e.g. a pass-through for benchmarks")
    void shouldAcceptAnyTransform() throws IOException {
        start(ArticleProcessor.passThrough(new ArticleReader(), CLOCK));

        raw.pipeInput("k", bytes("{\"id\":\"p\",\"text\":\"t\"}"));

        JsonNode out = mapper.readTree(enriched.readRecord().value());
        assertThat(out.has("casualties")).isFalse();
        assertThat(out.get("id").asText()).isEqualTo("p");
    }

    private String code(byte[] letter) {
        try {
            return mapper.readTree(letter).get("error").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
