package dev.sitrep.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.internals.Exit;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running inside this JVM.
 *
 * <p>Its data lives in a temporary directory that {@link #close()} deletes, also when start fails.
 * {@link #stop()} and {@link #restart()} take the broker down and bring it back on the same ports and
 * data, as a broker restart in a real cluster would. While any embedded broker exists, Kafka's
 * {@code Exit.exit}/{@code Exit.halt} are diverted so a fatal broker error is logged instead of killing
 * the host application.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final int NODE_ID = 1;
    private static final int AUTO_PORT_ATTEMPTS = 3;

    private final Properties props;
    private final Path dir;
    private final int port;
    private KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, Properties props, Path dir, int port) {
        this.server = server;
        this.props = props;
        this.dir = dir;
        this.port = port;
    }

    /** Starts a broker on a free port of localhost. */
    public static EmbeddedKafka start() {
        return start(0, Map.of());
    }

    /**
     * Starts a broker.
     *
     * @param port      the client port on localhost, or 0 for a free one
     * @param overrides broker properties over the embedded defaults
     * @throws EmbeddedKafkaException when the broker cannot start; nothing is left behind
     */
    public static EmbeddedKafka start(int port, Map<String, String> overrides) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        int attempts = port == 0 ? AUTO_PORT_ATTEMPTS : 1;
        EmbeddedKafkaException last = null;
        for (int i = 0; i < attempts; i++) {
            int clientPort = port == 0 ? freePort() : port;
            if (port != 0 && !isFree(clientPort)) {
                throw new EmbeddedKafkaException("port " + clientPort + " on localhost is in use: choose another"
                        + " (or 0 for any free port)", null);
            }
            try {
                return startOnce(clientPort, freePort(), overrides);
            } catch (EmbeddedKafkaException e) {
                // Another process may have taken a port we picked between probing and binding: try new ones.
                last = e;
                LOG.warn("embedded broker did not start on port {}: {}", clientPort, e.getMessage());
            }
        }
        throw last;
    }

    private static EmbeddedKafka startOnce(int port, int controllerPort, Map<String, String> overrides) {
        Path dir;
        try {
            dir = Files.createTempDirectory("sitrep-kafka-");
        } catch (IOException e) {
            throw new EmbeddedKafkaException("cannot create a temporary directory for the broker", e);
        }
        divertExit();
        KafkaRaftServer server = null;
        try {
            Properties props = brokerProperties(dir, port, controllerPort);
            props.putAll(overrides);
            format(dir, props.getProperty("controller.listener.names"));
            server = startServer(props);
            LOG.info("embedded Kafka broker listening on localhost:{} (data in {})", port, dir);
            return new EmbeddedKafka(server, props, dir, port);
        } catch (RuntimeException e) {
            stop(server);
            deleteRecursively(dir);
            restoreExit();
            throw new EmbeddedKafkaException("the embedded broker failed to start: " + e.getMessage(), e);
        }
    }

    private static KafkaRaftServer startServer(Properties props) {
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return server;
    }

    static Properties brokerProperties(Path dir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.resolve("data").toString());
        p.put("metadata.log.dir", dir.resolve("meta").toString());
        // One node: internal topics with one replica, else consumers see nothing and EOS hangs on close.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("group.streams.initial.rebalance.delay.ms", "0");
        // The cleaner's default buffer costs 128 MiB of heap; the pipeline compacts nothing big.
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        p.put("auto.create.topics.enable", "false");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        // Room for an article at the text limit (1 MiB of chars can be 4 MiB of UTF-8) once enriched.
        p.put("message.max.bytes", Integer.toString(16 * 1024 * 1024));
        return p;
    }

    private static void format(Path dir, String controllerListener) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dir.resolve("data").toString(), dir.resolve("meta").toString()))
                    .setMetadataLogDirectory(dir.resolve("meta").toString())
                    .setControllerListenerName(controllerListener)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            // Formatter.run declares Exception.
            throw new EmbeddedKafkaException("cannot format broker storage in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@code localhost:PORT}, for {@code bootstrap.servers}. */
    public String bootstrap() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Where the broker keeps its data until {@link #close()}. */
    public Path dataDir() {
        return dir;
    }

    /** True between start (or {@link #restart()}) and {@link #stop()}. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * Stops the broker as a clean broker shutdown would, keeping its data and ports for {@link #restart()}.
     * Clients see the broker go away; does nothing when it is already stopped.
     */
    public synchronized void stop() {
        KafkaRaftServer s = server;
        if (s == null) {
            return;
        }
        server = null;
        stop(s);
        LOG.info("embedded Kafka broker on localhost:{} stopped (data kept in {})", port, dir);
    }

    /**
     * Starts a stopped broker again on the same ports and data directory: what it acknowledged before
     * {@link #stop()} is still there.
     *
     * @throws EmbeddedKafkaException when it cannot start (a port taken in between, for one)
     */
    public synchronized void restart() {
        if (closed || server != null) {
            throw new IllegalStateException(closed ? "the embedded broker is closed" : "the embedded broker is running");
        }
        try {
            server = startServer(props);
        } catch (RuntimeException e) {
            throw new EmbeddedKafkaException("the embedded broker failed to restart on port " + port + ": "
                    + e.getMessage(), e);
        }
        LOG.info("embedded Kafka broker on localhost:{} restarted", port);
    }

    /** Stops the broker and deletes its data. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop(server);
            server = null;
        } finally {
            deleteRecursively(dir);
            restoreExit();
        }
    }

    private static void stop(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("embedded broker did not shut down cleanly: {}", e.toString());
        }
    }

    private static void divertExit() {
        if (RUNNING.getAndIncrement() == 0) {
            Exit.setExitProcedure((status, message) ->
                    LOG.error("embedded broker asked the JVM to exit ({}): {}", status, message));
            Exit.setHaltProcedure((status, message) ->
                    LOG.error("embedded broker asked the JVM to halt ({}): {}", status, message));
        }
    }

    private static void restoreExit() {
        if (RUNNING.decrementAndGet() == 0) {
            Exit.resetExitProcedure();
            Exit.resetHaltProcedure();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on localhost", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", root, e.toString());
        }
    }
}
