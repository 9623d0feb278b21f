package dev.sitrep.enrich.geo.gazetteer;

import java.util.Objects;

/**
 * One gazetteer entry.
 *
 * @param id          GeoNames id, or a sitrep supplement id (900000000 and above) for places the sources lack
 * @param name        preferred name
 * @param kind        what sort of place it is
 * @param featureCode GeoNames feature code ("PPLC", "ADM1", "PCLI", ...)
 * @param countryCode ISO 3166-1 alpha-2, or the empty string for places beyond one country
 * @param admin1Code  GeoNames first-level region code within the country ("TX", "08"), or empty
 * @param admin2Code  GeoNames second-level code, or empty
 * @param lat         latitude, WGS84 degrees
 * @param lon         longitude, WGS84 degrees
 * @param population  population, 0 when unknown
 */
public record Place(
        long id,
        String name,
        PlaceKind kind,
        String featureCode,
        String countryCode,
        String admin1Code,
        String admin2Code,
        double lat,
        double lon,
        long population) {

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        featureCode = featureCode == null ? "" : featureCode;
        countryCode = countryCode == null ? "" : countryCode;
        admin1Code = admin1Code == null ? "" : admin1Code;
        admin2Code = admin2Code == null ? "" : admin2Code;
    }

    /** Whether this place lies in (or is) {@code container}, judged by country and region codes. */
    public boolean liesIn(Place container) {
        if (container.id == id) {
            return true;
        }
        return switch (container.kind) {
            case COUNTRY -> !countryCode.isEmpty() && countryCode.equals(container.countryCode) && kind != PlaceKind.COUNTRY;
            case ADMIN1 -> kind != PlaceKind.ADMIN1 && kind != PlaceKind.COUNTRY
                    && countryCode.equals(container.countryCode) && !admin1Code.isEmpty()
                    && admin1Code.equals(container.admin1Code);
            case ADMIN2 -> kind == PlaceKind.CITY && countryCode.equals(container.countryCode)
                    && admin1Code.equals(container.admin1Code) && !admin2Code.isEmpty()
                    && admin2Code.equals(container.admin2Code);
            case REGION -> !container.countryCode.isEmpty() && countryCode.equals(container.countryCode)
                    && Geo.km(lat, lon, container.lat, container.lon) < 150;
            default -> false;
        };
    }

    /** Great-circle distance to another place, in km. */
    public double kmTo(Place other) {
        return Geo.km(lat, lon, other.lat, other.lon);
    }
}
