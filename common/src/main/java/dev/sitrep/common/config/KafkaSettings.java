package dev.sitrep.common.config;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How to reach the cluster: the bootstrap servers and the client properties of {@code --kafka-config}
 * (security, SASL, TLS). {@link #toString()} shows no secret.
 *
 * @param bootstrap comma-separated {@code HOST:PORT} list
 * @param client    client properties, passed to every producer, consumer, admin client and Streams app
 */
public record KafkaSettings(String bootstrap, Map<String, String> client) {

    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9a-fA-F:.]+]|[^\\s:,\\[\\]]+):(\\d{1,5})");
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|jaas|token|credential|key).*");

    public KafkaSettings {
        checkBootstrap(bootstrap);
        client = Map.copyOf(client);
    }

    public static KafkaSettings of(String bootstrap) {
        return new KafkaSettings(bootstrap, Map.of());
    }

    /** Checks a {@code HOST:PORT[,HOST:PORT...]} list, naming {@code --bootstrap} in the error. */
    public static String checkBootstrap(String bootstrap) {
        Settings.requireText("--bootstrap", bootstrap);
        for (String part : bootstrap.split(",", -1)) {
            var m = HOST_PORT.matcher(part.trim());
            if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 65535) {
                throw new ConfigException("--bootstrap", "\"" + part.trim() + "\" is not HOST:PORT");
            }
        }
        return bootstrap.trim();
    }

    /**
     * Fresh properties for a client: the file's properties over {@code defaults}, with the bootstrap servers.
     * The user's file wins over the code's defaults, as in Kafka's own examples.
     */
    public Properties properties(Map<String, ?> defaults) {
        Properties p = new Properties();
        p.putAll(defaults);
        p.putAll(client);
        p.put("bootstrap.servers", bootstrap);
        return p;
    }

    /** The same with no defaults. */
    public Properties properties() {
        return properties(Map.of());
    }

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        client.forEach((k, v) -> shown.put(k, SECRET.matcher(k.toLowerCase(Locale.ROOT)).matches() ? "[hidden]" : v));
        return "KafkaSettings[bootstrap=" + bootstrap + ", client=" + shown + "]";
    }
}
