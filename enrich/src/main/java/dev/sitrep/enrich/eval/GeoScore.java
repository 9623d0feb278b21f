package dev.sitrep.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.enrich.geo.gazetteer.Geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The geoparsing metrics of {@code shared/eval/score.py geo}, computed the same way: a predicted mention (field
 * {@code text}) that overlaps a gold toponym recognizes it; accuracy counts recognized toponyms placed within
 * 161 km of the gold point. Gold records carry {@code gold.toponyms[]} with {@code start}, {@code end},
 * {@code lat}, {@code lon} and {@code geonameid}.
 */
public final class GeoScore {

    /** 100 miles: the customary radius of a right answer. */
    public static final double RADIUS_KM = 161;
    /** The error charged for a toponym resolved to nothing: half the Earth's circumference. */
    static final double NOWHERE_KM = 20038.0;

    private GeoScore() {
    }

    /**
     * Scores predictions against gold records.
     *
     * @param gold gold records by id, in file order
     * @param pred enriched records by id
     */
    public static Map<String, Object> score(Map<String, JsonNode> gold, Map<String, JsonNode> pred) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long idsOk = 0;
        long idsN = 0;
        long e2eOk = 0;
        long e2eN = 0;
        List<Double> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            List<JsonNode[]> spans = spans(pred.get(e.getKey()));
            Set<Integer> used = new HashSet<>();
            for (JsonNode t : e.getValue().path("gold").path("toponyms")) {
                e2eN++;
                int start = t.path("start").asInt();
                int end = t.path("end").asInt();
                int hit = -1;
                for (int i = 0; i < spans.size(); i++) {
                    JsonNode m = spans.get(i)[0];
                    if (!used.contains(i) && m.path("start").asInt() < end && start < m.path("end").asInt()) {
                        hit = i;
                        break;
                    }
                }
                if (hit < 0) {
                    fn++;
                    continue;
                }
                used.add(hit);
                tp++;
                JsonNode loc = spans.get(hit)[1];
                double d = loc.path("lat").isNumber() && loc.path("lon").isNumber()
                        ? Geo.km(t.path("lat").asDouble(), t.path("lon").asDouble(), loc.path("lat").asDouble(), loc.path("lon").asDouble())
                        : NOWHERE_KM;
                errors.add(d);
                if (d <= RADIUS_KM) {
                    e2eOk++;
                }
                String goldId = t.path("geonameid").asText("");
                if (!goldId.isEmpty() && !t.path("geonameid").isNull()) {
                    idsN++;
                    if (loc.path("geonameId").asText().equals(goldId)) {
                        idsOk++;
                    }
                }
            }
            fp += spans.size() - used.size();
        }
        double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", gold.size());
        out.put("missing_output", gold.keySet().stream().filter(k -> !pred.containsKey(k)).count());
        out.put("gold_toponyms", e2eN);
        out.put("recognition_precision", p);
        out.put("recognition_recall", r);
        out.put("recognition_f1", p + r == 0 ? 0.0 : 2 * p * r / (p + r));
        out.put("acc161_of_recognized", errors.isEmpty() ? null : errors.stream().filter(x -> x <= RADIUS_KM).count() / (double) errors.size());
        out.put("acc161_end_to_end", e2eN == 0 ? null : (double) e2eOk / e2eN);
        out.put("median_km_of_recognized", errors.isEmpty() ? null : median(errors));
        out.put("auc_of_recognized", errors.isEmpty() ? null
                : errors.stream().mapToDouble(x -> Math.log(1 + x)).sum() / errors.size() / Math.log(20039));
        out.put("geonameid_exact_of_recognized", idsN == 0 ? null : (double) idsOk / idsN);
        return out;
    }

    /** The predicted text-field mentions in output order, each with its location. */
    private static List<JsonNode[]> spans(JsonNode pred) {
        List<JsonNode[]> out = new ArrayList<>();
        if (pred == null) {
            return out;
        }
        for (JsonNode loc : pred.path("locations")) {
            for (JsonNode m : loc.path("mentions")) {
                if (!m.path("field").asText("text").equals("text")) {
                    continue;
                }
                if (m.path("start").isIntegralNumber() && m.path("end").isIntegralNumber()) {
                    out.add(new JsonNode[] {m, loc});
                }
            }
        }
        return out;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
