package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Location;
import dev.sitrep.enrich.geo.GazetteerGeoparser;
import dev.sitrep.enrich.geo.extractor.Lexicon;
import dev.sitrep.enrich.geo.gazetteer.InMemoryGazetteer;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The passes on a tiny hand-made gazetteer: no bundled data, no index. */
class ResolverTest {

    static final Place FRANCE = new Place(1, "France", PlaceKind.COUNTRY, "PCLI", "FR", "", "", 46, 2, 67_000_000);
    static final Place USA = new Place(2, "United States", PlaceKind.COUNTRY, "PCLI", "US", "", "", 39.76, -98.5, 330_000_000);
    static final Place TEXAS = new Place(3, "Texas", PlaceKind.ADMIN1, "ADM1", "US", "TX", "", 31.25, -99.25, 29_000_000);
    static final Place TENNESSEE = new Place(4, "Tennessee", PlaceKind.ADMIN1, "ADM1", "US", "TN", "", 35.75, -86.25, 6_900_000);
    static final Place PARIS_FR = new Place(10, "Paris", PlaceKind.CITY, "PPLC", "FR", "11", "", 48.85, 2.35, 2_100_000);
    static final Place PARIS_TX = new Place(11, "Paris", PlaceKind.CITY, "PPLA2", "US", "TX", "277", 33.66, -95.56, 25_000);
    static final Place PARIS_TN = new Place(12, "Paris", PlaceKind.CITY, "PPLA2", "US", "TN", "079", 36.30, -88.33, 10_000);
    static final Place DALLAS = new Place(13, "Dallas", PlaceKind.CITY, "PPLA2", "US", "TX", "113", 32.78, -96.81, 1_300_000);
    static final Place HENRY_TN = new Place(14, "Henry County", PlaceKind.ADMIN2, "ADM2", "US", "TN", "079", 36.33, -88.30, 32_000);
    static final Place HAMLET = new Place(15, "Smallville", PlaceKind.CITY, "PPL", "US", "TX", "", 30.0, -97.0, 600);

    static final GazetteerGeoparser GEOPARSER = new GazetteerGeoparser(
            InMemoryGazetteer.builder("fixture")
                    .add(FRANCE).add(USA, "U.S.", "America").add(TEXAS).add(TENNESSEE)
                    .add(PARIS_FR).add(PARIS_TX).add(PARIS_TN).add(DALLAS).add(HENRY_TN).add(HAMLET)
                    .build(),
            new Lexicon(Set.of("the", "in", "said"), Set.of("bob")),
            Resolver.standard());

    private static long resolve(String text, String surface) {
        List<Location> found = GEOPARSER.parse(ArticleText.of("t", text));
        return found.stream().filter(l -> l.mentions().stream().anyMatch(m -> m.text().equals(surface)))
                .mapToLong(Location::geonameId).findFirst().orElse(-1);
    }

    @Test
    @DisplayName("prior: with no context the capital wins")
    void shouldPreferTheCapitalWithoutContext() {
        assertThat(resolve("Crowds gathered in Paris.", "Paris")).isEqualTo(PARIS_FR.id());
    }

    @Test
    @DisplayName("containment: \"Paris, Texas\" is the town in Texas")
    void shouldFollowExplicitContainment() {
        assertThat(resolve("Crowds gathered in Paris, Texas.", "Paris")).isEqualTo(PARIS_TX.id());
    }

    @Test
    @DisplayName("containment: one name with two containers is two places")
    void shouldSplitANameByContainer() {
        List<Location> found = GEOPARSER.parse(ArticleText.of("t", "Rain hit Paris, Texas, while Paris, France, stayed dry."));
        assertThat(found).extracting(Location::geonameId).contains(PARIS_TX.id(), PARIS_FR.id());
    }

    @Test
    @DisplayName("document focus: a Tennessee story reads Paris in Tennessee")
    void shouldFollowTheArticlesRegion() {
        assertThat(resolve("Henry County deputies in Tennessee said Paris schools reopen.", "Paris")).isEqualTo(PARIS_TN.id());
    }

    @Test
    @DisplayName("shared county: a town and the county it lies in, named apart, agree")
    void shouldReadATownInTheCountyNamedBesideIt() {
        assertThat(resolve("Paris police arrested a woman. She was held in the Henry County jail.", "Paris"))
                .isEqualTo(PARIS_TN.id());
    }

    @Test
    @DisplayName("proximity: a town near the other places wins")
    void shouldPreferNearbyPlaces() {
        assertThat(resolve("Traffic from Dallas to Paris slowed.", "Paris")).isEqualTo(PARIS_TX.id());
    }

    @Test
    @DisplayName("named country: a capital whose country the story names beats a local namesake")
    void shouldReadTheCapitalOfANamedCountry() {
        assertThat(resolve("Dallas fans on a trip to France saw the parade in Paris. They fly home to Dallas.", "Paris"))
                .isEqualTo(PARIS_FR.id());
    }

    @Test
    @DisplayName("named country: explicit containment still decides")
    void shouldKeepExplicitContainmentOverANamedCountry() {
        assertThat(resolve("Paris, Texas, honored a veteran who fought in France. Paris police led the parade.", "Paris"))
                .isEqualTo(PARIS_TX.id());
    }

    @Test
    @DisplayName("a tiny place with no support is left out")
    void shouldLeaveOutUnsupportedHamlets() {
        assertThat(GEOPARSER.parse(ArticleText.of("t", "Smallville won the game."))).isEmpty();
    }

    @Test
    @DisplayName("every place gets a confidence between 0 and 1")
    void shouldReportConfidence() {
        assertThat(GEOPARSER.parse(ArticleText.of("t", "Crowds gathered in Paris, Texas, and in America.")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.confidence()).isBetween(0.0, 1.0));
    }
}
