package dev.sitrep.sink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.common.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Casualty events for spreadsheets and GIS: a CSV with one row per casualty mention, and a GeoJSON
 * FeatureCollection with one point per mention whose place was resolved. Both are rewritten whole from
 * the enriched JSON lines, into temporary files renamed over the old ones.
 */
public final class EventsExport {

    /** The CSV columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "id", "type", "count", "low", "high", "victims", "place", "country", "lat", "lon", "evidence");

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final ObjectMapper mapper = Json.mapper();

    /** What was exported. */
    public record Counts(long articles, long mentions, long located) {
    }

    public Counts write(List<Path> enrichedJsonl, Path csv, Path geojson) throws IOException {
        Path csvTmp = csv.resolveSibling(csv.getFileName() + ".tmp");
        Path geoTmp = geojson.resolveSibling(geojson.getFileName() + ".tmp");
        long articles = 0;
        long mentions = 0;
        long located = 0;
        try (Writer csvOut = Files.newBufferedWriter(csvTmp, StandardCharsets.UTF_8);
             OutputStream geoStream = Files.newOutputStream(geoTmp);
             JsonGenerator geo = mapper.getFactory().createGenerator(geoStream, JsonEncoding.UTF8)) {
            csvOut.write(String.join(",", COLUMNS));
            csvOut.write("\r\n");
            geo.writeStartObject();
            geo.writeStringField("type", "FeatureCollection");
            geo.writeArrayFieldStart("features");
            for (Path file : enrichedJsonl) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode article = mapper.readTree(line);
                        articles++;
                        for (JsonNode m : article.path("casualties").path("mentions")) {
                            mentions++;
                            JsonNode place = place(article, m);
                            writeRow(csvOut, article, m, place);
                            if (place != null && place.hasNonNull("lat") && place.hasNonNull("lon")) {
                                located++;
                                writeFeature(geo, article, m, place);
                            }
                        }
                    }
                }
            }
            geo.writeEndArray();
            geo.writeEndObject();
        }
        replace(csvTmp, csv);
        replace(geoTmp, geojson);
        return new Counts(articles, mentions, located);
    }

    private static JsonNode place(JsonNode article, JsonNode mention) {
        JsonNode index = mention.get("location");
        if (index == null || !index.canConvertToInt()) {
            return null;
        }
        JsonNode place = article.path("locations").path(index.intValue());
        return place.isObject() ? place : null;
    }

    private static void writeRow(Writer out, JsonNode article, JsonNode m, JsonNode place) throws IOException {
        String[] cells = {
            inert(text(article.get("id"))), inert(text(m.get("type"))), text(m.get("count")), text(m.get("low")),
            text(m.get("high")), inert(text(m.get("victims"))),
            place == null ? "" : inert(text(place.get("name"))), place == null ? "" : inert(text(place.get("countryCode"))),
            place == null ? "" : text(place.get("lat")), place == null ? "" : text(place.get("lon")),
            inert(text(m.get("evidence")))
        };
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvCell(cells[i]));
        }
        out.write("\r\n");
    }

    private static void writeFeature(JsonGenerator g, JsonNode article, JsonNode m, JsonNode place) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeTree(place.get("lon"));
        g.writeTree(place.get("lat"));
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", text(article.get("id")));
        for (String field : List.of("type", "count", "low", "high", "victims", "evidence")) {
            g.writeFieldName(field);
            g.writeTree(m.has(field) ? m.get(field) : null);
        }
        g.writeStringField("place", text(place.get("name")));
        g.writeStringField("country", text(place.get("countryCode")));
        g.writeFieldName("geonameId");
        g.writeTree(place.get("geonameId"));
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A text cell a spreadsheet will not run: one that starts like a formula ({@code = + - @}, tab, CR) gets a
     * leading apostrophe, as OWASP advises against CSV injection. Numbers are left alone ({@code -5.2}).
     * Ids, victims and evidence come from articles nobody controls.
     */
    static String inert(String s) {
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || NUMBER.matcher(s).matches()) {
            return s;
        }
        return "'" + s;
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static String csvCell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? "" : v.asText();
    }

    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
