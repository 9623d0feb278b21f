package dev.sitrep.enrich.geo;

import dev.sitrep.enrich.geo.extractor.Lexicon;
import dev.sitrep.enrich.geo.gazetteer.BundledGazetteer;
import dev.sitrep.enrich.geo.gazetteer.InMemoryGazetteer;
import dev.sitrep.enrich.geo.resolver.Resolver;

/** The bundled gazetteer, loaded once for all tests that need it. */
public final class BundledEngine {

    public static final InMemoryGazetteer GAZETTEER = BundledGazetteer.load();
    public static final Lexicon LEXICON = Lexicon.bundled();
    public static final GazetteerGeoparser GEOPARSER = new GazetteerGeoparser(GAZETTEER, LEXICON, Resolver.standard());

    private BundledEngine() {
    }
}
