package dev.sitrep.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one ingest run did.
 *
 * @param files       files read
 * @param read        records read
 * @param sent        records the broker acknowledged
 * @param invalidSent of those, records that are not valid articles and will be dead-lettered, by reason
 * @param rejected    records not sent, by reason
 * @param failed      records whose send failed
 * @param stopped     true when ingest was stopped before the end of its input
 * @param unsent      where the records that failed or were never read after a failure came from, or empty
 */
public record IngestSummary(int files, long read, long sent, Map<String, Long> invalidSent,
                            Map<String, Long> rejected, long failed, boolean stopped, String unsent) {

    public IngestSummary {
        invalidSent = Map.copyOf(new TreeMap<>(invalidSent));
        rejected = Map.copyOf(new TreeMap<>(rejected));
    }

    public long invalidCount() {
        return invalidSent.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rejectedCount() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when every record read was sent or deliberately rejected. */
    public boolean complete() {
        return failed == 0 && !stopped;
    }

    /** The one-line summary printed at the end. */
    public String line() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "ingest: read %d from %d file%s, sent %d", read, files, files == 1 ? "" : "s", sent));
        if (!invalidSent.isEmpty()) {
            b.append(" (").append(invalidCount()).append(" invalid, to be dead-lettered: ")
                    .append(counts(invalidSent)).append(')');
        }
        b.append(", rejected ").append(rejectedCount());
        if (!rejected.isEmpty()) {
            b.append(" (").append(counts(rejected)).append(')');
        }
        if (failed > 0) {
            b.append(", FAILED ").append(failed);
        }
        if (stopped) {
            b.append(", stopped before the end of the input");
        }
        if (unsent != null && !unsent.isEmpty()) {
            b.append("; NOT SENT: ").append(unsent);
        }
        return b.toString();
    }

    private static String counts(Map<String, Long> byReason) {
        return new TreeMap<>(byReason).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
