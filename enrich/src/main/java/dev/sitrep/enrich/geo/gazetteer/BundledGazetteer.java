package dev.sitrep.enrich.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Loads the gazetteer bundled with sitrep ({@code gazetteer/build.sh} writes it): GeoNames cities500,
 * countries and first-level regions with their GeoNames ids, US counties, and a hand-written supplement.
 */
public final class BundledGazetteer {

    /** Where the resources lie on the classpath. */
    public static final String RESOURCE_DIR = "/dev/sitrep/enrich/geo/gazetteer/";
    public static final String DESCRIPTION = "geonames-cities500+admin1+countries (bundled, CC-BY 4.0)";


    private BundledGazetteer() {
    }

    /** Loads the bundled resources. */
    public static InMemoryGazetteer load() {
        InMemoryGazetteer.Builder builder = InMemoryGazetteer.builder(DESCRIPTION);
        forEach(e -> builder.add(e.place(), e.otherNames()));
        return builder.build();
    }

    /** Loads a gazetteer in the bundled format from a gzip stream. */
    public static InMemoryGazetteer load(InputStream placesGz, String description) throws IOException {
        InMemoryGazetteer.Builder builder = InMemoryGazetteer.builder(description);
        read(placesGz, e -> builder.add(e.place(), e.otherNames()));
        return builder.build();
    }

    /** Every entry of the bundled gazetteer, in file order. */
    public static void forEach(Consumer<GazetteerEntry> sink) {
        try (InputStream in = BundledGazetteer.class.getResourceAsStream(RESOURCE_DIR + "places.tsv.gz")) {
            if (in == null) {
                throw new IllegalStateException("bundled gazetteer resource missing: " + RESOURCE_DIR + "places.tsv.gz");
            }
            read(in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled gazetteer", e);
        }
    }

    private static void read(InputStream placesGz, Consumer<GazetteerEntry> sink) throws IOException {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(placesGz, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            // The codes repeat across 200,000 places ("PPL", "US", "CA"): one string each saves tens of megabytes.
            Map<String, String> codes = new HashMap<>();
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    sink.accept(parse(line, codes));
                }
            }
        }
    }

    static GazetteerEntry parse(String line) {
        return parse(line, new HashMap<>());
    }

    /** One line; {@code codes} hands out one string per distinct code, shared by every place. */
    private static GazetteerEntry parse(String line, Map<String, String> codes) {
        String[] c = split(line);
        if (c.length < 11) {
            throw new IllegalArgumentException("bad gazetteer line: " + line);
        }
        Place place = new Place(Long.parseLong(c[0]), c[9], PlaceKind.ofCode(c[1].charAt(0)), shared(codes, c[2]),
                shared(codes, c[3]), shared(codes, c[4]), shared(codes, c[5]),
                Double.parseDouble(c[6]), Double.parseDouble(c[7]), Long.parseLong(c[8]));
        Map<String, NameKind> names = new LinkedHashMap<>();
        if (!c[10].isEmpty()) {
            for (String n : split(c[10], '|')) {
                switch (n.charAt(0)) {
                    case '@' -> names.putIfAbsent(n.substring(1), NameKind.DEMONYM);
                    case '~' -> names.putIfAbsent(n.substring(1), NameKind.WEAK);
                    default -> names.putIfAbsent(n, NameKind.ALTERNATE);
                }
            }
        }
        return new GazetteerEntry(place, names);
    }

    private static String shared(Map<String, String> codes, String code) {
        String known = codes.putIfAbsent(code, code);
        return known == null ? code : known;
    }

    /** {@code Pattern.compile("\\|").split(s)}: the parts between bars, trailing empty ones dropped. */
    private static List<String> split(String s, char bar) {
        List<String> out = new ArrayList<>(4);
        int from = 0;
        for (int i = s.indexOf(bar); i >= 0; i = s.indexOf(bar, from)) {
            out.add(s.substring(from, i));
            from = i + 1;
        }
        out.add(s.substring(from));
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) {
            out.remove(--n);
        }
        return out;
    }

    /** Splits on tabs, keeping empty columns; faster than a pattern for two hundred thousand lines. */
    private static String[] split(String line) {
        String[] out = new String[11];
        int n = 0;
        int from = 0;
        while (n < 10) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                break;
            }
            out[n++] = line.substring(from, tab);
            from = tab + 1;
        }
        out[n++] = line.substring(from);
        return n == 11 ? out : Arrays.copyOf(out, n);
    }
}
