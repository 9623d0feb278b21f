package dev.sitrep.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SitrepCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "run", "ingest", "enrich", "sink", "extract"})
    @DisplayName("every command has --help, --bootstrap and --kafka-config")
    void shouldOfferTheCommonOptions(String command) {
        CommandLine sub = Sitrep.commandLine().getSubcommands().get(command);

        assertThat(sub).isNotNull();
        assertThat(sub.getCommandSpec().findOption("--help")).isNotNull();
        assertThat(sub.getCommandSpec().findOption("--bootstrap")).isNotNull();
        assertThat(sub.getCommandSpec().findOption("--kafka-config")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "run", "ingest", "enrich", "sink"})
    @DisplayName("every Kafka command takes the three topic names and lists its exit codes")
    void shouldOfferTopicOptionsAndExitCodes(String command) {
        CommandLine sub = Sitrep.commandLine().getSubcommands().get(command);

        for (String option : new String[] {"--topic-raw", "--topic-enriched", "--topic-dlq"}) {
            assertThat(sub.getCommandSpec().findOption(option)).as(option).isNotNull();
        }
        assertThat(sub.getUsageMessage()).contains("Exit codes:");
    }

    @Test
    @DisplayName("a bad setting exits 2 with a message naming the option")
    void shouldNameTheBadOption() throws Exception {
        Path in = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"t\"}\n");
        StringWriter err = new StringWriter();
        CommandLine cli = Sitrep.commandLine().setErr(new PrintWriter(err));

        int code = cli.execute("ingest", "--bootstrap", "no-port", in.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--bootstrap").contains("no-port");
    }

    @Test
    @DisplayName("a missing input exits 2 before anything connects")
    void shouldRefuseMissingInput() {
        StringWriter err = new StringWriter();
        CommandLine cli = Sitrep.commandLine().setErr(new PrintWriter(err));

        int code = cli.execute("ingest", dir.resolve("missing.jsonl").toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    @DisplayName("the sink needs --out or --to-topic, and says so")
    void shouldRequireASinkTarget() {
        StringWriter err = new StringWriter();
        CommandLine cli = Sitrep.commandLine().setErr(new PrintWriter(err));

        int code = cli.execute("sink");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--out");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ingest --delivery-timeout 0 IN", "ingest --delivery-timeout soon IN",
        "enrich --max-output-bytes 1000", "enrich --threads 0", "enrich --guarantee exactly_once",
        "sink --out OUT --roll-bytes -1", "run --in IN --out OUT --partitions 0", "ingest --max-text-chars 0 IN",
        "enrich --max-text-chars 99999999"})
    @DisplayName("a bad value is refused at start, exit 2, with a message naming the option")
    void shouldRefuseBadValuesNamingTheOption(String line) throws Exception {
        Path in = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"t\"}\n");
        String[] args = line.replace("IN", in.toString()).replace("OUT", dir.resolve("out").toString()).split(" ");
        String option = java.util.Arrays.stream(args).filter(a -> a.startsWith("--")).reduce((a, b) -> b).orElseThrow();
        StringWriter err = new StringWriter();
        CommandLine cli = Sitrep.commandLine().setErr(new PrintWriter(err));

        int code = cli.execute(args);

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains(option);
    }

    @Test
    @DisplayName("extract reads past a line that is not UTF-8 and one the parser chokes on, and dead-letters both")
    void shouldExtractPastBadLines() throws Exception {
        Path in = dir.resolve("in.jsonl");
        try (var out = Files.newOutputStream(in)) {
            out.write("{\"id\":\"a\",\"text\":\"Two were killed.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});
            out.write("{\"text\":\"t\",\"n\":1E+2147483648}\r\n{\"id\":\"d\",\"text\":\"Calm.\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out.jsonl");
        Path dlq = dir.resolve("dlq.jsonl");

        int code = Sitrep.commandLine().execute("extract", "--in", in.toString(), "--out", out.toString(), "--dlq", dlq.toString());

        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(2);
        assertThat(Files.readAllLines(dlq)).hasSize(2).anySatisfy(l -> assertThat(l).contains("NOT_UTF8"))
                .anySatisfy(l -> assertThat(l).contains("INVALID_JSON"));
    }
}
