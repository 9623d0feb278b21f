package dev.sitrep.enrich.geo.gazetteer;

/** What sort of place a gazetteer entry is; the resolver's priors and the linker's specificity rest on it. */
public enum PlaceKind {
    CONTINENT('K'),
    COUNTRY('C'),
    ADMIN1('A'),
    REGION('R'),
    ADMIN2('B'),
    CITY('P');

    private final char code;

    PlaceKind(char code) {
        this.code = code;
    }

    /** The one-letter code used in the bundled gazetteer file. */
    public char code() {
        return code;
    }

    public static PlaceKind ofCode(char code) {
        for (PlaceKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown place kind '" + code + "'");
    }

    /** Countries, continents and first-level regions: places that other places lie in. */
    public boolean isContainer() {
        return this == CONTINENT || this == COUNTRY || this == ADMIN1 || this == REGION;
    }

    /** The GeoNames feature kind of a feature code (class A, P, L...). */
    public static PlaceKind ofFeatureCode(String featureCode) {
        if (featureCode.startsWith("PCL") || featureCode.equals("TERR")) {
            return COUNTRY;
        }
        if (featureCode.equals("ADM1")) {
            return ADMIN1;
        }
        if (featureCode.equals("ADM2")) {
            return ADMIN2;
        }
        if (featureCode.equals("CONT")) {
            return CONTINENT;
        }
        if (featureCode.startsWith("PPL")) {
            return CITY;
        }
        return REGION;
    }
}
