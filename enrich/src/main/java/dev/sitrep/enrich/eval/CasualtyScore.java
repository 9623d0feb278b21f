package dev.sitrep.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The casualty metrics of {@code ../shared/eval/score.py}, computed the same way: per type
 * ({@code killed}, {@code injured}) exact match, exact match where the gold count is positive, mean
 * absolute error, and detection precision and recall, skipping rows marked {@code split_or_coded};
 * plus the share of predictions inside a gold {@code killed_low..killed_high} range where there is one.
 */
public final class CasualtyScore {

    /** The types score.py reads, in its order. */
    public static final List<String> TYPES = List.of("killed", "injured");

    /** The metrics of one casualty type; a null figure is one score.py reports as {@code null}. */
    public record TypeScore(int n, double exact, Double exactWhenGoldPositive, double mae, Double detectPrecision,
                            Double detectRecall) {
    }

    /**
     * Everything score.py prints for a casualty set.
     *
     * @param records        gold records
     * @param missingOutput  gold records with no prediction of the same id
     * @param byType         metrics per type with at least one scored row, in {@link #TYPES} order
     * @param killedInRange  share of range-labelled records predicted inside the range, or null
     * @param nRange         range-labelled records, or null
     */
    public record Report(int records, int missingOutput, Map<String, TypeScore> byType, Double killedInRange,
                         Integer nRange) {

        /** The report as score.py prints it, one line per metric and a summary line last. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(line("records", Integer.toString(records)));
            out.add(line("missing_output", Integer.toString(missingOutput)));
            byType.forEach((type, s) -> out.add(line(type, "{\"n\": " + s.n() + ", \"exact\": " + num(s.exact())
                    + ", \"exact_when_gold_positive\": " + num(s.exactWhenGoldPositive()) + ", \"mae\": " + num(s.mae())
                    + ", \"detect_precision\": " + num(s.detectPrecision()) + ", \"detect_recall\": "
                    + num(s.detectRecall()) + "}")));
            if (killedInRange != null) {
                out.add(line("killed_in_range", num(killedInRange)));
                out.add(line("n_range", Integer.toString(nRange)));
            }
            TypeScore killed = byType.get("killed");
            double exact = killed == null ? 0 : killed.exact();
            String positive = killed == null || killed.exactWhenGoldPositive() == null ? "n/a"
                    : String.format(Locale.ROOT, "%.3f", killed.exactWhenGoldPositive());
            out.add(String.format(Locale.ROOT, "summary: killed exact %.3f, killed exact (gold>0) %s, missing %d",
                    exact, positive, missingOutput));
            return out;
        }

        private static String line(String key, String value) {
            return String.format(Locale.ROOT, "%-34s %s", key, value);
        }

        private static String num(Double d) {
            return d == null ? "null" : PythonNumbers.repr(d);
        }
    }

    private CasualtyScore() {
    }

    /** Reads a JSONL file keyed by {@code id} as score.py does (a later line with the same id wins). */
    public static Map<String, JsonNode> load(Path path, ObjectMapper mapper) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = lines.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d;
                try {
                    d = mapper.readTree(line);
                } catch (IOException e) {
                    throw new IOException(path + ":" + n + ": not JSON", e);
                }
                out.put(idOf(d), d);
            }
        }
        return out;
    }

    /** Scores predictions against gold records, both keyed by id. */
    public static Report score(Map<String, JsonNode> gold, Map<String, JsonNode> predicted) {
        int missing = 0;
        for (String id : gold.keySet()) {
            if (!predicted.containsKey(id)) {
                missing++;
            }
        }
        Map<String, TypeScore> byType = new LinkedHashMap<>();
        for (String type : TYPES) {
            TypeScore s = scoreType(gold, predicted, type);
            if (s != null) {
                byType.put(type, s);
            }
        }
        int inRange = 0;
        int ranged = 0;
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            JsonNode g = e.getValue().path("gold");
            if (g.has("killed_low")) {
                ranged++;
                long p = total(predicted.get(e.getKey()), "killed");
                if (g.get("killed_low").asDouble() <= p && p <= g.path("killed_high").asDouble()) {
                    inRange++;
                }
            }
        }
        return new Report(gold.size(), missing, byType, ranged == 0 ? null : (double) inRange / ranged,
                ranged == 0 ? null : ranged);
    }

    private static TypeScore scoreType(Map<String, JsonNode> gold, Map<String, JsonNode> predicted, String type) {
        List<long[]> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            JsonNode g = e.getValue().path("gold");
            JsonNode value = g.get(type);
            if (value == null || !(value.isIntegralNumber() || value.isBoolean()) || truthy(g.get("split_or_coded"))) {
                continue;
            }
            long goldCount = value.isBoolean() ? (value.booleanValue() ? 1 : 0) : value.longValue();
            rows.add(new long[] {goldCount, total(predicted.get(e.getKey()), type)});
        }
        if (rows.isEmpty()) {
            return null;
        }
        int exact = 0;
        int positive = 0;
        int positiveExact = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        double absError = 0;
        for (long[] r : rows) {
            long g = r[0];
            long p = r[1];
            exact += g == p ? 1 : 0;
            if (g > 0) {
                positive++;
                positiveExact += g == p ? 1 : 0;
            }
            tp += g > 0 && p > 0 ? 1 : 0;
            fp += g == 0 && p > 0 ? 1 : 0;
            fn += g > 0 && p == 0 ? 1 : 0;
            absError += Math.abs(g - p);
        }
        int n = rows.size();
        return new TypeScore(n, (double) exact / n, positive == 0 ? null : (double) positiveExact / positive,
                absError / n, tp + fp == 0 ? null : (double) tp / (tp + fp), tp + fn == 0 ? null : (double) tp / (tp + fn));
    }

    /** score.py's {@code total}: {@code casualties.totals.<type>.best}, 0 where there is none. */
    static long total(JsonNode predicted, String type) {
        if (predicted == null) {
            return 0;
        }
        JsonNode v = predicted.path("casualties").path("totals").path(type);
        if (v.isObject()) {
            v = v.path("best");
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.longValue() : (long) v.doubleValue();
        }
        return v.isBoolean() ? (v.booleanValue() ? 1 : 0) : 0;
    }

    private static String idOf(JsonNode d) {
        JsonNode id = d.get("id");
        if (id == null || id.isNull()) {
            return "None";
        }
        return id.isTextual() ? id.textValue() : id.toString();
    }

    /** Python truthiness of a JSON value. */
    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }
}
