package dev.sitrep.enrich.process;

import dev.sitrep.common.json.DeadLetter;

/** What became of one raw record: an enriched article or a dead letter, never neither. */
public sealed interface Outcome {

    /** The record key to write: the article id, or null for a dead letter whose id could not be read. */
    String key();

    /** The value to write, UTF-8 JSON. */
    byte[] json();

    /** An enriched article, keyed by its id. */
    record Enriched(String key, byte[] json) implements Outcome {
    }

    /** A dead letter, keyed by the article id when one could be read. */
    record Dead(String key, DeadLetter letter, byte[] json) implements Outcome {
    }
}
