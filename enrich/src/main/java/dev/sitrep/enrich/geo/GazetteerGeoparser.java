package dev.sitrep.enrich.geo;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.LocationMention;
import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.geo.extractor.Lexicon;
import dev.sitrep.enrich.geo.extractor.NameMention;
import dev.sitrep.enrich.geo.extractor.ToponymExtractor;
import dev.sitrep.enrich.geo.gazetteer.Gazetteer;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;
import dev.sitrep.enrich.geo.resolver.ArticleMentions;
import dev.sitrep.enrich.geo.resolver.Resolution;
import dev.sitrep.enrich.geo.resolver.Resolver;
import dev.sitrep.enrich.text.ArticleScan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The geoparser facade: the extractor finds names, the gazetteer gives candidates, the resolver picks one
 * place per name, and the places come out once each, ordered by first mention. Thread-safe.
 */
public final class GazetteerGeoparser implements Geoparser {

    /** Title first, then by start: compared on ints, as every article sorts its mentions and places. */
    private static final Comparator<LocationMention> TEXT_ORDER = (a, b) -> {
        int byField = Integer.compare(a.field() == TextField.TITLE ? 0 : 1, b.field() == TextField.TITLE ? 0 : 1);
        return byField != 0 ? byField : Integer.compare(a.start(), b.start());
    };
    private static final Comparator<Location> FIRST_MENTION_ORDER =
            (a, b) -> TEXT_ORDER.compare(a.mentions().get(0), b.mentions().get(0));

    private final Gazetteer gazetteer;
    private final ToponymExtractor extractor;
    private final Resolver resolver;

    public GazetteerGeoparser(Gazetteer gazetteer, Lexicon lexicon, Resolver resolver) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.extractor = new ToponymExtractor(gazetteer, lexicon);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    @Override
    public List<Location> parse(ArticleText article) {
        return parse(new ArticleScan(article));
    }

    @Override
    public List<Location> parse(ArticleScan scan) {
        ArticleText article = scan.article();
        List<NameMention> inTitle = article.title() != null && !article.title().isEmpty()
                ? extractor.extract(scan.field(TextField.TITLE).words(), TextField.TITLE) : List.of();
        List<NameMention> inText = extractor.extract(scan.field(TextField.TEXT).words(), TextField.TEXT);
        if (inTitle.isEmpty() && inText.isEmpty()) {
            return List.of();
        }
        List<NameMention> mentions = new ArrayList<>(inTitle.size() + inText.size());
        mentions.addAll(inTitle);
        mentions.addAll(inText);
        List<Resolution> resolved = resolver.resolve(new ArticleMentions(article.title(), article.text(), mentions));
        // in order of first resolution; an article resolves a few dozen names at most, which a list finds by id
        // faster than a map of boxed ids is built
        List<Merged> byPlace = new ArrayList<>(resolved.size());
        // indexed loops and no capturing lambda: an iterator or a closure per item would be garbage per article
        for (int i = 0; i < resolved.size(); i++) {
            Resolution r = resolved.get(i);
            Merged m = merged(byPlace, r.place().id());
            if (m == null) {
                m = new Merged(r.place(), r.mentions().size());
                byPlace.add(m);
            } else {
                m.resolutions++;
            }
            m.confidence = Math.max(m.confidence, r.confidence());
            List<NameMention> ms = r.mentions();
            for (int j = 0; j < ms.size(); j++) {
                NameMention nm = ms.get(j);
                m.mentions.add(new LocationMention(nm.field(), nm.start(), nm.end(), nm.text()));
            }
        }
        List<Location> out = new ArrayList<>(byPlace.size());
        for (int i = 0; i < byPlace.size(); i++) {
            Merged m = byPlace.get(i);
            if (m.resolutions > 1) {
                // one resolution's mentions come in text order already: only those of several need sorting
                m.mentions.sort(TEXT_ORDER);
            }
            out.add(location(m));
        }
        out.sort(FIRST_MENTION_ORDER);
        return out;
    }

    private static Merged merged(List<Merged> byPlace, long id) {
        for (int i = 0; i < byPlace.size(); i++) {
            if (byPlace.get(i).place.id() == id) {
                return byPlace.get(i);
            }
        }
        return null;
    }

    private Location location(Merged m) {
        Place p = m.place;
        String admin1 = null;
        if (p.kind() == PlaceKind.ADMIN1) {
            admin1 = p.name();
        } else if (p.kind() != PlaceKind.COUNTRY && !p.admin1Code().isEmpty()) {
            admin1 = gazetteer.admin1(p.countryCode(), p.admin1Code()).map(Place::name).orElse(null);
        }
        return new Location(p.name(), p.id(), p.featureCode(), p.countryCode().isEmpty() ? null : p.countryCode(),
                admin1, p.lat(), p.lon(), p.population(), m.confidence, m.mentions);
    }

    @Override
    public String gazetteer() {
        return gazetteer.description();
    }

    /** A place and its mentions while they are gathered; local to one call. */
    private static final class Merged {
        final Place place;
        final List<LocationMention> mentions;
        double confidence;
        /** How many resolutions named the place. */
        int resolutions = 1;

        Merged(Place place, int mentions) {
            this.place = place;
            this.mentions = new ArrayList<>(mentions);
        }
    }
}
