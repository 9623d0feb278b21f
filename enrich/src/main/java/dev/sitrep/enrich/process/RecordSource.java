package dev.sitrep.enrich.process;

/**
 * Where a raw record came from, written into its dead letter.
 *
 * @param topic     the topic, or null outside Kafka
 * @param partition its partition, or -1
 * @param offset    its offset, or -1
 * @param origin    where ingest read it ({@code file:line}), or null when unknown
 */
public record RecordSource(String topic, int partition, long offset, String origin) {

    public static final RecordSource UNKNOWN = new RecordSource(null, -1, -1, null);
}
