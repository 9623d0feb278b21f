package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.WordSet;
import dev.sitrep.enrich.text.Quantity;
import dev.sitrep.enrich.text.QuantityForm;
import dev.sitrep.enrich.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the casualty figures of one sentence: matches casualty words, reads each one's count from
 * the side its role says, and drops what is denied, hypothetical or past. Immutable and thread-safe.
 */
final class SentenceReader {

    /** Words before a count that point back to victims already introduced: "the two men", "all 5". */
    private static final WordSet REFERRING = WordSet.of("the", "these", "those", "all", "both", "of");

    private final TriggerLexicon lexicon;

    SentenceReader(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The figures of one sentence; {@code groupBase} numbers its readings so that totals can tell
     * coordinated figures apart from separate ones.
     */
    List<Candidate> read(SentenceTokens s, int groupBase) {
        return read(s, groupBase, 0);
    }

    /** The figures of casualty phrases starting at or after offset {@code from}; earlier text is context only. */
    List<Candidate> read(SentenceTokens s, int groupBase, int from) {
        List<Candidate> out = new ArrayList<>();
        read(s, groupBase, from, out);
        return out.isEmpty() ? List.of() : out;
    }

    /**
     * {@link #read(SentenceTokens, int, int)}, adding the figures to {@code out}, which holds those of the sentences
     * before: most sentences read have none, and a list per sentence would only be copied into the article's.
     */
    void read(SentenceTokens s, int groupBase, int from, List<Candidate> out) {
        List<Trigger> triggers = triggers(s, from);
        if (triggers.isEmpty()) {
            return;
        }
        List<Reading> readings = new ArrayList<>(triggers.size());
        boolean found = false;
        List<Part> previous = List.of();
        for (int t = 0; t < triggers.size(); t++) {
            Trigger tr = triggers.get(t);
            Reading r = read(s, tr);
            if (r.elided()) {
                r = Reading.of(previous);
            }
            readings.add(r);
            if (!r.doubted()) {
                previous = r.parts();
                found |= r.found();
            }
        }
        if (!found) {
            return;
        }
        ClauseChecks.Flags flags = ClauseChecks.flags(s);
        if (flags.history()) {
            return;
        }
        int sentenceStart = out.size(); // repeats are looked for among this sentence's figures only
        UsedParts used = new UsedParts();
        for (int i = 0; i < triggers.size(); i++) {
            Trigger tr = triggers.get(i);
            Reading r = readings.get(i);
            int group = groupBase + i + 1;
            if (r.doubted() || flags.protest() && background(s, tr)) {
                continue;
            }
            List<Part> parts = r.parts();
            for (int k = 0; k < parts.size(); k++) {
                Part p = parts.get(k);
                if (p.best() > 0 && used.add(tr.kind(), p.first())) {
                    Candidate c = candidate(s, tr, p, group, flags.alternative(), parts.size() > 1);
                    if (!repeated(out, sentenceStart, c)) {
                        out.add(c);
                    }
                }
            }
        }
    }

    /** The counts already taken, by kind and first token: a sentence has a handful, so a short array holds them. */
    private static final class UsedParts {
        private long[] keys = new long[4];
        private int size;

        /** False when this kind and token were taken already; else takes them. */
        boolean add(CasualtyKind kind, int firstToken) {
            long key = (long) kind.ordinal() << 32 | firstToken;
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    return false;
                }
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
            return true;
        }
    }

    /** Pages often repeat a caption or a paragraph inside one run-on sentence: {@code earlier[from, ..)} is that sentence's. */
    private static boolean repeated(List<Candidate> earlier, int from, Candidate c) {
        for (int i = from; i < earlier.size(); i++) {
            Candidate e = earlier.get(i);
            if (e.kind() == c.kind() && e.best() == c.best() && e.evidence().equals(c.evidence())) {
                return true;
            }
        }
        return false;
    }

    private List<Trigger> triggers(SentenceTokens s, int from) {
        List<Trigger> out = null; // made for the first phrase: many sentences read hold none
        int i = 0;
        while (i < s.size() && s.get(i).start() < from) {
            i++;
        }
        while (i < s.size()) {
            Trigger tr = lexicon.match(s.tokens(), i);
            if (tr == null || excluded(s, tr)) {
                i++;
            } else {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(tr);
                i = tr.end();
            }
        }
        return out == null ? List.of() : out;
    }

    /** How far after "sent" its "to the hospital" may come: "sent one man to the hospital". */
    private static final int SENT_TO_HOSPITAL_WINDOW = 8;

    /**
     * "shot at" and "shot down" hit no one; "dead end" and "dead heat" are idioms; "sent" injures only whom it
     * sends to hospital.
     */
    private static boolean excluded(SentenceTokens s, Trigger tr) {
        String first = tr.phrase().words().get(0);
        if (onlyToHospital(tr.phrase())) {
            return !toHospital(s, tr.end());
        }
        if (tr.end() >= s.size()) {
            return false;
        }
        Token next = s.get(tr.end());
        return tr.kind() == CasualtyKind.SHOT && (next.is("at") || next.is("down") || next.is("up"))
                || first.equals("dead") && (next.is("end") || next.is("heat") || next.is("zone"));
    }

