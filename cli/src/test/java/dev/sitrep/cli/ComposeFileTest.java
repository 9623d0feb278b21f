package dev.sitrep.cli;

import dev.sitrep.common.config.Parallelism;
import dev.sitrep.common.config.Setting;
import dev.sitrep.common.kafka.TopicNames;
import dev.sitrep.enrich.topology.EnrichConfig;
import dev.sitrep.ingest.IngestConfig;
import dev.sitrep.sink.SinkConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** There is no Docker engine to run docker-compose.yml here: this checks it against the app's own config instead. */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("sitrep.root", ".."));
    private static final List<String> APP_SERVICES = List.of("enrich", "sink", "ingest");
    private static final Set<String> KNOWN_ENV = Set.of(
            Setting.BOOTSTRAP.env(), Setting.TOPIC_RAW.env(), Setting.TOPIC_ENRICHED.env(), Setting.TOPIC_DLQ.env(),
            EnrichConfig.APPLICATION_ID.env(), EnrichConfig.GUARANTEE.env(), EnrichConfig.THREADS.env(),
            EnrichConfig.STATE_DIR.env(), SinkConfig.OUT.env(), SinkConfig.TO_TOPIC.env(), SinkConfig.GROUP_ID.env(),
            SinkConfig.ROLL_BYTES.env());

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        try (Reader r = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(r);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    @DisplayName("the compose file has the broker, the topic set-up, and the enrich, sink and one-shot ingest services")
    void shouldHaveEveryService() {
        assertThat(services).containsOnlyKeys("kafka", "topics", "enrich", "sink", "ingest");
        for (String s : APP_SERVICES) {
            assertThat(services.get(s).get("build")).as(s).isEqualTo(".");
        }
        assertThat(services.get("ingest").get("restart")).isEqualTo("no");
        assertThat(ROOT.resolve("Dockerfile")).exists();
    }

    @Test
    @DisplayName("the broker is the official image at the Kafka version the build uses, set up for one node")
    void shouldUseTheOfficialBrokerForOneNode() {
        Map<String, Object> kafka = services.get("kafka");
        Map<String, Object> env = env("kafka");

        assertThat(kafka.get("image")).isEqualTo("apache/kafka:" + System.getProperty("kafka.version"));
        assertThat(services.get("topics").get("image")).isEqualTo(kafka.get("image"));
        for (String key : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR")) {
            assertThat(String.valueOf(env.get(key))).as(key).isEqualTo("1");
        }
        assertThat(String.valueOf(env.get("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"))).isEqualTo("0");
        assertThat(Long.parseLong(String.valueOf(env.get("KAFKA_MESSAGE_MAX_BYTES"))))
                .isGreaterThanOrEqualTo(IngestConfig.MAX_REQUEST_BYTES);
    }

    @Test
    @DisplayName("every app service reaches the broker at an address it advertises")
    void shouldPointAppsAtTheAdvertisedListener() {
        String advertised = String.valueOf(env("kafka").get("KAFKA_ADVERTISED_LISTENERS"));
        for (String s : APP_SERVICES) {
            String bootstrap = String.valueOf(env(s).get(Setting.BOOTSTRAP.env()));
            assertThat(advertised).as(s).contains("//" + bootstrap);
        }
    }

    @Test
    @DisplayName("the topics created are the app's default topic names with its default partitions, and the apps are"
            + " told the same names")
    void shouldCreateTheAppsTopics() {
        String script = String.join("\n", commandOf("topics"));
        Matcher m = Pattern.compile("for topic in ([^;]+);").matcher(script);
        assertThat(m.find()).isTrue();
        assertThat(List.of(m.group(1).trim().split("\\s+")))
                .containsExactly(TopicNames.DEFAULT_RAW, TopicNames.DEFAULT_ENRICHED, TopicNames.DEFAULT_DLQ);
        Matcher partitions = Pattern.compile("--partitions (\\d+)").matcher(script);
        assertThat(partitions.find()).isTrue();
        assertThat(Integer.parseInt(partitions.group(1))).as("partitions, as sitrep creates topics on a small machine")
                .isEqualTo(Parallelism.MIN_PARTITIONS);
        for (String s : APP_SERVICES) {
            Map<String, Object> env = env(s);
            assertThat(env.get(Setting.TOPIC_RAW.env())).as(s).isEqualTo(TopicNames.DEFAULT_RAW);
            assertThat(env.get(Setting.TOPIC_ENRICHED.env())).as(s).isEqualTo(TopicNames.DEFAULT_ENRICHED);
            assertThat(env.get(Setting.TOPIC_DLQ.env())).as(s).isEqualTo(TopicNames.DEFAULT_DLQ);
        }
    }

    @Test
    @DisplayName("every app service runs a sitrep command line that parses, with only known environment variables")
    void shouldRunValidCommandLines() {
        for (String s : APP_SERVICES) {
            List<String> args = commandOf(s);
            CommandLine.ParseResult parsed = Sitrep.commandLine().parseArgs(args.toArray(String[]::new));
            assertThat(parsed.subcommand()).as(s).isNotNull();
            assertThat(parsed.subcommand().commandSpec().name()).isEqualTo(args.get(0));
            assertThat(env(s).keySet()).as(s).allMatch(KNOWN_ENV::contains);
        }
        assertThat(commandOf("enrich").get(0)).isEqualTo("enrich");
        assertThat(commandOf("sink").get(0)).isEqualTo("sink");
        assertThat(commandOf("ingest").get(0)).isEqualTo("ingest");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(String service) {
        Object env = services.get(service).get("environment");
        return env == null ? Map.of() : (Map<String, Object>) env;
    }

    @SuppressWarnings("unchecked")
    private static List<String> commandOf(String service) {
        Object c = services.get(service).get("command");
        List<String> out = new ArrayList<>();
        if (c instanceof List<?> list) {
            list.forEach(o -> out.add(String.valueOf(o)));
        } else {
            out.add(String.valueOf(c));
        }
        return out;
    }
}
