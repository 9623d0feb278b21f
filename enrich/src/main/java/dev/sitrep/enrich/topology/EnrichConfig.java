package dev.sitrep.enrich.topology;

import dev.sitrep.common.config.ConfigException;
import dev.sitrep.common.config.KafkaSettings;
import dev.sitrep.common.config.Parallelism;
import dev.sitrep.common.config.Setting;
import dev.sitrep.common.config.Settings;
import dev.sitrep.common.kafka.Topics;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * The enrich app's settings, resolved once at start.
 *
 * @param kafka         cluster and client properties
 * @param topics        input, output and dead-letter topics
 * @param applicationId the Streams application id (consumer group and internal topic prefix)
 * @param guarantee     {@code exactly_once_v2} or {@code at_least_once}
 * @param threads       stream threads (default: one per available processor)
 * @param stateDir      the Streams state directory, this app's alone
 * @param maxOutputBytes the largest record the app writes, or null to ask the cluster at start (the smaller
 *                      of the enriched and dead-letter topics' {@code max.message.bytes})
 */
public record EnrichConfig(KafkaSettings kafka, Topics topics, String applicationId, String guarantee,
                           int threads, Path stateDir, Integer maxOutputBytes) {

    public static final Setting APPLICATION_ID =
            new Setting("--application-id", "SITREP_APPLICATION_ID", "application.id", "sitrep-enrich");
    public static final Setting GUARANTEE =
            new Setting("--guarantee", "SITREP_GUARANTEE", "processing.guarantee", "exactly_once_v2");
    public static final Setting THREADS =
            new Setting("--threads", "SITREP_THREADS", "num.stream.threads", Integer.toString(Parallelism.streamThreads()));
    public static final Setting STATE_DIR =
            new Setting("--state-dir", "SITREP_STATE_DIR", "state.dir", null);

    public static final Setting MAX_OUTPUT_BYTES =
            Setting.of("--max-output-bytes", "SITREP_MAX_OUTPUT_BYTES", null);

    public static final String EXACTLY_ONCE = "exactly_once_v2";
    public static final String AT_LEAST_ONCE = "at_least_once";

    private static final Set<String> GUARANTEES = Set.of(EXACTLY_ONCE, AT_LEAST_ONCE);

    public EnrichConfig(KafkaSettings kafka, Topics topics, String applicationId, String guarantee, int threads,
                        Path stateDir) {
        this(kafka, topics, applicationId, guarantee, threads, stateDir, null);
    }

    public EnrichConfig {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(topics, "topics");
        if (applicationId == null || !applicationId.matches("[a-zA-Z0-9._-]{1,200}")) {
            throw new ConfigException(APPLICATION_ID.option(), "\"" + applicationId
                    + "\" must be 1 to 200 of a-z A-Z 0-9 . _ -");
        }
        if (!GUARANTEES.contains(guarantee)) {
            throw new ConfigException(GUARANTEE.option(), "\"" + guarantee + "\" is not one of " + GUARANTEES);
        }
        if (threads < 1 || threads > Parallelism.MAX_STREAM_THREADS) {
            throw new ConfigException(THREADS.option(), "must be 1 to " + Parallelism.MAX_STREAM_THREADS + ", got "
                    + threads);
        }
        Objects.requireNonNull(stateDir, "stateDir");
        if (maxOutputBytes != null && maxOutputBytes < 64 * 1024 + 4096) {
            // Room for the largest dead letter: a 64 KiB payload and its message.
            throw new ConfigException(MAX_OUTPUT_BYTES.option(), "must be at least 69632 (a dead letter with its"
                    + " 64 KiB payload), got " + maxOutputBytes);
        }
    }

    /**
     * Resolves every setting; flags are null when not given.
     *
     * @param defaultStateDir used when no state directory is configured
     */
    public static EnrichConfig resolve(Settings settings, KafkaSettings kafka, Topics topics, String applicationId,
                                       String guarantee, Integer threads, Path stateDir, Path defaultStateDir) {
        return resolve(settings, kafka, topics, applicationId, guarantee, threads, stateDir, defaultStateDir, null);
    }

    /** The same with {@code --max-output-bytes}. */
    public static EnrichConfig resolve(Settings settings, KafkaSettings kafka, Topics topics, String applicationId,
                                       String guarantee, Integer threads, Path stateDir, Path defaultStateDir,
                                       Integer maxOutputBytes) {
        String dir = settings.get(STATE_DIR, stateDir == null ? null : stateDir.toString());
        String max = settings.get(MAX_OUTPUT_BYTES, maxOutputBytes == null ? null : maxOutputBytes.toString());
        return new EnrichConfig(kafka, topics,
                settings.get(APPLICATION_ID, applicationId),
                settings.get(GUARANTEE, guarantee),
                Math.toIntExact(settings.positive(THREADS, threads == null ? null : threads.toString())),
                dir == null ? defaultStateDir : Path.of(dir),
                max == null ? null : Math.toIntExact(settings.positive(MAX_OUTPUT_BYTES, max)));
    }
}
