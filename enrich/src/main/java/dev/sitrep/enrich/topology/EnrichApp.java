package dev.sitrep.enrich.topology;

import dev.sitrep.enrich.process.ArticleProcessor;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The running enrich app: a Kafka Streams instance over {@link EnrichTopology}. */
public final class EnrichApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /**
     * Builds the app; asks the cluster for the largest record the output topics take, unless
     * {@code --max-output-bytes} says, and dead-letters enriched articles above it.
     */
    public EnrichApp(EnrichConfig config, ArticleProcessor processor) {
        Properties props = EnrichTopology.streamsConfig(config);
        int limit = config.maxOutputBytes() != null ? config.maxOutputBytes()
                : OutputLimit.detect(config.kafka().properties(), props, config.topics(), Duration.ofSeconds(30));
        limit = Math.min(limit, OutputLimit.producerLimit(props));
        LOG.info("enrich: an enriched article over {} bytes is dead-lettered as ENRICHED_TOO_LARGE", limit);
        streams = new KafkaStreams(EnrichTopology.buildTopology(config.topics(), processor.withOutputLimit(limit)),
                props);
        streams.setStateListener((now, before) -> {
            LOG.debug("enrich app {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING
                    || now == KafkaStreams.State.PENDING_ERROR || now == KafkaStreams.State.PENDING_SHUTDOWN) {
                stopped.countDown();
                running.countDown();
            }
        });
        // Bad records never get here (the processor dead-letters them); what does is the cluster failing us.
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("enrich app stopping: {}", e.toString(), e);
            failure.compareAndSet(null, e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    public void start() {
        streams.start();
    }

    /** Waits until the app processes records; false when it failed or the time ran out first. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Blocks until the app stops by itself (it failed) or {@link #close()} is called. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public boolean isFailed() {
        return failure.get() != null || streams.state() == KafkaStreams.State.ERROR;
    }

    /** What stopped the app, or null. */
    public Throwable failure() {
        return failure.get();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The Streams client's metrics (threads, tasks, embedded clients), for monitoring and benchmarks. */
    public Map<MetricName, ? extends Metric> metrics() {
        return streams.metrics();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /** Stops and leaves the group, so that the next instance (a restart, the next run) need not wait it out. */
    public void close(Duration timeout) {
        if (!streams.close(CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP))) {
            LOG.warn("enrich app did not stop within {}", timeout);
        }
        stopped.countDown();
    }
}
