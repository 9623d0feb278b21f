package dev.sitrep.enrich.geo;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Location;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** One sentence per trap, each pinned to the GeoNames id it must resolve to (CLIFF style). */
class GeoparserRegressionTest {

    static final long PARIS_FRANCE = 2988507;
    static final long PARIS_TEXAS = 4717560;
    static final long GEORGIA_COUNTRY = 614540;
    static final long GEORGIA_STATE = 4197000;
    static final long AZERBAIJAN = 587116;
    static final long ARMENIA = 174982;
    static final long NAGORNO_KARABAKH = 900000001;
    static final long KAZAN = 551487;
    static final long SPRINGFIELD_ILLINOIS = 4250542;
    static final long SPRINGFIELD_MISSOURI = 4409896;
    static final long SYRIA = 163843;
    static final long RUSSIA = 2017370;
    static final long ST_LOUIS = 4407066;
    static final long JORDAN = 248816;
    static final long WASHINGTON_DC = 4140963;
    static final long UNITED_STATES = 6252001;
    static final long VIENNA = 2761369;
    static final long WILKES_BARRE = 5219488;
    static final long TYLER_TEXAS = 4738214;
    static final long AVOYELLES_PARISH = 910022009;
    static final long KANSAS = 4273857;
    static final long HOUSTON = 4699066;
    static final long PARIS_TENNESSEE = 4647963;
    static final long ST_JOHNS = 6324733;
    static final long SAINT_PETERSBURG = 498817;
    static final long KOSOVO = 831053;
    static final long TURKEY = 298795;
    static final long COLUMBUS_GEORGIA = 4188985;
    static final long NEW_CALEDONIA = 2139685;
    static final long LONDON_ONTARIO = 6058560;
    static final long EDMONTON_LONDON = 2650209;
    static final long PARIS_KENTUCKY = 4303602;

