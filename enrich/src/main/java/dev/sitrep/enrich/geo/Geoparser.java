package dev.sitrep.enrich.geo;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Location;
import dev.sitrep.enrich.text.ArticleScan;

import java.util.List;

/**
 * Finds the places an article names and resolves each to one gazetteer entry.
 * Implementations are thread-safe.
 */
public interface Geoparser {

    /** Distinct resolved places, ordered by first mention (title before text). */
    List<Location> parse(ArticleText article);

    /** The same, reading the text through a scan the caller shares with the engine's other parts. */
    default List<Location> parse(ArticleScan scan) {
        return parse(scan.article());
    }

    /** A short description of the gazetteer in use, written into every enriched article. */
    String gazetteer();
}
