package dev.sitrep.enrich.geo.resolver;

/**
 * One small, named heuristic of place-name resolution: reads the sheet, adds to candidates' scores.
 * Implementations hold no mutable state and are thread-safe.
 */
public interface ResolverPass {

    void apply(ArticleMentions article, ScoreSheet sheet);
}
