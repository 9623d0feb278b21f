package dev.sitrep.enrich;

import dev.sitrep.enrich.casualty.RuleBasedCasualtyExtractor;
import dev.sitrep.enrich.geo.GazetteerGeoparser;
import dev.sitrep.enrich.geo.Geoparser;
import dev.sitrep.enrich.geo.extractor.Lexicon;
import dev.sitrep.enrich.geo.gazetteer.BundledGazetteer;
import dev.sitrep.enrich.geo.gazetteer.Gazetteer;
import dev.sitrep.enrich.geo.lucene.LuceneGazetteer;
import dev.sitrep.enrich.geo.resolver.Resolver;
import dev.sitrep.enrich.link.NearestPlaceLocator;

import java.util.concurrent.CompletableFuture;

/** Builds the engine sitrep ships. */
public final class EnricherFactory {

    /** The engine's version, written into every enriched article. */
    public static final String VERSION = "0.1.0";

    private EnricherFactory() {
    }

    /**
     * The default engine: the bundled gazetteer, or the GeoNames dump named by the system property
     * {@value EngineConfig#GAZETTEER_PROPERTY}.
     */
    public static Enricher standard() {
        return create(EngineConfig.fromProperties(System.getProperties()));
    }

    /**
     * {@link #standard()} built on a thread of its own, so that a service can start its Kafka clients while the
     * gazetteer loads: on two cores the two take about as long, and start-up then costs the longer of them.
     */
    public static CompletableFuture<Enricher> standardAsync() {
        CompletableFuture<Enricher> engine = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                engine.complete(standard());
            } catch (RuntimeException | Error e) {
                engine.completeExceptionally(e);
            }
        }, "sitrep-engine-loader");
        loader.setDaemon(true);
        loader.start();
        return engine;
    }

    public static Enricher create(EngineConfig config) {
        return new Enricher(new RuleBasedCasualtyExtractor(), geoparser(config), new NearestPlaceLocator());
    }

    /** The geoparser alone, for tools that need no casualties. */
    public static Geoparser geoparser(EngineConfig config) {
        Gazetteer gazetteer = config.bundled() ? Bundled.GAZETTEER : LuceneGazetteer.open(config.gazetteerPath(), config.indexDir());
        return new GazetteerGeoparser(gazetteer, English.WORDS, Resolver.standard());
    }

    /** The bundled gazetteer, loaded once per JVM on first use and shared by every engine (it is immutable). */
    private static final class Bundled {
        static final Gazetteer GAZETTEER = BundledGazetteer.load();
    }

    /** The English word list, loaded once per JVM on first use. */
    private static final class English {
        static final Lexicon WORDS = Lexicon.bundled();
    }
}
