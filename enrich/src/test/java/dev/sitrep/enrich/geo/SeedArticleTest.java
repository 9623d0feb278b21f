package dev.sitrep.enrich.geo;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.LocationMention;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeedArticleTest {

    static final long SOCHI = 491422;
    static final long VIENNA = 2761369;
    static final long KAZAN = 551487;
    static final long ARMENIA = 174982;
    static final long AZERBAIJAN = 587116;
    static final long NAGORNO_KARABAKH = 900000001;

    static String seed() throws IOException {
        Path p = Path.of("../seeds/karabakh-sochi.txt");
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("should find the seed article's places with offsets into the text")
    void shouldFindSeedPlaces() throws IOException {
        String text = seed();
        List<Location> found = BundledEngine.GEOPARSER.parse(ArticleText.of("karabakh-sochi", text));
        assertThat(found).extracting(Location::geonameId)
                .contains(SOCHI, VIENNA, KAZAN, ARMENIA, AZERBAIJAN, NAGORNO_KARABAKH);
        assertThat(found).filteredOn(l -> l.geonameId() == ARMENIA).extracting(Location::featureCode).containsExactly("PCLI");
        for (Location l : found) {
            for (LocationMention m : l.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }
}
