package dev.sitrep.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedKafkaTest {

    @Test
    @DisplayName("a started broker takes a record and gives it back, and close deletes its data")
    void shouldRoundTripARecord() throws Exception {
        Path dir;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            dir = kafka.dataDir();
            Map<String, Object> common = Map.of("bootstrap.servers", kafka.bootstrap());
            try (Admin admin = Admin.create(common)) {
                admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    Map.<String, Object>of("bootstrap.servers", kafka.bootstrap(), "acks", "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "k", "v")).get();
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                    Map.<String, Object>of("bootstrap.servers", kafka.bootstrap(), "group.id", "g",
                            "auto.offset.reset", "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("t"));
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                int seen = 0;
                while (seen == 0 && System.nanoTime() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                    seen += records.count();
                }
                assertThat(seen).isEqualTo(1);
            }
            assertThat(Files.exists(dir)).isTrue();
        }
        assertThat(Files.exists(dir)).isFalse();
    }

    @Test
    @DisplayName("a broker stopped and restarted comes back on the same port with what it acknowledged")
    void shouldRestartOnTheSamePortAndData() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrap()))) {
                admin.createTopics(List.of(new NewTopic("r", 1, (short) 1))).all().get();
            }
            Map<String, Object> producerProps = Map.of("bootstrap.servers", kafka.bootstrap(), "acks", "all");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps,
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("r", "k", "before")).get();
            }

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.restart();

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps,
                    new StringSerializer(), new StringSerializer())) {
                assertThat(producer.send(new ProducerRecord<>("r", "k", "after")).get().offset()).isEqualTo(1);
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                    Map.<String, Object>of("bootstrap.servers", kafka.bootstrap(), "group.id", "g2",
                            "auto.offset.reset", "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("r"));
                List<String> values = new java.util.ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (values.size() < 2 && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                }
                assertThat(values).containsExactly("before", "after");
            }
        }
    }

    @Test
    @DisplayName("a port that is taken fails fast with a message naming it")
    void shouldFailClearlyOnATakenPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> EmbeddedKafka.start(taken.getLocalPort(), Map.of()))
                    .isInstanceOf(EmbeddedKafkaException.class)
                    .hasMessageContaining("port " + taken.getLocalPort());
        }
    }
}
