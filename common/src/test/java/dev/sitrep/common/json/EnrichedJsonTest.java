package dev.sitrep.common.json;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichedJsonTest {

    private static final long SOCHI = 491422L;
    private final ObjectMapper mapper = Json.mapper();
    private final EngineInfo engine = new EngineInfo("sitrep", "0.1.0", "test");

    @Test
    @DisplayName("an empty enrichment already has the contract's shape")
    void shouldWriteEmptyShape() throws Exception {
        ObjectNode article = (ObjectNode) mapper.readTree("{\"id\":\"a\",\"text\":\"t\",\"gold\":1}");

        JsonNode out = EnrichedJson.write(article, Enrichment.EMPTY, engine, Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(out.get("gold").intValue()).isEqualTo(1);
        assertThat(out.get("casualties").get("totals").isObject()).isTrue();
        assertThat(out.get("casualties").get("mentions").isArray()).isTrue();
        assertThat(out.get("locations").isArray()).isTrue();
        assertThat(out.get("enrichment").get("engine").asText()).isEqualTo("sitrep");
        assertThat(out.get("enrichment").get("processedAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    @DisplayName("mentions, totals and locations are written with the contract's field names")
    void shouldWriteFullShape() throws Exception {
        String text = "at least 14 soldiers dead in Sochi";
        CasualtyMention m = new CasualtyMention(CasualtyType.KILLED, 14, 14, null, Qualifier.AT_LEAST, "soldiers",
                TextField.TEXT, 0, 25, text.substring(0, 25), 0);
        Location sochi = new Location("Sochi", SOCHI, "PPLA2", "RU", "Krasnodar Krai", 43.59917, 39.72569, 327608,
                0.93, List.of(new LocationMention(TextField.TEXT, 29, 34, "Sochi")));
        Enrichment e = new Enrichment(new Casualties(Map.of(CasualtyType.KILLED, new CasualtyTotal(14, 14, null)),
                List.of(m)), List.of(sochi));
        ObjectNode article = (ObjectNode) mapper.readTree(("{\"id\":\"a\",\"text\":\"" + text + "\"}")
                .getBytes(StandardCharsets.UTF_8));

        JsonNode out = EnrichedJson.write(article, e, engine, Instant.EPOCH);

        JsonNode killed = out.at("/casualties/totals/killed");
        assertThat(killed.get("best").longValue()).isEqualTo(14);
        assertThat(killed.get("high").isNull()).isTrue();
        JsonNode mention = out.at("/casualties/mentions/0");
        assertThat(mention.get("qualifier").asText()).isEqualTo("at_least");
        assertThat(mention.get("field").asText()).isEqualTo("text");
        assertThat(mention.get("location").intValue()).isZero();
        JsonNode place = out.at("/locations/0");
        assertThat(place.get("geonameId").longValue()).isEqualTo(SOCHI);
        assertThat(place.at("/mentions/0/start").intValue()).isEqualTo(29);
        assertThat(text.substring(29, 34)).isEqualTo(place.at("/mentions/0/text").asText());
    }
}
