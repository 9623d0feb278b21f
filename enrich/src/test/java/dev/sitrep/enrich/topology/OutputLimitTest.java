package dev.sitrep.enrich.topology;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class OutputLimitTest {

    @Test
    @DisplayName("with compression, the topic's limit leaves room for the codec's framing of a record that does not"
            + " compress; without, none")
    void shouldLeaveRoomForCompressionFraming() {
        Properties lz4 = new Properties();
        lz4.put("producer.compression.type", "lz4");
        Properties none = new Properties();
        none.put("compression.type", "none");

        int limit = 16 * 1024 * 1024;
        // lz4 stores an incompressible 64 KiB block as it is, behind a 4-byte header; the frame adds 11 bytes.
        int lz4Worst = 11 + 4 * (limit / 65536);
        assertThat(OutputLimit.compressionSlack(lz4, limit)).isGreaterThanOrEqualTo(lz4Worst);
        assertThat(OutputLimit.compressionSlack(lz4, 1_048_588)).isGreaterThanOrEqualTo(11 + 4 * 17);
        assertThat(OutputLimit.compressionSlack(none, limit)).isZero();
        assertThat(OutputLimit.compressionSlack(new Properties(), limit)).isZero();
    }
}
