package dev.sitrep.enrich.geo.lucene;

import dev.sitrep.enrich.geo.gazetteer.GazetteerEntry;
import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.Place;
import dev.sitrep.enrich.geo.gazetteer.PlaceKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the GeoNames dump format ({@code allCountries.txt}, {@code cities500.txt}, {@code XX.txt}: 19 tab-separated
 * columns) and, when they lie beside it, {@code countryInfo.txt} and {@code alternateNamesV2.txt}.
 * Keeps what news names: populated places, administrative areas, regions and the larger natural features.
 */
public final class GeoNamesDump {

    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern COMMA = Pattern.compile(",");
    private static final Set<String> NATURAL = Set.of("CONT", "RGN", "RGNE", "AREA", "PRK", "ISL", "ISLS", "PEN",
            "MT", "MTS", "VAL", "DSRT", "STM", "LK", "SEA", "OCN", "GULF", "BAY", "CHN", "STRT");

    private GeoNamesDump() {
    }

    /** Streams the dump's entries that sitrep indexes. */
    public static void read(Path dump, Consumer<GazetteerEntry> sink) throws IOException {
        Map<Long, String[]> english = englishNames(dump.resolveSibling("alternateNamesV2.txt"));
        Set<Long> countryIds = countryIds(dump.resolveSibling("countryInfo.txt"));
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                GazetteerEntry e = parse(line, english, countryIds);
                if (e != null) {
                    sink.accept(e);
                }
            }
        }
    }

    static GazetteerEntry parse(String line, Map<Long, String[]> english, Set<Long> countryIds) {
        if (line.isEmpty() || line.charAt(0) == '#') {
            return null;
        }
        String[] c = TAB.split(line, -1);
        if (c.length < 15) {
            throw new IllegalArgumentException("not a GeoNames dump line: " + line);
        }
        String featureClass = c[6];
        String code = c[7];
        long id = Long.parseLong(c[0]);
        boolean keep = featureClass.equals("P") || featureClass.equals("A") || NATURAL.contains(code)
                || countryIds.contains(id);
        if (!keep) {
            return null;
        }
        PlaceKind kind = countryIds.contains(id) ? PlaceKind.COUNTRY : PlaceKind.ofFeatureCode(code);
        Place place = new Place(id, c[1], kind, code, c[8], kind == PlaceKind.COUNTRY ? "" : c[10], c[11],
                Double.parseDouble(c[4]), Double.parseDouble(c[5]), c[14].isEmpty() ? 0 : Long.parseLong(c[14]));
        Map<String, NameKind> names = new LinkedHashMap<>();
        if (!c[2].isEmpty()) {
            names.put(c[2], NameKind.PRIMARY);
        }
        for (String alt : COMMA.split(c[3])) {
            if (alt.length() >= 4 && latin(alt)) {
                names.putIfAbsent(alt, NameKind.ALTERNATE);
            }
        }
        for (String en : english.getOrDefault(id, new String[0])) {
            names.putIfAbsent(en, NameKind.ALTERNATE);
        }
        names.remove(c[1]);
        return new GazetteerEntry(place, names);
    }

    /** Latin script with some lowercase: skips codes ("AER") and names in other scripts. */
    static boolean latin(String s) {
        boolean lower = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch) && ch > '\u024F' && (ch < '\u1E00' || ch > '\u1EFF')) {
                return false;
            }
            lower |= Character.isLowerCase(ch);
        }
        return lower;
    }

    /** English names (language "en") from alternateNamesV2.txt, by GeoNames id; empty when the file is absent. */
    static Map<Long, String[]> englishNames(Path file) throws IOException {
        Map<Long, String[]> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] c = TAB.split(line, -1);
                if (c.length < 4 || !c[2].equals("en") || c.length > 7 && c[7].equals("1") || !latin(c[3])) {
                    continue;
                }
                long id = Long.parseLong(c[1]);
                String[] old = out.get(id);
                String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = c[3];
                out.put(id, grown);
            }
        }
        return out;
    }

    /** GeoNames ids of countries from countryInfo.txt (column 17); empty when the file is absent. */
    static Set<Long> countryIds(Path file) throws IOException {
        Set<Long> ids = new java.util.HashSet<>();
        if (!Files.isRegularFile(file)) {
            return ids;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] c = TAB.split(line, -1);
                if (c.length > 16 && !c[16].isEmpty()) {
                    ids.add(Long.parseLong(c[16]));
                }
            }
        }
        return ids;
    }
}
