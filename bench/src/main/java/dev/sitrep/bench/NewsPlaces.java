package dev.sitrep.bench;

import dev.sitrep.enrich.geo.gazetteer.BundledGazetteer;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Place names for synthetic articles, drawn from the bundled gazetteer the way news names places: a
 * few large cities often, the long tail of small towns now and then, and the places around the one an
 * article is about. Cities and regions are drawn by a Zipf law over their population rank, which is how city sizes
 * fall off. Immutable once built; building reads the gazetteer (about a second).
 */
final class NewsPlaces {

    /**
     * Places an article is about: where it happened ({@code home}), what holds it as a dateline names it (a US
     * state, another country), and what lies around it.
     */
    record Setting(String home, String container, String region, String country, List<String> nearby,
                   List<String> elsewhere) {

        /** "Springfield, Illinois", "Mosul, Iraq". */
        String homeInContainer() {
            return home + ", " + container;
        }
    }

    /** Names that read as English news prints them: Latin letters, spaces, hyphens, apostrophes, dots. */
    private static final Pattern PRINTABLE = Pattern.compile("\\p{Lu}[\\p{IsLatin} .'-]*");
    private static final String US = "US";

    private final Zipf<Place> countries;
    private final Zipf<Place> states;
    private final Zipf<Place> cities;
    private final Map<String, Zipf<Place>> citiesByCountry;
    private final Map<String, Zipf<Place>> townsByState;
    private final Map<String, Zipf<Place>> countiesByState;
    private final Map<String, String> regionNames;

    private NewsPlaces(Map<PlaceKind, List<Place>> byKind) {
        Map<String, String> names = new HashMap<>();
        for (Place p : byKind.getOrDefault(PlaceKind.ADMIN1, List.of())) {
            names.put(p.countryCode() + "." + p.admin1Code(), p.name());
        }
        this.regionNames = Map.copyOf(names);
        List<Place> countryList = byKind.get(PlaceKind.COUNTRY).stream().filter(p -> p.featureCode().equals("PCLI")).toList();
        List<Place> cityList = byKind.get(PlaceKind.CITY).stream().filter(p -> p.population() >= 1_000).toList();
        this.countries = byPopulation(countryList, 0.6);
        this.states = byPopulation(byKind.get(PlaceKind.ADMIN1).stream().filter(p -> p.countryCode().equals(US)).toList(), 0.6);
        this.cities = byPopulation(cityList, 0.7);
        this.citiesByCountry = groupBy(cityList, Place::countryCode, 0.8);
        this.townsByState = groupBy(cityList.stream().filter(p -> p.countryCode().equals(US)).toList(), Place::admin1Code, 0.5);
        this.countiesByState = groupBy(byKind.getOrDefault(PlaceKind.ADMIN2, List.of()).stream()
                .filter(p -> p.countryCode().equals(US)).toList(), Place::admin1Code, 0.5);
    }

    /** Reads the places from the bundled gazetteer. */
    static NewsPlaces bundled() {
        Map<PlaceKind, List<Place>> byKind = new HashMap<>();
        BundledGazetteer.forEach(e -> {
            Place p = e.place();
            if (PRINTABLE.matcher(p.name()).matches()) {
                byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
            }
        });
        return new NewsPlaces(byKind);
    }

    /**
     * An article's places: two in five are US local news (a town, its state, towns and a county nearby), the rest
     * world news (a city, its country and region, other cities there, other countries).
     */
    Setting setting(SplittableRandom r) {
        if (r.nextInt(5) < 2) {
            Place state = states.draw(r);
            Zipf<Place> towns = townsByState.get(state.admin1Code());
            if (towns != null) {
                String home = towns.draw(r).name();
                List<String> nearby = new ArrayList<>(List.of(towns.draw(r).name(), towns.draw(r).name(), towns.draw(r).name()));
                Zipf<Place> counties = countiesByState.get(state.admin1Code());
                if (counties != null) {
                    nearby.add(counties.draw(r).name());
                }
                return new Setting(home, state.name(), state.name(), "the United States", nearby,
                        List.of(cities.draw(r).name(), states.draw(r).name()));
            }
        }
        Place country = countries.draw(r);
        Zipf<Place> inCountry = citiesByCountry.getOrDefault(country.countryCode(), cities);
        Place home = inCountry.draw(r);
        String region = regionNames.getOrDefault(home.countryCode() + "." + home.admin1Code(), country.name());
        return new Setting(home.name(), country.name(), region, country.name(),
                List.of(inCountry.draw(r).name(), inCountry.draw(r).name(), inCountry.draw(r).name()),
                List.of(countries.draw(r).name(), countries.draw(r).name(), cities.draw(r).name()));
    }

    /** A US town's name, as the surnames that are also place names ("Lincoln", "Austin"). */
    String townName(SplittableRandom r) {
        Zipf<Place> towns = townsByState.get(states.draw(r).admin1Code());
        return (towns == null ? cities : towns).draw(r).name();
    }

    private static Zipf<Place> byPopulation(List<Place> places, double exponent) {
        List<Place> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparingLong(Place::population).reversed().thenComparingLong(Place::id));
        return new Zipf<>(sorted, exponent);
    }

    private static Map<String, Zipf<Place>> groupBy(List<Place> places, Function<Place, String> key,
                                                   double exponent) {
        Map<String, List<Place>> groups = new HashMap<>();
        for (Place p : places) {
            groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
        }
        Map<String, Zipf<Place>> out = new HashMap<>();
        groups.forEach((k, v) -> out.put(k, byPopulation(v, exponent)));
        return Map.copyOf(out);
    }
}
