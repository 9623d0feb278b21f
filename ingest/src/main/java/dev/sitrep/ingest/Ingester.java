package dev.sitrep.ingest;

import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.ErrorCode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Publishes articles to the raw topic, keyed by article id, and accounts for every one: a record is
 * acknowledged, rejected with a reason, or counted as failed. Invalid records are sent (key null unless
 * the id is known) so the enrich app dead-letters them with their payload, unless told to skip them.
 */
public final class Ingester implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    /** Header carrying {@code file:line}, quoted in dead letters. */
    public static final String ORIGIN_HEADER = "sitrep.origin";

    /** Header naming the {@code sitrep run} a record belongs to, so that run can tell its records from others. */
    public static final String RUN_HEADER = "sitrep.run";

    /** How long a stopped ingest waits for acknowledgements by default: within the 30 s a SIGTERM allows. */
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(20);

    private final IngestConfig config;
    private final Producer<String, byte[]> producer;
    private final InputReader reader;
    private final byte[] runId;
    private final UnsentRecords unsent = new UnsentRecords();
    private volatile boolean stop;
    private volatile boolean gaveUp;
    private volatile boolean stopRequested;
    private volatile StoppableInput stdinReader;
    private volatile Duration stopGrace = DEFAULT_STOP_GRACE;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicBoolean watchdog = new AtomicBoolean();

    // Updated from the producer's I/O thread as well as the reading thread.
    private final Object lock = new Object();
    private long read;
    private long sent;
    private long failed;
    private final Map<String, Long> invalidSent = new HashMap<>();
    private final Map<String, Long> rejected = new HashMap<>();

    public Ingester(IngestConfig config) {
        this(config, null);
    }

    /** Tags every record with {@code runId} in the {@value #RUN_HEADER} header (when not null). */
    public Ingester(IngestConfig config, String runId) {
        this(config, new KafkaProducer<>(config.producerProperties(), new StringSerializer(), new ByteArraySerializer()),
                runId);
    }

    /** With a given producer, for tests. */
    public Ingester(IngestConfig config, Producer<String, byte[]> producer, String runId) {
        this.config = Objects.requireNonNull(config, "config");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.runId = runId == null ? null : runId.getBytes(StandardCharsets.UTF_8);
        this.reader = new InputReader(new ArticleReader(config.limits()));
    }

    /**
     * Reads every input and sends it, then waits for every acknowledgement.
     *
     * @param stdin    read for {@code -}
     * @param progress shows how far it is
     * @param problems receives one line per bad record or file ({@code file:line: CODE: message})
     */
    public IngestSummary ingest(InputStream stdin, Progress progress, Consumer<String> problems) {
        List<String> files = config.files();
        Consumer<InputRecord> send = r -> send(r, progress, problems);
        int filesRead = 0;
        for (String file : files) {
            if (stop) {
                if (gaveUp) {
                    unsent.notRead(file);
                }
                continue;
            }
            filesRead++;
            try {
                if (file.equals(InputReader.STDIN)) {
                    stdinReader = new StoppableInput(stdin, "stdin");
                    if (stop) {
                        stdinReader.stop();
                    }
                    reader.readLines(InputReader.STDIN, stdinReader, send, progress.counter());
                } else {
                    reader.read(Path.of(file), send, progress.counter());
                }
            } catch (StopException e) {
                // the loop goes on only to list the files never read
            } catch (IOException | RuntimeException e) {
                problems.accept(file + ": cannot read: " + e);
                count(rejected, "UNREADABLE_FILE");
            }
        }
        try {
            if (stopRequested) {
                // Stopped from outside (SIGTERM): wait for acknowledgements only so long, so that the command still
                // reports before the JVM exits; whatever is unacknowledged then fails, and is named as not sent.
                producer.close(stopGrace);
            } else {
                producer.flush();
            }
        } finally {
            done.countDown();
        }
        synchronized (lock) {
            return new IngestSummary(filesRead, read, sent, invalidSent, rejected, failed, stop, unsent.describe());
        }
    }

    /** How long {@link #ingest} waits for acknowledgements once stopped from outside (default 20 s). */
    public void setStopGrace(Duration grace) {
        this.stopGrace = Objects.requireNonNull(grace, "grace");
    }

    /** Stops reading (from another thread, e.g. on SIGTERM); what was sent is still flushed. */
    public void stop() {
        stopRequested = true;
        haltReading();
        if (watchdog.compareAndSet(false, true)) {
            // With no broker to answer, send() blocks on metadata for max.block.ms, and no flag reaches it there.
            // Closing the producer does: the blocked send fails, and that record is named as not sent.
            Thread t = new Thread(() -> {
                try {
                    if (!done.await(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                        LOG.warn("ingest: no acknowledgement within {} s of the stop; closing the producer",
                                stopGrace.toSeconds());
                        producer.close(Duration.ZERO);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sitrep-ingest-stop");
            t.setDaemon(true);
            t.start();
        }
    }

    private void haltReading() {
        stop = true;
        StoppableInput in = stdinReader;
        if (in != null) {
            in.stop();
        }
    }

    private void send(InputRecord record, Progress progress, Consumer<String> problems) {
        if (stop) {
            if (gaveUp) {
                unsent.notReadFrom(record.origin());
            }
            throw new StopException();
        }
        synchronized (lock) {
            read++;
        }
        progress.addRecord();
        if (!record.sendable()) {
            problems.accept(record.origin() + ": " + record.invalid() + ": " + record.problem());
            synchronized (lock) {
                count(rejected, record.invalid().name());
            }
            return;
        }
        if (!record.isValid()) {
            problems.accept(record.origin() + ": " + record.invalid() + ": " + record.problem());
            if (config.skipInvalid()) {
                synchronized (lock) {
                    count(rejected, record.invalid().name());
                }
                return;
            }
        }
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(config.topic().name(), record.key(), record.value());
        out.headers().add(ORIGIN_HEADER, record.origin().getBytes(StandardCharsets.UTF_8));
        if (runId != null) {
            out.headers().add(RUN_HEADER, runId);
        }
        ErrorCode invalid = record.invalid();
        try {
            producer.send(out, (meta, e) -> acknowledged(record, invalid, e, problems));
        } catch (RuntimeException e) {
            // send() itself throws for serialization errors or a closed producer; nothing was queued.
            acknowledged(record, invalid, e, problems);
        }
    }

    private void acknowledged(InputRecord record, ErrorCode invalid, Exception e, Consumer<String> problems) {
        synchronized (lock) {
            if (e == null) {
                sent++;
                if (invalid != null) {
                    count(invalidSent, invalid.name());
                }
            } else if (e instanceof RecordTooLargeException) {
                count(rejected, ErrorCode.TOO_LARGE.name());
                problems.accept(record.origin() + ": " + ErrorCode.TOO_LARGE + ": " + e.getMessage());
            } else {
                failed++;
                unsent.add(record.origin());
                problems.accept(record.origin() + ": NOT_SENT: " + e.getMessage());
                LOG.debug("send failed for {}: {}", record.origin(), e.toString());
                // The producer has already retried until its delivery timeout: the next records would fare
                // no better, and each could block as long. Stop reading; the summary names what was not sent.
                gaveUp = true;
                haltReading();
            }
        }
    }

    private static void count(Map<String, Long> counts, String reason) {
        counts.merge(reason, 1L, Long::sum);
    }

    @Override
    public void close() {
        producer.close();
    }

    /** Unwinds a reader when ingest is stopped. */
    private static final class StopException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopException() {
            super(null, null, false, false);
        }
    }
}
