package dev.sitrep.common.config;

import dev.sitrep.common.kafka.TopicNames;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where settings come from, resolved once at start: defaults &lt; {@code --kafka-config} file &lt;
 * environment &lt; flags. Values of the file are never logged: they may hold passwords.
 */
public final class Settings {

    public static final String KAFKA_CONFIG_OPTION = "--kafka-config";

    private final Properties file;
    private final Map<String, String> env;

    private Settings(Properties file, Map<String, String> env) {
        this.file = file;
        this.env = Map.copyOf(env);
    }

    /**
     * Loads the properties file (when not null) and takes the environment as given.
     *
     * @throws ConfigException naming {@code --kafka-config} when the file cannot be read
     */
    public static Settings load(Path kafkaConfig, Map<String, String> env) {
        Properties props = new Properties();
        if (kafkaConfig != null) {
            // Not isRegularFile: a pipe such as <(...) or a secrets mount is a fine place for credentials.
            if (!Files.exists(kafkaConfig) || Files.isDirectory(kafkaConfig)) {
                throw new ConfigException(KAFKA_CONFIG_OPTION, "no such file: " + kafkaConfig);
            }
            try (Reader r = Files.newBufferedReader(kafkaConfig, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException(KAFKA_CONFIG_OPTION, "cannot read " + kafkaConfig + ": " + e.getMessage());
            }
        }
        return new Settings(props, env);
    }

    /** Settings with no file, for tests and embedded use. */
    public static Settings of(Map<String, String> fileProperties, Map<String, String> env) {
        Properties props = new Properties();
        props.putAll(fileProperties);
        return new Settings(props, env);
    }

    /** The value of a setting, the flag (null when not given) winning over environment, file and default. */
    public String get(Setting setting, String flag) {
        if (flag != null) {
            return flag;
        }
        String v = env.get(setting.env());
        if (v != null && !v.isBlank()) {
            return v.trim();
        }
        v = file.getProperty(setting.fileKey());
        if (v != null) {
            return v.trim();
        }
        return setting.defaultValue();
    }

    /** A setting converted by {@code parse}; a conversion failure names the option. */
    public <T> T get(Setting setting, String flag, Function<String, T> parse) {
        String raw = get(setting, flag);
        if (raw == null) {
            throw new ConfigException(setting.option(), "is required (or set " + setting.env() + ")");
        }
        try {
            return parse.apply(raw);
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConfigException(setting.option(), "cannot use \"" + raw + "\": " + e.getMessage());
        }
    }

    /** A positive whole number. */
    public long positive(Setting setting, String flag) {
        long v = get(setting, flag, Long::parseLong);
        if (v <= 0) {
            throw new ConfigException(setting.option(), "must be positive, got " + v);
        }
        return v;
    }

    /** The bootstrap servers and every Kafka client property of the file (sitrep's own keys left out). */
    public KafkaSettings kafka(String bootstrapFlag) {
        String bootstrap = KafkaSettings.checkBootstrap(get(Setting.BOOTSTRAP, bootstrapFlag));
        Map<String, String> client = new TreeMap<>();
        for (String key : file.stringPropertyNames()) {
            if (!key.startsWith(Setting.FILE_PREFIX) && !key.equals("bootstrap.servers")) {
                client.put(key, file.getProperty(key));
            }
        }
        return new KafkaSettings(bootstrap, client);
    }

    /** The three topic names from {@code --topic-raw}, {@code --topic-enriched}, {@code --topic-dlq}. */
    public TopicNames topics(String rawFlag, String enrichedFlag, String dlqFlag) {
        return new TopicNames(get(Setting.TOPIC_RAW, rawFlag),
                get(Setting.TOPIC_ENRICHED, enrichedFlag),
                get(Setting.TOPIC_DLQ, dlqFlag));
    }

    @Override
    public String toString() {
        return "Settings[file keys=" + file.stringPropertyNames() + "]";
    }

    static String requireText(String option, String v) {
        Objects.requireNonNull(v, option);
        if (v.isBlank()) {
            throw new ConfigException(option, "must not be empty");
        }
        return v;
    }
}
