package dev.sitrep.enrich.process;

/**
 * Where a raw record came from, written into its dead letter.
 *
 * @param topic       the topic, or null outside Kafka
 * @param partition   its partition, or -1
 * @param offset      its offset, or -1
 * @param origin      where ingest read it ({@code file:line}), or null when unknown
 * @param headerBytes the size of its headers, which its output record carries too
 */
public record RecordSource(String topic, int partition, long offset, String origin, int headerBytes) {

    public static final RecordSource UNKNOWN = new RecordSource(null, -1, -1, null, 0);

    public RecordSource(String topic, int partition, long offset, String origin) {
        this(topic, partition, offset, origin, 0);
    }
}
