package dev.sitrep.common.json;

/**
 * What produced an enrichment, written under {@code enrichment} in every enriched article.
 *
 * @param engine    always {@code "sitrep"}
 * @param version   the engine's version
 * @param gazetteer a short description of the gazetteer in use (name and build)
 */
public record EngineInfo(String engine, String version, String gazetteer) {
}
