package dev.sitrep.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records ingest did not get into the topic, by where they were read, for the one line that tells the
 * user what to send again: {@code in.jsonl:1-500, 730 and everything after in.jsonl:731; b.jsonl}.
 * Thread-safe.
 */
final class UnsentRecords {

    private static final Pattern LINE = Pattern.compile("(.*):(\\d+)");
    private static final int RANGES_SHOWN = 10;

    private final Map<String, TreeSet<Long>> lines = new LinkedHashMap<>();
    private final List<String> whole = new ArrayList<>();
    private String notReadFrom;

    /** A record whose send failed, by its origin ({@code file:line}, {@code file#index} or {@code file}). */
    synchronized void add(String origin) {
        Matcher m = LINE.matcher(origin);
        if (m.matches()) {
            lines.computeIfAbsent(m.group(1), f -> new TreeSet<>()).add(Long.parseLong(m.group(2)));
        } else {
            whole.add(origin);
        }
    }

    /** Reading stopped at this record (or file): neither it nor anything after it was sent. */
    synchronized void notReadFrom(String origin) {
        if (notReadFrom == null) {
            notReadFrom = origin;
        }
    }

    /** A file that was never opened. */
    synchronized void notRead(String file) {
        whole.add(file);
    }

    synchronized boolean isEmpty() {
        return lines.isEmpty() && whole.isEmpty() && notReadFrom == null;
    }

    /** What was not sent, or an empty string. */
    synchronized String describe() {
        List<String> parts = new ArrayList<>();
        lines.forEach((file, numbers) -> parts.add(file + ":" + ranges(numbers)));
        if (notReadFrom != null) {
            parts.add("everything from " + notReadFrom + " on");
        }
        parts.addAll(whole);
        return String.join("; ", parts);
    }

    private static String ranges(TreeSet<Long> numbers) {
        List<String> out = new ArrayList<>();
        Long start = null;
        long prev = 0;
        int more = 0;
        for (long n : numbers) {
            if (start != null && n == prev + 1) {
                prev = n;
                continue;
            }
            if (start != null) {
                if (out.size() < RANGES_SHOWN) {
                    out.add(range(start, prev));
                } else {
                    more++;
                }
            }
            start = n;
            prev = n;
        }
        if (start != null) {
            if (out.size() < RANGES_SHOWN) {
                out.add(range(start, prev));
            } else {
                more++;
            }
        }
        String shown = String.join(",", out);
        return more == 0 ? shown : shown + " and " + more + " more ranges";
    }

    private static String range(long from, long to) {
        return from == to ? Long.toString(from) : from + "-" + to;
    }
}
