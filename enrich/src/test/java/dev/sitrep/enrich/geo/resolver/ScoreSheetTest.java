package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a sheet numbers its candidates' countries and regions. */
class ScoreSheetTest {

    private static Place city(long id, String country, String admin1) {
        return new Place(id, "Place " + id, PlaceKind.CITY, "PPL", country, admin1, "", 0, 0, 1000);
    }

    private static MentionGroup group(Place... candidates) {
        List<NameMatch> matches = new ArrayList<>();
        for (Place p : candidates) {
            matches.add(new NameMatch(p, NameKind.PRIMARY));
        }
        return new MentionGroup("name", List.of(), matches);
    }

    @Test
    @DisplayName("countries and regions are numbered in order of first appearance, equal codes alike")
    void shouldNumberCodesInOrderOfFirstAppearance() {
        ScoreSheet sheet = new ScoreSheet(List.of(
                group(city(1, "US", "TX"), city(2, "FR", "11"), ResolverTest.USA),
                group(city(3, new String("US"), new String("TX")), city(4, "US", "TN"), city(5, "", ""))));

        assertThat(List.of(sheet.country(0, 0), sheet.country(0, 1), sheet.country(0, 2))).containsExactly(0, 1, 0);
        assertThat(List.of(sheet.country(1, 0), sheet.country(1, 1), sheet.country(1, 2))).containsExactly(0, 0, -1);
        assertThat(List.of(sheet.region(0, 0), sheet.region(0, 1), sheet.region(0, 2))).containsExactly(0, 1, -1);
        assertThat(List.of(sheet.region(1, 0), sheet.region(1, 1), sheet.region(1, 2))).containsExactly(0, 2, -1);
        assertThat(sheet.countries()).isEqualTo(2);
        assertThat(sheet.regions()).isEqualTo(3);
    }

    @Test
    @DisplayName("a region code is numbered per country: \"08\" of two countries is two regions")
    void shouldTellRegionsOfTheSameCodeInDifferentCountriesApart() {
        ScoreSheet sheet = new ScoreSheet(List.of(group(city(1, "ES", "08"), city(2, "IT", "08"))));

        assertThat(sheet.region(0, 0)).isEqualTo(0);
        assertThat(sheet.region(0, 1)).isEqualTo(1);
    }

    @Test
    @DisplayName("the next sheet of a thread numbers afresh, however many codes the one before numbered")
    void shouldNumberEachSheetAfresh() {
        List<Place> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(city(i, "C" + i % 300, "R" + i));
        }
        ScoreSheet big = new ScoreSheet(List.of(group(many.toArray(Place[]::new))));
        ScoreSheet small = new ScoreSheet(List.of(group(city(1, "C7", "R7"), city(2, "US", "TX"))));

        assertThat(big.countries()).isEqualTo(300);
        assertThat(big.regions()).isEqualTo(3000);
        assertThat(big.region(0, 2999)).isEqualTo(2999);
        assertThat(big.country(0, 2999)).isEqualTo(299);
        assertThat(small.countries()).isEqualTo(2);
        assertThat(small.region(0, 1)).isEqualTo(1);
    }

    @Test
    @DisplayName("a name whose candidates begin as another's, as many, is read by its own candidates")
    void shouldReadEachNameByItsOwnCandidates() {
        NameMatch shared = new NameMatch(city(1, "US", "TX"), NameKind.PRIMARY);
        NameMatch second = new NameMatch(city(2, "FR", "11"), NameKind.PRIMARY);
        NameMatch other = new NameMatch(city(3, "DE", "02"), NameKind.WEAK);
        new ScoreSheet(List.of(new MentionGroup("one", List.of(), List.of(shared, second))));

        ScoreSheet sheet = new ScoreSheet(List.of(new MentionGroup("two", List.of(), List.of(shared, other))));

        assertThat(sheet.place(0, 1).id()).isEqualTo(3);
        assertThat(sheet.table(0).weak[1]).isTrue();
        assertThat(sheet.country(0, 1)).isEqualTo(1);
    }
}
