package dev.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The short human summary {@code run} and {@code demo} print at the end. */
final class RunReport {

    private static final int PLACES_SHOWN = 8;

    private RunReport() {
    }

    static void print(String command, LocalPipeline.Result r, PrintStream out) {
        Path cwd = Path.of("").toAbsolutePath();
        out.printf(Locale.ROOT, "sitrep %s: %s in %.1f s%n", command, plural(r.ingest().read(), "record"),
                r.elapsed().toMillis() / 1000.0);
        out.println("  " + r.ingest().line());
        out.printf(Locale.ROOT, "  enriched       %,8d  -> %s (%s)%n", r.enriched(),
                shown(cwd, r.outputs().enriched()), plural(r.distinctIds(), "distinct id"));
        out.printf(Locale.ROOT, "  dead-lettered  %,8d  -> %s%s%n", r.deadLettered(),
                shown(cwd, r.outputs().deadLetters()), r.deadByCode().isEmpty() ? "" : " (" + counts(r.deadByCode()) + ")");
        out.printf(Locale.ROOT, "  casualties     %s%n", r.casualtyTotals().isEmpty() ? "none found"
                : counts(r.casualtyTotals()) + " (sum of article totals)");
        out.printf(Locale.ROOT, "  places         %s%n", r.places().isEmpty() ? "none resolved" : topPlaces(r.places()));
        out.printf(Locale.ROOT, "  events         %,d casualty mentions, %,d located -> %s, %s%n",
                r.events().mentions(), r.events().located(), shown(cwd, r.outputs().eventsCsv()),
                shown(cwd, r.outputs().eventsGeoJson()));
        if (!r.complete()) {
            out.println("  NOT COMPLETE: " + r.problem());
        }
    }

    /** "1 record", "2 records", "1,000 records". */
    static String plural(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String counts(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String topPlaces(Map<String, Long> places) {
        String top = places.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(PLACES_SHOWN)
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        return places.size() > PLACES_SHOWN ? top + ", ... " + places.size() + " in all" : top;
    }

    private static String shown(Path cwd, Path p) {
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
