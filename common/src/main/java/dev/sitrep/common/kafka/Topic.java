package dev.sitrep.common.kafka;

import org.apache.kafka.common.serialization.Serde;

import java.util.Objects;

/**
 * A topic with the serdes of its keys and values, so that every read and write names a topic, not a string.
 *
 * @param name       the topic name
 * @param keySerde   how keys are (de)serialized
 * @param valueSerde how values are (de)serialized
 * @param <K>        the key type
 * @param <V>        the value type
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        TopicNames.check("topic", name);
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }

    @Override
    public String toString() {
        return name;
    }
}
