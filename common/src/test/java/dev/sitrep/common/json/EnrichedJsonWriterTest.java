package dev.sitrep.common.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.CasualtyTotal;
import dev.sitrep.common.model.CasualtyType;
import dev.sitrep.common.model.Enrichment;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.LocationMention;
import dev.sitrep.common.model.Qualifier;
import dev.sitrep.common.model.TextField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichedJsonWriterTest {

    private static final long SOCHI = 491422L;
    private static final long ARMENIA = 174982L;
    private final ObjectMapper mapper = Json.mapper();
    private final EngineInfo engine = new EngineInfo("sitrep", "0.1.0", "test \"gazetteer\"");

    private final Enrichment enrichment = new Enrichment(new Casualties(Map.of(
            CasualtyType.KILLED, new CasualtyTotal(14, 14, null),
            CasualtyType.INJURED, new CasualtyTotal(3, 2, 5L)), List.of(
            new CasualtyMention(CasualtyType.KILLED, 14, 14, null, Qualifier.AT_LEAST, "soldiers", TextField.TEXT,
                    0, 25, "at least 14 soldiers dead", 0),
            new CasualtyMention(CasualtyType.INJURED, 3, 2, 5L, Qualifier.ABOUT, null, TextField.TITLE, 2, 9,
                    "about 3 \u00e9bless\u00e9s\n", null))),
            List.of(new Location("Sochi", SOCHI, "PPLA2", "RU", "Krasnodar Krai", 43.59917, 39.72569, 327608,
                            0.93456, List.of(new LocationMention(TextField.TEXT, 29, 34, "Sochi"))),
                    new Location("Armenia", ARMENIA, "PCLI", "AM", null, 40.25, 45.0, 2_968_000, 1.0,
                            List.of(new LocationMention(TextField.TITLE, 0, 7, "Armenia"),
                                    new LocationMention(TextField.TEXT, 40, 47, "Armenia")))));

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"a\",\"text\":\"at least 14 soldiers dead in Sochi\"}",
        "{\"enrichment\":{\"old\":true},\"id\":\"b\",\"locations\":[1,2],\"text\":\"t\",\"n\":1.50,\"z\":null}",
        "{\"id\":\"c\",\"title\":\"\u00c9t\u00e9 \\\"quoted\\\"\",\"text\":\"x\",\"casualties\":{},\"nested\":{\"a\":[{\"b\":2}]}}",
    })
    @DisplayName("writes the bytes the tree would serialize to, with the enrichment in place of older fields")
    void shouldWriteWhatTheTreeWrites(String input) throws Exception {
        Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
        ObjectNode forTree = (ObjectNode) mapper.readTree(input.getBytes(StandardCharsets.UTF_8));
        ObjectNode forStream = (ObjectNode) mapper.readTree(input.getBytes(StandardCharsets.UTF_8));

        byte[] tree = mapper.writeValueAsBytes(EnrichedJson.write(forTree, enrichment, engine, at));
        byte[] streamed = EnrichedJsonWriter.write(mapper, forStream, enrichment, engine, at);

        assertThat(new String(streamed, StandardCharsets.UTF_8)).isEqualTo(new String(tree, StandardCharsets.UTF_8));
    }
}
