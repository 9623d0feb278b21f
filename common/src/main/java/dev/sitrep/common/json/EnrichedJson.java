package dev.sitrep.common.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.CasualtyTotal;
import dev.sitrep.common.model.Enrichment;
import dev.sitrep.common.model.Location;
import dev.sitrep.common.model.LocationMention;

import java.time.Instant;
import java.util.Map;

/** Writes an {@link Enrichment} into the input article's JSON, in the contract's enriched format. */
public final class EnrichedJson {

    private EnrichedJson() {
    }

    /**
     * Adds {@code casualties}, {@code locations} and {@code enrichment} to {@code article}, replacing
     * any fields of those names; every other field is left as it was.
     */
    public static ObjectNode write(ObjectNode article, Enrichment enrichment, EngineInfo engine, Instant processedAt) {
        article.set("casualties", casualties(article, enrichment.casualties()));
        ArrayNode locations = article.arrayNode(enrichment.locations().size());
        for (Location location : enrichment.locations()) {
            locations.add(location(article, location));
        }
        article.set("locations", locations);
        ObjectNode meta = article.objectNode();
        meta.put("engine", engine.engine());
        meta.put("version", engine.version());
        meta.put("gazetteer", engine.gazetteer());
        meta.put("processedAt", processedAt.toString());
        article.set("enrichment", meta);
        return article;
    }

    private static ObjectNode casualties(ObjectNode factory, Casualties casualties) {
        ObjectNode out = factory.objectNode();
        ObjectNode totals = out.putObject("totals");
        for (Map.Entry<dev.sitrep.common.model.CasualtyType, CasualtyTotal> e : casualties.totals().entrySet()) {
            ObjectNode t = totals.putObject(e.getKey().jsonName());
            t.put("best", e.getValue().best());
            t.put("low", e.getValue().low());
            t.put("high", e.getValue().high());
        }
        ArrayNode mentions = out.putArray("mentions");
        for (CasualtyMention m : casualties.mentions()) {
            ObjectNode j = mentions.addObject();
            j.put("type", m.type().jsonName());
            j.put("count", m.count());
            j.put("low", m.low());
            j.put("high", m.high());
            j.put("qualifier", m.qualifier().jsonName());
            j.put("victims", m.victims());
            j.put("field", m.field().jsonName());
            j.put("start", m.start());
            j.put("end", m.end());
            j.put("evidence", m.evidence());
            j.put("location", m.location());
        }
        return out;
    }

    private static ObjectNode location(ObjectNode factory, Location l) {
        ObjectNode j = factory.objectNode();
        j.put("name", l.name());
        j.put("geonameId", l.geonameId());
        j.put("featureCode", l.featureCode());
        j.put("countryCode", l.countryCode());
        j.put("admin1", l.admin1());
        j.put("lat", l.lat());
        j.put("lon", l.lon());
        j.put("population", l.population());
        j.put("confidence", Math.round(l.confidence() * 1000) / 1000.0);
        ArrayNode mentions = j.putArray("mentions");
        for (LocationMention m : l.mentions()) {
            ObjectNode mj = mentions.addObject();
            mj.put("field", m.field().jsonName());
            mj.put("start", m.start());
            mj.put("end", m.end());
            mj.put("text", m.text());
        }
        return j;
    }
}
