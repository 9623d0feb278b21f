package dev.sitrep.enrich;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Location;
import dev.sitrep.enrich.casualty.RuleBasedCasualtyExtractor;
import dev.sitrep.enrich.geo.Geoparser;

import java.util.List;

/** Builds the engine sitrep ships. */
public final class EnricherFactory {

    /** The engine's version, written into every enriched article. */
    public static final String VERSION = "0.1.0";

    private EnricherFactory() {
    }

    /** The default engine, with the bundled gazetteer. */
    public static Enricher standard() {
        Geoparser none = new Geoparser() {
            @Override
            public List<Location> parse(ArticleText article) {
                return List.of();
            }

            @Override
            public String gazetteer() {
                return "none";
            }
        };
        return new Enricher(new RuleBasedCasualtyExtractor(), none, (article, casualties, locations) -> casualties);
    }
}