    /**
     * Whether the phrase counts a casualty only with "to hospital" after it ("sent", "sending"): {@link PhraseScreen}
     * rules out such a phrase in a sentence with no "hospital" after it.
     */
    static boolean onlyToHospital(TriggerPhrase p) {
        String first = p.words().get(0);
        return first.equals("sent") || first.equals("sending");
    }

    /** "to the hospital", "to a local hospital", "to hospital" within a few words from {@code from}. */
    private static boolean toHospital(SentenceTokens s, int from) {
        for (int k = from; k < s.size() && k < from + SENT_TO_HOSPITAL_WINDOW; k++) {
            if (!s.get(k).is("to")) {
                continue;
            }
            for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
                if (s.get(j).is("hospital") || s.get(j).is("hospitals")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Reading read(SentenceTokens s, Trigger tr) {
        return switch (tr.role()) {
            case SUBJECT -> SubjectReader.read(s, tr);
            case OBJECT -> ObjectReader.read(s, tr);
            case NOUN -> NounReader.counted(s, tr);
            case TOLL -> {
                Reading r = NounReader.toll(s, tr);
                yield r.found() || r.doubted() ? r : NounReader.counted(s, tr);
            }
            case VERB -> verb(s, tr);
        };
    }

    /** A verb read either way: passive or bare participle leftwards, active rightwards. */
    private static Reading verb(SentenceTokens s, Trigger tr) {
        Quantity before = s.quantityEndingAt(tr.first() - 1);
        if (passive(s, tr.first()) || before != null && before.form() == QuantityForm.NUMERAL) {
            return SubjectReader.read(s, tr);
        }
        Reading object = ObjectReader.read(s, tr);
        if (object.found() || object.doubted() || ObjectReader.objectFollows(s, tr.end())) {
            return object;
        }
        return SubjectReader.read(s, tr);
    }

    private static boolean passive(SentenceTokens s, int at) {
        for (int k = at - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
            Token t = s.get(k);
            if (Words.BE.contains(t) && !acronym(s, k)) {
                return true;
            }
            if (Words.coordinatedParticiple(s, k)) {
                return true; // "was stoned and stabbed to death"
            }
            if (!(Words.isAdverb(t) || t.is("also") || t.is("reportedly") || t.is("allegedly") || t.is("later")
                    || t.is("not") || t.endsWith("n't") || t.is("never") || t.is("all") || t.is("both"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "IS" in "gunmen believed to belong to IS shot and killed a man" is Islamic State, not a verb: a word in
     * capitals after a lower-case word, in a sentence not set in capitals.
     */
    private static boolean acronym(SentenceTokens s, int k) {
        Token t = s.get(k);
        return t.length() >= 2 && Character.isUpperCase(s.text().charAt(t.start() + 1)) && k > 0
                && s.get(k - 1).isWord() && !s.get(k - 1).capitalized();
    }

    /** In a protest, "the killing of" or "who died" names the grievance, not a new event. */
    private static boolean background(SentenceTokens s, Trigger tr) {
        if (tr.role() == TriggerRole.TOLL) {
            return true;
        }
        for (int k = tr.first() - 1; k >= Math.max(0, tr.first() - 4); k--) {
            Token t = s.get(k);
            if (t.lowerIs("who") || t.lowerIs("those") || t.lowerIs("whose")) {
                return true;
            }
        }
        return false;
    }

    /** "shot two men to death": a shooting's object followed by "to death" was killed. */
    private static CasualtyKind kind(SentenceTokens s, Trigger tr, Part p) {
        int after = Math.max(p.last(), tr.end() - 1) + 1;
        if (tr.kind() == CasualtyKind.SHOT && tr.role() == TriggerRole.VERB && p.first() >= tr.end()
                && after + 1 < s.size() && s.get(after).is("to") && s.get(after + 1).is("death")) {
            return CasualtyKind.KILLED;
        }
        return tr.kind();
    }

    /**
     * @param coordinated one of several victims named together, counted each: "the deaths of a woman and a boy"
     *                    is two, where a lone "the deaths of 30 people" is a toll
     */
    private static Candidate candidate(SentenceTokens s, Trigger tr, Part p, int group, boolean alternative,
            boolean coordinated) {
        int firstToken = Math.min(p.first(), tr.first());
        int lastToken = Math.max(p.last(), tr.end() - 1);
        int start = s.get(firstToken).start();
        int end = s.get(lastToken).end();
        boolean additive = false;
        for (int k = Math.max(0, firstToken - 1); k <= lastToken && !additive; k++) {
            additive = Words.ADDITIVE.contains(s.get(k));
        }
        boolean total = p.total() || tr.role() == TriggerRole.TOLL && !p.definite() && !coordinated
                || inAll(s, lastToken + 1);
        boolean referring = p.definite() || s.get(p.first()).is("both")
                || p.first() > 0 && REFERRING.contains(s.get(p.first() - 1));
        return new Candidate(kind(s, tr, p), p.best(), p.low(), p.high(), p.qualifier(), p.victims(), s.field(), start, end,
                s.text().substring(start, end), s.sentence(), group, referring, additive, total, alternative);
    }

    /** "5 in all", "in total", "altogether" right after the figure. */
    private static boolean inAll(SentenceTokens s, int k) {
        if (k < s.size() && s.get(k).is("altogether")) {
            return true;
        }
        return k + 1 < s.size() && s.get(k).is("in") && (s.get(k + 1).is("all") || s.get(k + 1).is("total"));
    }
}
