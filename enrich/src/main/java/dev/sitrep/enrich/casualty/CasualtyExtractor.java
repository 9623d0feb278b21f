package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;

/** Finds casualty figures in an article and totals them per type. Implementations are thread-safe. */
public interface CasualtyExtractor {

    Casualties extract(ArticleText article);
}
