package dev.sitrep.enrich.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.DeadLetter;
import dev.sitrep.common.json.EngineInfo;
import dev.sitrep.common.json.EnrichedJson;
import dev.sitrep.common.json.EnrichedJsonWriter;
import dev.sitrep.common.json.ErrorCode;
import dev.sitrep.common.json.InvalidArticleException;
import dev.sitrep.common.json.Json;
import dev.sitrep.common.json.ParsedArticle;
import dev.sitrep.enrich.Enricher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Turns one raw record into an {@link Outcome}: the transform's JSON when the record is a readable
 * article, a dead letter otherwise. It never throws for a bad record or a failing transform, so the
 * stream thread that calls it never stops on one. Thread-safe when the transform is.
 */
public final class ArticleProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessor.class);

    /**
     * Bytes a record takes beyond its key, value and headers, with room to spare: the record's own
     * varints and attributes (under 30) and the header of a batch holding it alone (61).
     */
    static final int RECORD_OVERHEAD = 128;

    /** Dead-letter messages are cut here: they are for a human, and must never make the letter too large. */
    static final int MAX_MESSAGE_CHARS = 2000;

    /** Makes the output bytes of a valid article; may throw for a bad one, which is then dead-lettered. */
    @FunctionalInterface
    private interface Writer {
        byte[] write(ParsedArticle article, ObjectMapper mapper) throws IOException;
    }

    private final ArticleReader reader;
    private final Writer writer;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final int maxOutputBytes;

    /**
     * @param reader    validates raw values and assigns ids
     * @param transform what to make of a valid article (any function: the engine, or a pass-through for benchmarks)
     * @param clock     for {@code failedAt}
     */
    public ArticleProcessor(ArticleReader reader, Function<ParsedArticle, ObjectNode> transform, Clock clock) {
        this(reader, tree(Objects.requireNonNull(transform, "transform")), clock, Integer.MAX_VALUE);
    }

    private ArticleProcessor(ArticleReader reader, Writer writer, Clock clock, int maxOutputBytes) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.writer = writer;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mapper = Json.mapper(reader.limits().maxDepth());
        if (maxOutputBytes <= 0) {
            throw new IllegalArgumentException("maxOutputBytes must be positive: " + maxOutputBytes);
        }
        this.maxOutputBytes = maxOutputBytes;
    }

    /**
     * The same processor, dead-lettering as {@link ErrorCode#ENRICHED_TOO_LARGE} every enriched article whose
     * record (key, value, headers) would exceed {@code maxOutputBytes}: a record the topic refuses would
     * otherwise stop the stream thread, and under exactly-once abort every transaction it is retried in.
     */
    public ArticleProcessor withOutputLimit(int maxOutputBytes) {
        return new ArticleProcessor(reader, writer, clock, maxOutputBytes);
    }

    /** The largest output record this processor writes, in bytes. */
    public int maxOutputBytes() {
        return maxOutputBytes;
    }

    private static Writer tree(Function<ParsedArticle, ObjectNode> transform) {
        return (article, mapper) -> mapper.writeValueAsBytes(transform.apply(article));
    }

    /**
     * The standard processor: the engine's enrichment in the contract's format, written as
     * {@link EnrichedJson#write} would be, without building it as a tree first.
     */
    public static ArticleProcessor enriching(Enricher enricher, ArticleReader reader, Clock clock) {
        EngineInfo engine = enricher.info();
        return new ArticleProcessor(reader, (article, mapper) -> EnrichedJsonWriter.write(mapper, article.json(),
                enricher.enrich(article.text()), engine, clock.instant()), clock, Integer.MAX_VALUE);
    }

    /**
     * The standard processor over an engine still loading: the first record waits for it. If it cannot be
     * loaded, every call throws {@link EngineUnavailableException}, which stops the stream thread rather than
     * dead-lettering good records.
     */
    public static ArticleProcessor enriching(CompletableFuture<Enricher> loading, ArticleReader reader, Clock clock) {
        return new ArticleProcessor(reader, (article, mapper) -> {
            Enricher enricher = await(loading);
            EngineInfo engine = enricher.info();
            return EnrichedJsonWriter.write(mapper, article.json(), enricher.enrich(article.text()), engine,
                    clock.instant());
        }, clock, Integer.MAX_VALUE);
    }

    private static Enricher await(CompletableFuture<Enricher> loading) {
        try {
            return loading.join();
        } catch (CompletionException | CancellationException e) {
            throw new EngineUnavailableException(e.getCause() == null ? e : e.getCause());
        }
    }

    /** Validates and writes the article back unchanged: the baseline the engine's cost is measured against. */
    public static ArticleProcessor passThrough(ArticleReader reader, Clock clock) {
        return new ArticleProcessor(reader, ParsedArticle::json, clock);
    }

    /**
     * @param key    the raw record's key: ingest's article id, or null
     * @param value  the raw record's value
     * @param source where it came from, for the dead letter
     */
    public Outcome process(String key, byte[] value, RecordSource source) {
        ParsedArticle article;
        try {
            article = reader.read(value);
        } catch (InvalidArticleException e) {
            return dead(key, e.code(), e.getMessage(), value, source);
        } catch (RuntimeException | StackOverflowError e) {
            // The reader answers every input with an article or a reason; should it ever not, one record pays.
            LOG.warn("reading failed at {}/{}@{}: {}", source.topic(), source.partition(), source.offset(), e.toString(), e);
            return dead(key, ErrorCode.ENRICHMENT_FAILED, "the reader failed: " + e, value, source);
        }
        byte[] json;
        try {
            json = writer.write(article, mapper);
        } catch (EngineUnavailableException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | IOException e) {
            // A bug in one extraction pass must cost one article, not the stream thread.
            LOG.warn("enrichment failed for article {} at {}/{}@{}: {}", article.id(), source.topic(),
                    source.partition(), source.offset(), e.toString(), e);
            return dead(article.id(), ErrorCode.ENRICHMENT_FAILED, e.toString(), value, source);
        }
        long size = recordSize(article.id(), json, source);
        if (size > maxOutputBytes) {
            return dead(article.id(), ErrorCode.ENRICHED_TOO_LARGE, "the enriched article would be a record of " + size
                    + " bytes, over the " + maxOutputBytes + " the enriched topic takes", value, source);
        }
        return new Outcome.Enriched(article.id(), json);
    }

    private Outcome dead(String key, ErrorCode code, String message, byte[] value, RecordSource source) {
        String where = source.origin() == null ? message : message + " (from " + source.origin() + ")";
        if (where.length() > MAX_MESSAGE_CHARS) {
            where = where.substring(0, MAX_MESSAGE_CHARS) + "...";
        }
        DeadLetter letter = DeadLetter.of(code, where, source.topic(), source.partition(), source.offset(),
                value, clock.instant());
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(letter.toJson(mapper));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a dead letter", e);
        }
        // The payload is cut at 64 KiB, so only an outsized key can make a letter too large; the letter
        // still names the record by topic, partition and offset.
        return new Outcome.Dead(recordSize(key, json, source) > maxOutputBytes ? null : key, letter, json);
    }

    private static long recordSize(String key, byte[] value, RecordSource source) {
        long keyBytes = key == null ? 0 : key.getBytes(StandardCharsets.UTF_8).length;
        return keyBytes + value.length + source.headerBytes() + RECORD_OVERHEAD;
    }
}