    static Stream<Arguments> places() {
        return Stream.of(
                arguments("a capital beats its small namesakes", "The summit opened in Paris on Monday.", "Paris", PARIS_FRANCE),
                arguments("explicit containment picks the namesake", "The fair returns to Paris, Texas, next spring.", "Paris", PARIS_TEXAS),
                arguments("the country in a Caucasus story", "Russian troops crossed from Abkhazia into Georgia as Armenia watched.", "Georgia", GEORGIA_COUNTRY),
                arguments("the state in a story about Atlanta", "Atlanta police said the storm hit Georgia hardest near Macon.", "Georgia", GEORGIA_STATE),
                arguments("a demonym points to its country", "The Azerbaijani delegation left early.", "Azerbaijani", AZERBAIJAN),
                arguments("a plural demonym", "Thousands of Syrians crossed the border.", "Syrians", SYRIA),
                arguments("a hyphenated region the files lack", "Shelling resumed in Nagorno-Karabakh overnight.", "Nagorno-Karabakh", NAGORNO_KARABAKH),
                arguments("the region's short name", "Talks on Karabakh stalled again.", "Karabakh", NAGORNO_KARABAKH),
                arguments("city, country", "The 2011 summit was held in Kazan, Russia.", "Kazan", KAZAN),
                arguments("city, full state name", "Flooding closed roads around Springfield, Illinois.", "Springfield", SPRINGFIELD_ILLINOIS),
                arguments("city, state abbreviation", "He grew up in Springfield, Mo., and moved west.", "Springfield", SPRINGFIELD_MISSOURI),
                arguments("a possessive", "Russia's foreign ministry issued a statement.", "Russia", RUSSIA),
                arguments("an abbreviated saint", "The Cardinals flew home to St. Louis from Chicago.", "St. Louis", ST_LOUIS),
                arguments("an acronym with periods", "The U.S. embassy was closed.", "U.S.", UNITED_STATES),
                arguments("a country that is also a given name, alone", "Refugees fled to Jordan last year.", "Jordan", JORDAN),
                arguments("the capital, not the state", "Officials in Washington said the deal was close.", "Washington", WASHINGTON_DC),
                arguments("a hyphenated town", "A fire destroyed a warehouse in Wilkes-Barre on Sunday.", "Wilkes-Barre", WILKES_BARRE),
                arguments("a capital after a preposition", "Aliyev and Sarkisian last met in Vienna.", "Vienna", VIENNA),
                arguments("two demonyms joined by a hyphen", "The Armenian-Azerbaijani border stayed tense.", "Armenian", ARMENIA),
                arguments("a town's name before a civic word", "Tyler Police arrested two men near Dallas.", "Tyler", TYLER_TEXAS),
                arguments("a county's short name after its full name", "Avoyelles Parish deputies said Avoyelles schools reopen.", "Avoyelles", AVOYELLES_PARISH),
                arguments("an AP state abbreviation after a comma", "She grew up in Wichita, Kan., and moved east.", "Kan.", KANSAS),
                arguments("a city named for a saint, in the possessive", "Fog closed the port of St. John's, Newfoundland.",
                        "St. John", ST_JOHNS),
                arguments("a big saint-named city in the possessive", "Ice closed St. Petersburg's port for a week.",
                        "St. Petersburg", SAINT_PETERSBURG),
                arguments("a country iso3166-2-db gives no GeoNames id", "Serbia and Kosovo resumed talks in Brussels.", "Kosovo",
                        KOSOVO),
                arguments("a territory, not the province it once named", "Protesters marched in New Caledonia on Sunday.",
                        "New Caledonia", NEW_CALEDONIA),
                arguments("a common word opening a sentence, the place named elsewhere",
                        "Turkish troops crossed the border. Turkey has denied any losses.", "Turkey", TURKEY),
                arguments("one container after two names joined by and",
                        "The tour stops in Dayton and Akron, Ohio, then Columbus and Macon, Georgia, before heading to Texas.",
                        "Columbus", COLUMBUS_GEORGIA),
                arguments("a dateline in capitals before a person's name", "WASHINGTON Daniel Kessler filed the lawsuit on Monday.",
                        "WASHINGTON", WASHINGTON_DC),
                arguments("a given name's place, made a place again by a preposition",
                        "Georgia Kowalski, 15, trains at dawn. Her coach was born in Georgia.", "Georgia", GEORGIA_COUNTRY),
                arguments("a town and the county it lies in, named apart",
                        "Paris police arrested a woman on Friday. She was held in the Henry County jail.", "Paris", PARIS_TENNESSEE),
                arguments("explicit containment holds for the name's later mentions",
                        "Police in London, Ontario, arrested a man. He had moved from England. London police thanked residents.",
                        "London", LONDON_ONTARIO),
                arguments("a big city stays a city after a person of its name",
                        "He studied at Sam Houston State University before moving back to Houston.", "Houston", HOUSTON),
                arguments("a street's name hints where its town is",
                        "A bus crashed in Cheshunt Road, Edmonton, and the driver was taken to a hospital in Enfield.", "Edmonton",
                        EDMONTON_LONDON),
                arguments("the capital of a country a local story names",
                        "GEORGETOWN, Ky. - A Kentucky doctor on a family trip to France saw the shooting in Paris. "
                                + "She returns to Lexington next week.", "Paris", PARIS_FRANCE),
                arguments("explicit containment outranks a named country",
                        "The fair in Paris, Ky., drew growers from France, Georgetown and Lexington.", "Paris", PARIS_KENTUCKY),
                arguments("the capital of a named country, not a town in the region of the story's other capital",
                        "A former British spy met FBI agents in London, then flew to Washington to brief U.S. officials.",
                        "Washington", WASHINGTON_DC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    @DisplayName("should resolve each trap to the expected GeoNames id")
    void shouldResolveToExpectedId(String trap, String sentence, String surface, long expectedId) {
        List<Location> found = BundledEngine.GEOPARSER.parse(ArticleText.of("t", sentence));
        assertThat(found)
                .filteredOn(l -> l.mentions().stream().anyMatch(m -> m.text().equals(surface)))
                .extracting(Location::geonameId)
                .containsExactly(expectedId);
    }

    static Stream<Arguments> nonPlaces() {
        return Stream.of(
                arguments("a person whose given name is a country", "Jordan Peterson spoke for an hour.", "Jordan"),
                arguments("a newspaper", "The Washington Post first reported the story.", "Washington"),
                arguments("a university", "She studied at Georgia Tech before joining the firm.", "Georgia"),
                arguments("the bird in a recipe", "Turkey should rest for twenty minutes before carving.", "Turkey"),
                arguments("a sentence-initial common word", "Reading the report, the judge frowned.", "Reading"),
                arguments("a month", "The vote is due in May, officials said.", "May"),
                arguments("a website", "The rumour spread on Reddit within hours.", "Reddit"),
                arguments("a surname after a given name", "Coach Randy Daniel praised the team.", "Daniel"),
                arguments("a surname used alone after the full name", "Bob Jones retired. Jones said he would fish.", "Jones"),
                arguments("a shop named after a bell", "He ate at Taco Bell downtown.", "Bell"),
                arguments("a common word inside a longer name", "Members of Concordia College helped.", "College"),
                arguments("a direction alone", "Tensions between the West and Moscow grew.", "West"),
                arguments("a political party", "He quit United Russia last week.", "Russia"),
                arguments("a given name that is also a town, before a surname", "Donald Trump spoke on Monday.", "Donald"),
                arguments("a shop chain's hyphenated name", "He bought it at Wal-Mart.", "Mart"),
                arguments("a county's short name with no county in sight", "Scott scored twice in the second half.", "Scott"),
                arguments("a hospital dedicated to a saint", "The patient was moved to St. Luke's Hospital overnight.", "St. Luke"),
                arguments("a saint's feast day", "The school closes on St. Andrew's Day.", "St. Andrew"),
                arguments("a saint's name before a detention center", "Volunteers painted the St. Andrew Youth Shelter.",
                        "St. Andrew"),
                arguments("a given name that is also a small region abroad", "Mary Coleman won the school board seat.", "Mary"),
                arguments("a given name used alone after the full name",
                        "Georgia Kowalski, 15, trains at dawn. Today Georgia skates in Calgary.", "Georgia"),
                arguments("a firm of two surnames", "The county hired Harper & Lyle to audit the budget.", "Harper"),
                arguments("a street named after a town", "A water main broke under Topeka Boulevard on Tuesday.", "Topeka"),
                arguments("an abbreviated street", "The bakery at 12 Salem St. reopened this week.", "Salem"),
                arguments("a surname after a middle initial", "Lt. Dana R. Nelson said the driver fled on foot.", "Nelson"),
                arguments("a surname after an unlisted given name and an initial",
                        "Officers chased Tavonne K. Bell through the lot. Bell dropped a gun.", "Bell"),
                arguments("a surname after a middle name", "Marcus Dwayne Jones, 31, was charged with theft.", "Jones"),
                arguments("a surname after a given name that is also a town", "Deacon Troy Jones' sermon ran long.", "Jones"),
                arguments("a small region's name, alone after the person was named",
                        "Lt. Dana R. Nelson arrived first. The doors were locked, Nelson said.", "Nelson"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonPlaces")
    @DisplayName("should leave people, organisations and common words alone")
    void shouldLeaveNonPlacesAlone(String trap, String sentence, String surface) {
        List<Location> found = BundledEngine.GEOPARSER.parse(ArticleText.of("t", sentence));
        assertThat(found).flatExtracting(Location::mentions).noneMatch(m -> m.text().equals(surface));
    }
}
