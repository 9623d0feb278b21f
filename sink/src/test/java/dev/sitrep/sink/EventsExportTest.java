package dev.sitrep.sink;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.common.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventsExportTest {

    private static final String ARTICLE = "{\"id\":\"a1\",\"text\":\"...\",\"casualties\":{\"totals\":{},\"mentions\":["
            + "{\"type\":\"killed\",\"count\":14,\"low\":14,\"high\":null,\"victims\":\"Azerbaijani soldiers\","
            + "\"evidence\":\"at least 14, \\\"officials\\\" said\",\"location\":0},"
            + "{\"type\":\"injured\",\"count\":3,\"low\":3,\"high\":5,\"victims\":null,\"evidence\":\"3 hurt\",\"location\":null}]},"
            + "\"locations\":[{\"name\":\"Sochi\",\"geonameId\":491422,\"countryCode\":\"RU\",\"lat\":43.59917,\"lon\":39.72569}]}";

    @TempDir
    Path dir;

    @Test
    @DisplayName("one CSV row per casualty mention, quoted where needed; one GeoJSON point per located mention")
    void shouldExportRowsAndPoints() throws IOException {
        Path in = dir.resolve("enriched.jsonl");
        Files.writeString(in, ARTICLE + "\n{\"id\":\"a2\",\"text\":\"x\",\"casualties\":{\"mentions\":[]},\"locations\":[]}\n");
        Path csv = dir.resolve("events.csv");
        Path geo = dir.resolve("events.geojson");

        EventsExport.Counts counts = new EventsExport().write(List.of(in), csv, geo);

        assertThat(counts).isEqualTo(new EventsExport.Counts(2, 2, 1));
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("id,type,count,low,high,victims,place,country,lat,lon,evidence");
        assertThat(rows.get(1)).isEqualTo(
                "a1,killed,14,14,,Azerbaijani soldiers,Sochi,RU,43.59917,39.72569,\"at least 14, \"\"officials\"\" said\"");
        assertThat(rows.get(2)).isEqualTo("a1,injured,3,3,5,,,,,,3 hurt");
        JsonNode fc = Json.mapper().readTree(geo.toFile());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(1);
        JsonNode f = fc.get("features").get(0);
        assertThat(f.at("/geometry/coordinates/0").doubleValue()).isEqualTo(39.72569);
        assertThat(f.at("/geometry/coordinates/1").doubleValue()).isEqualTo(43.59917);
        assertThat(f.at("/properties/count").intValue()).isEqualTo(14);
        assertThat(f.at("/properties/place").asText()).isEqualTo("Sochi");
    }

    @Test
    @DisplayName("a text cell that starts like a formula is made inert; numbers, negative ones too, are left alone")
    void shouldNeutraliseFormulas() {
        assertThat(EventsExport.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(EventsExport.inert("+1 dead")).isEqualTo("'+1 dead");
        assertThat(EventsExport.inert("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(EventsExport.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(EventsExport.inert("\tx")).isEqualTo("'\tx");
        assertThat(EventsExport.inert("-73.98")).isEqualTo("-73.98");
        assertThat(EventsExport.inert("Sochi")).isEqualTo("Sochi");
        assertThat(EventsExport.inert("")).isEmpty();
    }
}
