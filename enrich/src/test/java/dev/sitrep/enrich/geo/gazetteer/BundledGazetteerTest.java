package dev.sitrep.enrich.geo.gazetteer;

import dev.sitrep.enrich.geo.BundledEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BundledGazetteerTest {

    static final long QUEENSLAND = 2152274;

    @Test
    @DisplayName("should load the bundled gazetteer in under 3 seconds and well under 200 MB of heap")
    void shouldLoadFastAndSmall() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        InMemoryGazetteer g = BundledGazetteer.load();
        // CPU time of this thread, not wall time: the build machine is shared, and a busy neighbour is no regression
        Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - t0);
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory() - before;
        assertThat(g.size()).isGreaterThan(200_000);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(heap).isLessThan(200L << 20);
        assertThat(g.lookup("sochi")).isNotEmpty();
    }

    @Test
    @DisplayName("should place an Australian state at GeoNames' own point, not Natural Earth's label point")
    void shouldUseGeoNamesPointsOfAustralianStates() {
        Place queensland = BundledEngine.GAZETTEER.admin1("AU", "04").orElseThrow();
        assertThat(queensland.id()).isEqualTo(QUEENSLAND);
        assertThat(queensland.lat()).isEqualTo(-20.0);
        assertThat(queensland.lon()).isEqualTo(145.0);
    }

    @Test
    @DisplayName("should normalize names: case, diacritics, periods, hyphens and saints")
    void shouldNormalizeNames() {
        assertThat(NameNormalizer.normalize("U.S.")).isEqualTo("us");
        assertThat(NameNormalizer.normalize("Nagorno-Karabakh")).isEqualTo("nagorno karabakh");
        assertThat(NameNormalizer.normalize("St. Louis")).isEqualTo("saint louis");
        assertThat(NameNormalizer.normalize("Zürich")).isEqualTo("zurich");
        assertThat(NameNormalizer.normalize("Côte d’Ivoire")).isEqualTo("cote d ivoire");
    }

    @Test
    @DisplayName("should never rule out by its pre-checks a name, a name's first word or a prefix of a name")
    void shouldPassNamesAndPrefixesThroughThePreChecks() {
        Gazetteer g = BundledEngine.GAZETTEER;
        for (String name : List.of("new york", "rio de janeiro", "sochi", "saint louis", "queensland")) {
            assertThat(g.lookup(name)).as(name).isNotEmpty();
            assertThat(g.mayBeName(name.hashCode())).as(name).isTrue();
            assertThat(g.mayBeNameOrPrefix(name.hashCode())).as(name).isTrue();
            assertThat(g.mayBeginName(name.split(" ")[0].hashCode())).as(name).isTrue();
        }
        for (String prefix : List.of("new", "rio de", "saint")) {
            assertThat(g.isPrefix(prefix)).as(prefix).isTrue();
            assertThat(g.mayBeNameOrPrefix(prefix.hashCode())).as(prefix).isTrue();
        }
    }
}
