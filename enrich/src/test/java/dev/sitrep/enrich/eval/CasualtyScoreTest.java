package dev.sitrep.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CasualtyScoreTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private Map<String, JsonNode> records(String... lines) throws Exception {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode d = mapper.readTree(line);
            out.put(d.get("id").asText(), d);
        }
        return out;
    }

    @Test
    @DisplayName("computes score.py's metrics, skipping split_or_coded rows")
    void shouldScoreLikeScorePy() throws Exception {
        Map<String, JsonNode> gold = records(
                "{\"id\":\"a\",\"gold\":{\"killed\":2}}",
                "{\"id\":\"b\",\"gold\":{\"killed\":0}}",
                "{\"id\":\"c\",\"gold\":{\"killed\":3}}",
                "{\"id\":\"d\",\"gold\":{\"killed\":5,\"split_or_coded\":true}}",
                "{\"id\":\"e\",\"gold\":{\"killed\":1}}");
        Map<String, JsonNode> pred = records(
                "{\"id\":\"a\",\"casualties\":{\"totals\":{\"killed\":{\"best\":2}}}}",
                "{\"id\":\"b\",\"casualties\":{\"totals\":{\"killed\":{\"best\":1}}}}",
                "{\"id\":\"c\",\"casualties\":{\"totals\":{}}}",
                "{\"id\":\"d\",\"casualties\":{\"totals\":{}}}");
        CasualtyScore.Report r = CasualtyScore.score(gold, pred);
        assertThat(r.records()).isEqualTo(5);
        assertThat(r.missingOutput()).isEqualTo(1);
        assertThat(r.byType()).containsOnlyKeys("killed");
        CasualtyScore.TypeScore k = r.byType().get("killed");
        assertThat(k.n()).isEqualTo(4);
        assertThat(k.exact()).isEqualTo(0.25);
        assertThat(k.exactWhenGoldPositive()).isEqualTo(1.0 / 3);
        assertThat(k.mae()).isEqualTo(5.0 / 4);
        assertThat(k.detectPrecision()).isEqualTo(0.5);
        assertThat(k.detectRecall()).isEqualTo(1.0 / 3);
        assertThat(r.lines()).contains(
                "killed                             {\"n\": 4, \"exact\": 0.25, \"exact_when_gold_positive\": "
                        + "0.3333333333333333, \"mae\": 1.25, \"detect_precision\": 0.5, \"detect_recall\": 0.3333333333333333}",
                "summary: killed exact 0.250, killed exact (gold>0) 0.333, missing 1");
    }

    @Test
    @DisplayName("reports the share of predictions inside UCDP-style gold ranges")
    void shouldScoreRanges() throws Exception {
        Map<String, JsonNode> gold = records(
                "{\"id\":\"a\",\"gold\":{\"killed_low\":10,\"killed_high\":15}}",
                "{\"id\":\"b\",\"gold\":{\"killed_low\":1,\"killed_high\":1}}");
        Map<String, JsonNode> pred = records(
                "{\"id\":\"a\",\"casualties\":{\"totals\":{\"killed\":{\"best\":12}}}}",
                "{\"id\":\"b\",\"casualties\":{\"totals\":{}}}");
        CasualtyScore.Report r = CasualtyScore.score(gold, pred);
        assertThat(r.killedInRange()).isEqualTo(0.5);
        assertThat(r.nRange()).isEqualTo(2);
        assertThat(r.byType()).isEmpty();
        assertThat(r.lines()).contains("killed_in_range                    0.5", "n_range                            2",
                "summary: killed exact 0.000, killed exact (gold>0) n/a, missing 0");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("prints floats as Python's repr does")
    @CsvSource({"0.25, 0.25", "1.0, 1.0", "0.1, 0.1", "0.0001, 0.0001", "0.00001, 1e-05", "123456.5, 123456.5",
            "0.975528826213189, 0.975528826213189", "1e16, 1e+16", "0.3333333333333333, 0.3333333333333333"})
    void shouldPrintFloatsLikePython(double value, String expected) {
        assertThat(PythonNumbers.repr(value)).isEqualTo(expected);
    }
}
