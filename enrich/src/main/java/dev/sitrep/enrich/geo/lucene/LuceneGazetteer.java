package dev.sitrep.enrich.geo.lucene;

import dev.sitrep.enrich.geo.gazetteer.Gazetteer;
import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gazetteer over a full GeoNames dump, held in an on-disk Lucene index that is built once
 * ({@link LuceneIndexer}) and reused while the dump is unchanged. Thread-safe.
 */
public final class LuceneGazetteer implements Gazetteer, AutoCloseable {

    /** Hits read per name: enough for "Springfield", few enough to stay fast. */
    static final int MAX_HITS = 400;

    private static final Comparator<NameMatch> ORDER = Comparator
            .<NameMatch>comparingInt(m -> m.place().kind().ordinal())
            .thenComparingLong(m -> -m.place().population())
            .thenComparingInt(m -> m.via().ordinal());

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final Map<String, Place> countries;
    private final Map<String, Place> admin1;
    private final String description;

    private LuceneGazetteer(IndexReader reader, String description) throws IOException {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.description = description;
        this.countries = byCode(PlaceKind.COUNTRY);
        this.admin1 = byCode(PlaceKind.ADMIN1);
    }

    /** Opens the index of {@code dump} in {@code indexDir}, building it first when missing or stale. */
    public static LuceneGazetteer open(Path dump, Path indexDir) {
        try {
            LuceneIndexer.ensure(dump, indexDir);
            return new LuceneGazetteer(DirectoryReader.open(FSDirectory.open(indexDir)),
                    "geonames-dump:" + dump.getFileName() + " (lucene, CC-BY 4.0)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the GeoNames index in " + indexDir, e);
        }
    }

    @Override
    public List<NameMatch> lookup(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        try {
            Map<Long, NameMatch> found = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (NameKind kind : NameKind.values()) {
                ScoreDoc[] hits = searcher.search(new TermQuery(new Term(LuceneIndexer.nameField(kind), key)), MAX_HITS).scoreDocs;
                for (ScoreDoc hit : hits) {
                    Place p = LuceneIndexer.place(stored.document(hit.doc));
                    found.putIfAbsent(p.id(), new NameMatch(p, kind));
                }
            }
            List<NameMatch> out = new ArrayList<>(found.values());
            out.sort(ORDER);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the GeoNames index", e);
        }
    }

    @Override
    public boolean isPrefix(String key) {
        try {
            return reader.docFreq(new Term(LuceneIndexer.PREFIX, key)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the GeoNames index", e);
        }
    }

    @Override
    public Optional<Place> country(String countryCode) {
        return Optional.ofNullable(countries.get(countryCode));
    }

    @Override
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        return Optional.ofNullable(admin1.get(countryCode + '.' + admin1Code));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private Map<String, Place> byCode(PlaceKind kind) throws IOException {
        Map<String, Place> out = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(LuceneIndexer.KIND, String.valueOf(kind.code()))),
                Math.max(1, reader.maxDoc())).scoreDocs;
        for (ScoreDoc hit : hits) {
            Document d = stored.document(hit.doc);
            Place p = LuceneIndexer.place(d);
            String code = kind == PlaceKind.COUNTRY ? p.countryCode() : p.countryCode() + '.' + p.admin1Code();
            Place old = out.get(code);
            if (old == null || preferred(p, old)) {
                out.put(code, p);
            }
        }
        return out;
    }

    /** Of two entries for one code, an independent country or the more populous region. */
    private static boolean preferred(Place p, Place old) {
        if (p.featureCode().equals("PCLI") != old.featureCode().equals("PCLI")) {
            return p.featureCode().equals("PCLI");
        }
        return p.population() > old.population();
    }
}
