package dev.sitrep.enrich;

import dev.sitrep.common.json.EngineInfo;
import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.Enrichment;
import dev.sitrep.common.model.Location;
import dev.sitrep.enrich.casualty.CasualtyExtractor;
import dev.sitrep.enrich.geo.Geoparser;
import dev.sitrep.enrich.link.EventLocator;
import dev.sitrep.enrich.text.ArticleScan;

import java.util.List;
import java.util.Objects;

/**
 * The extraction engine's one facade: casualties, places, and where each casualty event happened.
 * Pure Java, no Kafka; thread-safe when its parts are.
 */
public final class Enricher {

    private final CasualtyExtractor casualties;
    private final Geoparser geoparser;
    private final EventLocator locator;

    public Enricher(CasualtyExtractor casualties, Geoparser geoparser, EventLocator locator) {
        this.casualties = Objects.requireNonNull(casualties, "casualties");
        this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    public Enrichment enrich(ArticleText article) {
        // one scan of the text, its characters and word tokens, serves all three parts; what they return holds
        // strings and numbers only, never the scan's tokens, so the thread's token arrays can serve the next article
        try (ArticleScan scan = ArticleScan.open(article)) {
            Casualties found = casualties.extract(scan);
            List<Location> places = geoparser.parse(scan);
            return new Enrichment(locator.link(scan, found, places), places);
        }
    }

    public String gazetteer() {
        return geoparser.gazetteer();
    }

    /** What every enriched article says made it: this engine, its version and its gazetteer. */
    public EngineInfo info() {
        return new EngineInfo("sitrep", EnricherFactory.VERSION, gazetteer());
    }
}
