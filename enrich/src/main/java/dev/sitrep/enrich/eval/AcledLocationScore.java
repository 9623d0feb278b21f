package dev.sitrep.enrich.eval;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.CasualtyType;
import dev.sitrep.common.model.Enrichment;
import dev.sitrep.common.model.Location;
import dev.sitrep.enrich.geo.gazetteer.Geo;
import dev.sitrep.enrich.link.MainPlace;

import java.util.Optional;

/**
 * Where an event note's event happened, by sitrep's reading: the place linked to its largest killed figure, or
 * the note's main place when no killed figure carries one. Checked against ACLED's point within 50 km.
 */
public final class AcledLocationScore {

    /** ACLED's precision-1 coordinates name the town itself; 50 km allows for the town's extent. */
    public static final double RADIUS_KM = 50;

    private AcledLocationScore() {
    }

    /** The place sitrep gives the event, if any. */
    public static Optional<Location> eventPlace(ArticleText article, Enrichment enrichment) {
        CasualtyMention largest = null;
        for (CasualtyMention m : enrichment.casualties().mentions()) {
            if (m.type() == CasualtyType.KILLED && m.location() != null && (largest == null || m.count() > largest.count())) {
                largest = m;
            }
        }
        Integer index = largest != null ? largest.location() : MainPlace.index(article, enrichment.locations());
        return index == null ? Optional.empty() : Optional.of(enrichment.locations().get(index));
    }

    /** Whether sitrep's place lies within {@link #RADIUS_KM} of the gold point. */
    public static boolean hit(ArticleText article, Enrichment enrichment, double goldLat, double goldLon) {
        return eventPlace(article, enrichment)
                .map(l -> Geo.km(l.lat(), l.lon(), goldLat, goldLon) <= RADIUS_KM)
                .orElse(false);
    }
}
