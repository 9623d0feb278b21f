package dev.sitrep.enrich.geo.lucene;

import dev.sitrep.enrich.geo.gazetteer.Gazetteer;

import java.nio.file.Path;

public final class LuceneGazetteer {
    public static Gazetteer open(Path dump, Path index) {
        throw new UnsupportedOperationException("todo");
    }
}
