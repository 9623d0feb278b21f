package dev.sitrep.common.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParallelismTest {

    @Test
    @DisplayName("one stream thread per processor, and created topics with a partition for each, at least 4")
    void shouldSizeThreadsAndPartitionsToTheMachine() {
        int cpus = Runtime.getRuntime().availableProcessors();

        assertThat(Parallelism.streamThreads()).isEqualTo(Math.min(cpus, Parallelism.MAX_STREAM_THREADS));
        assertThat(Parallelism.partitions()).isEqualTo(Math.max(4, Parallelism.streamThreads()))
                .isGreaterThanOrEqualTo(Parallelism.streamThreads());
    }
}
