package dev.sitrep.enrich.geo.gazetteer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick longitude test before the haversine distance. */
class GeoTest {

    private static final double KM = 150;
    private static final double ROOT = Geo.haversineRoot(KM);

    private static boolean surelyFarther(double lat1, double lon1, double lat2, double lon2) {
        return Geo.surelyFarther(ROOT, lon1, Geo.rootCos(lat1), lon2, Geo.rootCos(lat2));
    }

    @Test
    @DisplayName("points far apart east to west are surely farther; near ones, or on one meridian, are not")
    void shouldTellFarPointsByLongitude() {
        // one degree of longitude is 78.7 km at 45 degrees
        assertThat(surelyFarther(45, 10, 45, 13)).isTrue();
        assertThat(surelyFarther(45, 10, 45, 11.5)).isFalse();
        assertThat(surelyFarther(30, 10, 32, 10)).isFalse();
        assertThat(surelyFarther(-33.9, 151.2, -31.9, 115.9)).isTrue();
    }

    @Test
    @DisplayName("points across the antimeridian are left to the distance")
    void shouldLeaveTheAntimeridianToTheDistance() {
        assertThat(surelyFarther(-17, 179.5, -17, -179.5)).isFalse();
        assertThat(Geo.km(-17, 179.5, -17, -179.5)).isLessThan(KM);
    }

    @Test
    @DisplayName("never says farther of points within the distance, even at its edge")
    void shouldNeverRuleOutAPointWithinTheDistance() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double lat1 = random.nextDouble() * 178 - 89;
            double lon1 = random.nextDouble() * 360 - 180;
            double lat2 = lat1 + random.nextGaussian();
            double lon2 = lon1 + random.nextGaussian() * (i % 2 == 0 ? 2 : 20);
            if (Math.abs(lat2) <= 90 && surelyFarther(lat1, lon1, lat2, lon2)) {
                assertThat(Geo.km(lat1, lon1, lat2, lon2)).isGreaterThan(KM);
            }
        }
        // at the edge: about 150 km due east at 60 degrees, where a degree of longitude is 55.6 km
        for (double dl = 2.6; dl < 2.8; dl += 1e-5) {
            if (surelyFarther(60, 0, 60, dl)) {
                assertThat(Geo.km(60, 0, 60, dl)).isGreaterThan(KM);
            }
        }
    }
}
