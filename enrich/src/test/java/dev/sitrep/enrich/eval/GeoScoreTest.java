package dev.sitrep.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> one(String json) throws Exception {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("a", JSON.readTree(json));
        return m;
    }

    @Test
    @DisplayName("should count overlaps, distances and ids as score.py does")
    void shouldScoreLikeScorePy() throws Exception {
        Map<String, JsonNode> gold = one("""
                {"id":"a","gold":{"toponyms":[
                  {"start":0,"end":5,"lat":48.85,"lon":2.35,"geonameid":"2988507"},
                  {"start":10,"end":15,"lat":33.66,"lon":-95.56,"geonameid":"4717560"},
                  {"start":20,"end":25,"lat":0,"lon":0,"geonameid":"1"}]}}""");
        Map<String, JsonNode> pred = one("""
                {"id":"a","locations":[
                  {"lat":48.86,"lon":2.34,"geonameId":2988507,"mentions":[{"field":"text","start":0,"end":5}]},
                  {"lat":48.86,"lon":2.34,"geonameId":2988507,"mentions":[{"field":"text","start":11,"end":14},
                                                                          {"field":"text","start":40,"end":44},
                                                                          {"field":"title","start":0,"end":5}]}]}""");
        Map<String, Object> s = GeoScore.score(gold, pred);
        assertThat((double) s.get("recognition_precision")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat((double) s.get("recognition_recall")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat((double) s.get("acc161_of_recognized")).isCloseTo(0.5, within(1e-9));
        assertThat((double) s.get("acc161_end_to_end")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat((double) s.get("geonameid_exact_of_recognized")).isCloseTo(0.5, within(1e-9));
        assertThat(s.get("gold_toponyms")).isEqualTo(3L);
    }
}
