package dev.sitrep.enrich.geo.lucene;

import dev.sitrep.enrich.geo.gazetteer.BundledGazetteer;
import dev.sitrep.enrich.geo.gazetteer.GazetteerEntry;
import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.NameNormalizer;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Builds the Lucene index of a GeoNames dump: one document per place, its normalized names as exact terms
 * (one field per kind of name) and the word prefixes of those names. Demonyms, state abbreviations and the
 * regions GeoNames' extracts lack come from the bundled gazetteer, since the dump has none of them.
 */
public final class LuceneIndexer {

    static final String KIND = "kind";
    static final String PREFIX = "prefix";
    /** Bump when the document layout changes: older indexes are then rebuilt. */
    static final String FORMAT = "1";
    static final String MARKER = "sitrep-index.properties";

    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndexer.class);

    private LuceneIndexer() {
    }

    static String nameField(NameKind kind) {
        return "name_" + kind.name();
    }

    /** Builds the index unless an index of this very dump is already there. */
    static synchronized void ensure(Path dump, Path indexDir) throws IOException {
        Properties want = stamp(dump);
        Path marker = indexDir.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            Properties have = new Properties();
            try (InputStream in = Files.newInputStream(marker)) {
                have.load(in);
            }
            if (have.equals(want)) {
                return;
            }
        }
        LOG.info("building the GeoNames index of {} in {} (once)", dump, indexDir);
        build(dump, indexDir);
        try (OutputStream out = Files.newOutputStream(marker)) {
            want.store(out, "sitrep GeoNames index");
        }
    }

    private static Properties stamp(Path dump) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("dump", dump.toAbsolutePath().normalize().toString());
        p.setProperty("size", Long.toString(Files.size(dump)));
        p.setProperty("modified", Long.toString(Files.getLastModifiedTime(dump).toMillis()));
        return p;
    }

    private static void build(Path dump, Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        Map<Long, Map<String, NameKind>> extras = new HashMap<>();
        Map<Long, GazetteerEntry> supplement = new HashMap<>();
        BundledGazetteer.forEach(e -> {
            if (e.place().id() >= GazetteerEntry.SUPPLEMENT_IDS) {
                if (e.place().kind() != PlaceKind.ADMIN2) {
                    supplement.put(e.place().id(), e);
                }
                return;
            }
            Map<String, NameKind> m = new HashMap<>();
            e.otherNames().forEach((n, k) -> {
                if (k == NameKind.DEMONYM || k == NameKind.WEAK) {
                    m.put(n, k);
                }
            });
            if (e.place().kind() == PlaceKind.COUNTRY || e.place().kind() == PlaceKind.CONTINENT) {
                e.otherNames().forEach(m::putIfAbsent);
            }
            if (!m.isEmpty()) {
                extras.put(e.place().id(), m);
            }
        });
        long[] count = {0};
        IndexWriterConfig cfg = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), cfg)) {
            GeoNamesDump.read(dump, e -> {
                Map<String, NameKind> names = new HashMap<>(e.otherNames());
                Map<String, NameKind> more = extras.get(e.place().id());
                if (more != null) {
                    more.forEach(names::putIfAbsent);
                }
                add(writer, e.place(), names);
                count[0]++;
            });
            for (GazetteerEntry e : supplement.values()) {
                add(writer, e.place(), e.otherNames());
                count[0]++;
            }
            writer.forceMerge(1);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        LOG.info("indexed {} places of {}", count[0], dump);
    }

    private static void add(IndexWriter writer, Place p, Map<String, NameKind> otherNames) {
        Document d = new Document();
        d.add(new StoredField("id", p.id()));
        d.add(new StoredField("name", p.name()));
        d.add(new StringField(KIND, String.valueOf(p.kind().code()), Field.Store.YES));
        d.add(new StoredField("fcode", p.featureCode()));
        d.add(new StoredField("cc", p.countryCode()));
        d.add(new StoredField("a1", p.admin1Code()));
        d.add(new StoredField("a2", p.admin2Code()));
        d.add(new StoredField("lat", p.lat()));
        d.add(new StoredField("lon", p.lon()));
        d.add(new StoredField("pop", p.population()));
        Map<NameKind, Set<String>> keys = new EnumMap<>(NameKind.class);
        keys.computeIfAbsent(NameKind.PRIMARY, k -> new HashSet<>()).add(NameNormalizer.normalize(p.name()));
        otherNames.forEach((n, k) -> keys.computeIfAbsent(k, x -> new HashSet<>()).add(NameNormalizer.normalize(n)));
        Set<String> prefixes = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (NameKind kind : NameKind.values()) {
            for (String key : keys.getOrDefault(kind, Set.of())) {
                if (key.isEmpty() || !seen.add(key)) {
                    continue;
                }
                d.add(new StringField(nameField(kind), key, Field.Store.NO));
                for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
                    prefixes.add(key.substring(0, i));
                }
            }
        }
        for (String prefix : prefixes) {
            d.add(new StringField(PREFIX, prefix, Field.Store.NO));
        }
        try {
            writer.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Place place(Document d) {
        return new Place(d.getField("id").numericValue().longValue(), d.get("name"), PlaceKind.ofCode(d.get(KIND).charAt(0)),
                d.get("fcode"), d.get("cc"), d.get("a1"), d.get("a2"),
                d.getField("lat").numericValue().doubleValue(), d.getField("lon").numericValue().doubleValue(),
                d.getField("pop").numericValue().longValue());
    }
}
