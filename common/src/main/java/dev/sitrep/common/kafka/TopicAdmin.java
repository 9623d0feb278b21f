package dev.sitrep.common.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates the pipeline's topics and waits until every partition takes writes. */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /**
     * Creates whichever of {@code topics} are missing, then waits until each partition of each answers
     * {@code listOffsets}: {@code createTopics} returns before the broker leads the partitions, and an
     * idempotent producer sending in that window has been seen to lose its first batch (KAFKA-15591).
     *
     * @param clientProperties admin client properties ({@code bootstrap.servers}, security)
     * @throws IllegalStateException when the topics are not ready within {@code timeout}
     */
    public static void ensureTopics(Properties clientProperties, Collection<NewTopic> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(clientProperties)) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
                    LOG.info("created topic {} ({} partitions)", topic.name(), topic.numPartitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic.name() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            awaitWritable(admin, topics.stream().map(NewTopic::name).toList(), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topics " + topics.stream().map(NewTopic::name).toList()
                    + " not ready within " + timeout, e);
        }
    }

    private static void awaitWritable(Admin admin, List<String> names, long deadline)
            throws InterruptedException, TimeoutException {
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames()
                        .get(remainingMs(deadline), TimeUnit.MILLISECONDS);
                Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                described.values().forEach(d -> d.partitions().forEach(p ->
                        request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(request).all().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                LOG.debug("topics not ready yet: {}", e.getCause().toString());
                Thread.sleep(Math.min(100, remainingMs(deadline)));
            }
        }
    }

    private static long remainingMs(long deadline) throws TimeoutException {
        long ms = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (ms <= 0) {
            throw new TimeoutException();
        }
        return ms;
    }
}
