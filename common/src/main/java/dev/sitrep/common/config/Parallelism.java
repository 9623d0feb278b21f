package dev.sitrep.common.config;

/**
 * How much parallelism sitrep asks for when the user does not say, sized to the machine it starts on. Enriching
 * is CPU-bound, so one stream thread per processor keeps every core busy; a thread with no partition has no
 * work, so the topics sitrep creates get at least one partition per default thread.
 */
public final class Parallelism {

    /** The most stream threads one enrich app runs. */
    public static final int MAX_STREAM_THREADS = 64;

    /** Partitions of created topics on small machines: two instances of two threads each still split the work. */
    public static final int MIN_PARTITIONS = 4;

    private Parallelism() {
    }

    /** Default stream threads of the enrich app: one per available processor. */
    public static int streamThreads() {
        return Math.min(MAX_STREAM_THREADS, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Default partitions of the topics sitrep creates: {@value #MIN_PARTITIONS}, or one per default stream thread
     * on larger machines. Records are keyed by article id, so each article's records keep their order.
     */
    public static int partitions() {
        return Math.max(MIN_PARTITIONS, streamThreads());
    }
}
