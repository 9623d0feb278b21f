package dev.sitrep.enrich.geo.gazetteer;

/** Spherical geometry on WGS84 degrees. */
public final class Geo {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    /** Haversine great-circle distance in km, the same formula the evaluation uses. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** {@code sin(km / 2R)}: the haversine term's root for two points {@code km} apart, a limit for {@link #surelyFarther}. */
    public static double haversineRoot(double km) {
        return Math.sin(km / (2 * EARTH_RADIUS_KM));
    }

    /** The square root of the cosine of a latitude, which {@link #surelyFarther} takes for each point. */
    public static double rootCos(double lat) {
        return Math.sqrt(Math.cos(Math.toRadians(lat)));
    }

    /**
     * True only when {@link #km} of the two points surely exceeds the distance whose {@link #haversineRoot} is
     * {@code root}; false says nothing. Judged by the longitudes alone and without trigonometry, as a test before
     * {@link #km} for points at similar latitudes: the haversine term is at least {@code cos(lat1) cos(lat2)
     * sin²(dl / 2)}, {@code sin x} at least {@code x - x³ / 6}, and a margin covers the rounding of both sides.
     */
    public static boolean surelyFarther(double root, double lon1, double rootCos1, double lon2, double rootCos2) {
        double x = Math.toRadians(Math.abs(lon2 - lon1)) / 2;
        // across the antimeridian the bound does not hold: such points are left to km
        return x <= Math.PI / 2 && rootCos1 * rootCos2 * (x - x * x * x / 6) > root * (1 + 1e-9);
    }
}
