package dev.sitrep.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How the engine is built.
 *
 * @param gazetteerPath a GeoNames dump ({@code allCountries.txt} or any file in its format) to use instead of
 *                      the bundled gazetteer, or null for the bundled one. {@code admin1CodesASCII.txt},
 *                      {@code countryInfo.txt} and {@code alternateNamesV2.txt} beside it are read when present.
 * @param indexDir      where the Lucene index of the dump is built once and reused; null for a directory
 *                      named after the dump, beside it ({@code allCountries.txt.sitrep-index})
 */
public record EngineConfig(Path gazetteerPath, Path indexDir) {

    /** System property naming the GeoNames dump ({@link #gazetteerPath}). */
    public static final String GAZETTEER_PROPERTY = "sitrep.gazetteer";
    /** System property naming the index directory ({@link #indexDir}). */
    public static final String INDEX_PROPERTY = "sitrep.gazetteer.index";

    public EngineConfig {
        if (gazetteerPath != null && !Files.isRegularFile(gazetteerPath)) {
            throw new IllegalArgumentException("gazetteer dump not found: " + gazetteerPath);
        }
        if (gazetteerPath != null && indexDir == null) {
            indexDir = gazetteerPath.resolveSibling(gazetteerPath.getFileName() + ".sitrep-index");
        }
    }

    /** The bundled gazetteer. */
    public static EngineConfig defaults() {
        return new EngineConfig(null, null);
    }

    /** From {@value #GAZETTEER_PROPERTY} and {@value #INDEX_PROPERTY}; the bundled gazetteer when unset. */
    public static EngineConfig fromProperties(Properties props) {
        String dump = props.getProperty(GAZETTEER_PROPERTY);
        String index = props.getProperty(INDEX_PROPERTY);
        return new EngineConfig(dump == null || dump.isBlank() ? null : Path.of(dump),
                index == null || index.isBlank() ? null : Path.of(index));
    }

    public boolean bundled() {
        return gazetteerPath == null;
    }
}
