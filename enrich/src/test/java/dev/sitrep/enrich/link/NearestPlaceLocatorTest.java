package dev.sitrep.enrich.link;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.CasualtyType;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.Qualifier;
import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.geo.BundledEngine;
import dev.sitrep.enrich.geo.gazetteer.Geo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NearestPlaceLocatorTest {

    static final long NAGORNO_KARABAKH = 900000001;
    static final double HAIFA_LAT = 32.81841;
    static final double HAIFA_LON = 34.9885;

    private static Casualties killed(String text, String evidence) {
        int start = text.indexOf(evidence);
        CasualtyMention m = new CasualtyMention(CasualtyType.KILLED, 19, 19, null, Qualifier.EXACT, null,
                TextField.TEXT, start, start + evidence.length(), evidence, null);
        return new Casualties(Map.of(), List.of(m));
    }

    @Test
    @DisplayName("should link the seed's killed soldiers to Nagorno-Karabakh, not Sochi")
    void shouldLinkWhereTheFightingWas() throws IOException {
        String text = Files.readString(Path.of("../seeds/karabakh-sochi.txt"), StandardCharsets.UTF_8);
        ArticleText article = ArticleText.of("karabakh-sochi", text);
        List<Location> places = BundledEngine.GEOPARSER.parse(article);
        Casualties linked = new NearestPlaceLocator().link(article,
                killed(text, "at least 14 Azerbaijani and 5 Armenian soldiers dead"), places);
        Integer where = linked.mentions().get(0).location();
        assertThat(where).isNotNull();
        assertThat(places.get(where).geonameId()).isEqualTo(NAGORNO_KARABAKH);
    }

    @Test
    @DisplayName("should fall back to the article's main place when the sentence names none")
    void shouldFallBackToTheMainPlace() {
        String text = "Protesters gathered in Haifa on Sunday. Two people were killed, police said.";
        ArticleText article = ArticleText.of("t", text);
        List<Location> places = BundledEngine.GEOPARSER.parse(article);
        Casualties linked = new NearestPlaceLocator().link(article, killed(text, "Two people were killed"), places);
        Location main = places.get(linked.mentions().get(0).location());
        assertThat(main.name()).isEqualTo("Haifa");
        assertThat(Geo.km(main.lat(), main.lon(), HAIFA_LAT, HAIFA_LON)).isLessThan(50);
    }

    @Test
    @DisplayName("should leave the location null when the article names no place")
    void shouldLeaveNullWithoutPlaces() {
        String text = "Two people were killed, police said.";
        ArticleText article = ArticleText.of("t", text);
        Casualties linked = new NearestPlaceLocator().link(article, killed(text, "Two people were killed"), List.of());
        assertThat(linked.mentions().get(0).location()).isNull();
    }
}
