package dev.sitrep.enrich.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.json.DeadLetter;
import dev.sitrep.common.json.ErrorCode;
import dev.sitrep.common.json.Json;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The last line behind {@code ArticleProcessor}, which dead-letters every bad record and engine failure
 * itself: an exception that still escapes while one record is processed makes that record a dead letter
 * ({@code ENRICHMENT_FAILED}) and the app goes on.
 *
 * <p>There is deliberately no production handler of this kind. A record the cluster refuses is reported on
 * the producer's I/O thread, where a dead letter to a topic not yet in the producer's metadata blocks for
 * {@code max.block.ms} and then fails anyway (seen with Kafka 4.4), and under exactly-once the refused record
 * has already doomed its transaction. The processor checks each record's size against the topics' limits
 * before it forwards; should a limit shrink under a running app, the default handler stops the app with
 * nothing lost, and on restart the processor reads the new limit and dead-letters the record.
 */
public final class DeadLetterHandler implements ProcessingExceptionHandler {

    /** The Streams property naming the dead-letter topic. */
    public static final String DLQ_TOPIC_CONFIG = "sitrep.dead.letter.topic";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private final ObjectMapper mapper = Json.mapper();
    private String dlq;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(DLQ_TOPIC_CONFIG);
        dlq = Objects.requireNonNull(topic, DLQ_TOPIC_CONFIG + " is not set").toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        LOG.warn("processing failed at {}/{}@{}, dead-lettered: {}", context.topic(), context.partition(),
                context.offset(), exception.toString(), exception);
        return Response.resume(List.of(
                letter(context, ErrorCode.ENRICHMENT_FAILED, exception.toString())));
    }

    private ProducerRecord<byte[], byte[]> letter(ErrorHandlerContext context, ErrorCode code, String message) {
        DeadLetter letter = DeadLetter.of(code, message, context.topic(), context.partition(), context.offset(),
                context.sourceRawValue(), Instant.now());
        try {
            return new ProducerRecord<>(dlq, null, context.sourceRawKey(), mapper.writeValueAsBytes(letter.toJson(mapper)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a dead letter", e);
        }
    }
}
