package dev.sitrep.enrich.geo.lucene;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Location;
import dev.sitrep.enrich.geo.BundledEngine;
import dev.sitrep.enrich.geo.GazetteerGeoparser;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.resolver.Resolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The full-dump path on a tiny fixture in the GeoNames format. */
class LuceneGazetteerTest {

    static final long PARIS_FRANCE = 2988507;
    static final long PARIS_TEXAS = 4717560;
    static final long PARIS_FARM = 5000002;
    static final long RUSSIA = 2017370;
    static final long KAZAN = 551487;
    static final long TEXAS = 4736286;
    static final long UNITED_STATES = 6252001;

    @TempDir
    static Path dir;
    static Path dump;

    @BeforeAll
    static void copyFixture() throws IOException {
        for (String f : List.of("allCountries.txt", "countryInfo.txt", "alternateNamesV2.txt")) {
            try (InputStream in = LuceneGazetteerTest.class.getResourceAsStream("/geonames/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        dump = dir.resolve("allCountries.txt");
    }

    private static List<Long> ids(List<NameMatch> matches) {
        return matches.stream().map(m -> m.place().id()).toList();
    }

    @Test
    @DisplayName("should index populated places and countries, not farms, with English and bundled names")
    void shouldLookUpNames() throws IOException {
        try (LuceneGazetteer g = LuceneGazetteer.open(dump, dir.resolve("index"))) {
            assertThat(ids(g.lookup("paris"))).containsExactly(PARIS_FRANCE, PARIS_TEXAS);
            assertThat(ids(g.lookup("paris farm"))).doesNotContain(PARIS_FARM);
            assertThat(ids(g.lookup("city of light"))).containsExactly(PARIS_FRANCE);
            assertThat(ids(g.lookup("kazan city"))).as("historic names are skipped").isEmpty();
            assertThat(ids(g.lookup("russian"))).as("demonyms come from the bundled gazetteer").containsExactly(RUSSIA);
            assertThat(g.isPrefix("united")).isTrue();
            assertThat(g.country("US")).map(Place::id).contains(UNITED_STATES);
            assertThat(g.admin1("US", "TX")).map(Place::id).contains(TEXAS);
        }
    }

    @Test
    @DisplayName("should build the index once and reuse it while the dump is unchanged")
    void shouldReuseTheIndex() throws IOException {
        Path index = dir.resolve("reused");
        LuceneGazetteer.open(dump, index).close();
        FileTime built = Files.getLastModifiedTime(index.resolve(LuceneIndexer.MARKER));
        LuceneGazetteer.open(dump, index).close();
        assertThat(Files.getLastModifiedTime(index.resolve(LuceneIndexer.MARKER))).isEqualTo(built);
    }

    @Test
    @DisplayName("should geoparse with the dump as with the bundled gazetteer")
    void shouldGeoparse() throws IOException {
        try (LuceneGazetteer g = LuceneGazetteer.open(dump, dir.resolve("index"))) {
            GazetteerGeoparser parser = new GazetteerGeoparser(g, BundledEngine.LEXICON, Resolver.standard());
            List<Location> found = parser.parse(ArticleText.of("t",
                    "The Russian delegation flew from Kazan, Russia, to Paris, Texas."));
            assertThat(found).extracting(Location::geonameId).containsExactly(RUSSIA, KAZAN, PARIS_TEXAS, TEXAS);
        }
    }
}
