package dev.sitrep.common.model;

import java.util.List;

/**
 * One distinct place named in an article, resolved to a GeoNames entry.
 *
 * @param name        the place's preferred name
 * @param geonameId   the GeoNames id (or a sitrep supplement id for regions GeoNames lacks)
 * @param featureCode the GeoNames feature code ("PPLA2", "PCLI", "ADM1", ...)
 * @param countryCode ISO 3166-1 alpha-2, or null for places beyond a single country
 * @param admin1      the first-level region's name, or null
 * @param lat         latitude, WGS84 degrees
 * @param lon         longitude, WGS84 degrees
 * @param population  population as GeoNames gives it, 0 when unknown
 * @param confidence  the resolver's confidence, 0 to 1
 * @param mentions    every place in the article where the name stands, in text order
 */
public record Location(
        String name,
        long geonameId,
        String featureCode,
        String countryCode,
        String admin1,
        double lat,
        double lon,
        long population,
        double confidence,
        List<LocationMention> mentions) {

    public Location {
        mentions = List.copyOf(mentions);
    }
}
