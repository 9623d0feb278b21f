package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.enrich.text.ArticleScan;

/** Finds casualty figures in an article and totals them per type. Implementations are thread-safe. */
public interface CasualtyExtractor {

    Casualties extract(ArticleText article);

    /** The same, reading the text through a scan the caller shares with the engine's other parts. */
    default Casualties extract(ArticleScan scan) {
        return extract(scan.article());
    }
}
