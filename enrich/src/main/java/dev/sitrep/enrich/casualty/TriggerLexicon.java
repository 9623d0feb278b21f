package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.Token;
import dev.sitrep.enrich.text.WordTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.sitrep.enrich.casualty.CasualtyKind.ARRESTED;
import static dev.sitrep.enrich.casualty.CasualtyKind.DISPLACED;
import static dev.sitrep.enrich.casualty.CasualtyKind.INJURED;
import static dev.sitrep.enrich.casualty.CasualtyKind.KIDNAPPED;
import static dev.sitrep.enrich.casualty.CasualtyKind.KILLED;
import static dev.sitrep.enrich.casualty.CasualtyKind.MISSING;
import static dev.sitrep.enrich.casualty.CasualtyKind.SHOT;
import static dev.sitrep.enrich.casualty.TriggerRole.NOUN;
import static dev.sitrep.enrich.casualty.TriggerRole.OBJECT;
import static dev.sitrep.enrich.casualty.TriggerRole.SUBJECT;
import static dev.sitrep.enrich.casualty.TriggerRole.TOLL;
import static dev.sitrep.enrich.casualty.TriggerRole.VERB;

/**
 * The casualty words and idioms of news English, matched longest first. Immutable and thread-safe.
 */
final class TriggerLexicon {

    private final List<TriggerPhrase> phrases;
    private final WordTable<List<TriggerPhrase>> byFirstWord;

    private TriggerLexicon(List<TriggerPhrase> phrases) {
        Map<String, List<TriggerPhrase>> map = new HashMap<>();
        for (TriggerPhrase p : phrases) {
            map.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
        }
        map.values().forEach(list -> list.sort(Comparator.comparingInt((TriggerPhrase p) -> p.words().size()).reversed()));
        map.replaceAll((k, v) -> List.copyOf(v));
        this.phrases = List.copyOf(phrases);
        this.byFirstWord = new WordTable<>(map);
    }

    /** Words too common in news to be worth a look on their own; a phrase is found by another of its words. */
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "to", "in", "with", "by", "and", "his",
            "her", "their", "found", "reported", "taken", "took", "taking", "several", "multiple", "number",
            "claimed", "claiming", "left", "made", "forced", "still", "went", "remain", "remained", "held", "people",
            "pronounced", "declared", "confirmed", "own", "local", "area", "suffered", "sustained", "suffering",
            "treated", "transported", "rushed", "seriously", "critically", "slightly", "once", "twice", "times",
            "instantly", "run", "hit", "struck", "stray", "remains", "seized", "rounded", "police", "fatal",
            "deadly", "gunshot");

    /**
     * One word of every phrase, for a cheap first scan of the text: a sentence holding none of them
     * holds no phrase. Each phrase's {@link #anchor}, in alphabetical order.
     */
    List<String> anchors() {
        Set<String> out = new TreeSet<>();
        for (TriggerPhrase p : phrases) {
            out.add(p.words().get(anchor(p)));
        }
        return List.copyOf(out);
    }

    /** The phrases, grouped by their {@link #anchor} word. */
    Map<String, List<TriggerPhrase>> byAnchor() {
        Map<String, List<TriggerPhrase>> out = new HashMap<>();
        for (TriggerPhrase p : phrases) {
            out.computeIfAbsent(p.words().get(anchor(p)), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** The index of the phrase's anchor word: the longest word that is not common, "condition", not "in". */
    static int anchor(TriggerPhrase p) {
        String best = "";
        int at = -1;
        for (int k = 0; k < p.words().size(); k++) {
            String w = p.words().get(k);
            boolean better = best.isEmpty() || COMMON.contains(best) && !COMMON.contains(w)
                    || COMMON.contains(best) == COMMON.contains(w) && w.length() > best.length();
            if (better && w.chars().allMatch(Character::isLetter)) {
                best = w;
                at = k;
            }
        }
        return at;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Trigger match(List<Token> tokens, int i) {
        List<TriggerPhrase> candidates = byFirstWord.get(tokens.get(i));
        if (candidates == null) {
            return null;
        }
        for (int c = 0; c < candidates.size(); c++) {
            TriggerPhrase p = candidates.get(c);
            List<String> words = p.words();
            if (i + words.size() > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < words.size() && match; k++) {
                match = tokens.get(i + k).is(words.get(k));
            }
            if (match) {
                return new Trigger(p, i, i + words.size());
            }
        }
        return null;
    }

    static TriggerLexicon english() {
        List<TriggerPhrase> all = new ArrayList<>();
        add(all, KILLED, VERB, "killed", "murdered", "executed", "massacred", "slaughtered", "assassinated",
                "beheaded", "lynched", "shot dead", "shot and killed", "gunned down", "fatally shot",
                "fatally stabbed", "stabbed to death", "beaten to death", "hacked to death", "burned to death",
                "burnt to death", "shot to death", "bludgeoned to death", "strangled to death", "clubbed to death",
                "stoned to death", "tortured to death", "crushed to death", "fatally wounded", "fatally injured",
                "mowed down", "shot and fatally wounded", "run over and killed", "struck and killed",
                "hit and killed", "mortally wounded", "mortally injured");
        add(all, KILLED, SUBJECT, "dead", "died", "slain", "perished", "lost their lives", "lost his life",
                "lost her life", "lost their life", "deceased", "fatally", "succumbed", "found dead", "confirmed dead",
                "pronounced dead", "declared dead", "lives were lost", "lives lost", "took his own life",
                "took her own life", "took their own lives", "taken his own life", "taken her own life", "passed away");
        add(all, KILLED, OBJECT, "killing", "kills", "kill", "murdering", "executing", "massacring",
                "shooting dead", "claimed the lives of", "claiming the lives of", "took the lives of",
                "taking the lives of", "claimed the life of", "claiming the life of", "took the life of",
                "fatally shooting", "fatally wounding");
        add(all, KILLED, NOUN, "deaths", "death", "fatalities", "fatality", "bodies", "corpses", "dead bodies",
                "lives", "fatal casualties", "homicide victims", "fatal shooting", "deadly shooting",
                "fatal shootings", "deadly shootings", "fatal stabbing", "fatal stabbings", "shooting death",
                "shooting deaths");
        add(all, KILLED, TOLL, "death toll", "toll", "deaths of", "death of", "killing of", "killings of",
                "murder of", "murders of", "bodies of", "body of", "corpses of", "corpse of", "remains of",
                "dead body of", "dead bodies of", "lives of", "fatality count", "number of dead",
                "number of deaths", "number of people killed", "number of fatalities", "fatal shooting of",
                "deadly shooting of", "shooting death of", "shooting deaths of", "fatal stabbing of");

        add(all, INJURED, VERB, "wounded", "injured", "hurt", "hospitalised", "hospitalized", "shot and wounded",
                "shot and injured", "stabbed and wounded", "critically wounded", "seriously wounded",
                "seriously injured", "critically injured", "slightly injured", "non-fatally shot", "maimed", "grazed");
        add(all, INJURED, SUBJECT, "suffered injuries", "sustained injuries", "suffered wounds", "sustained wounds",
                "suffered minor injuries", "suffered serious injuries", "sustained minor injuries",
                "sustained serious injuries", "treated for injuries", "in critical condition",
                "in stable condition", "in serious condition", "in fair condition", "in good condition");
        add(all, INJURED, OBJECT, "wounding", "injuring", "hurting", "maiming", "sent", "sending");
        add(all, INJURED, NOUN, "injuries", "injured people", "injured persons", "wounded people",
                "non-fatal casualties", "non-fatal shooting", "non-fatal shootings", "nonfatal shooting",
                "nonfatal shootings", "non-fatal stabbing", "nonfatal stabbing");

        add(all, SHOT, VERB, "shot", "struck by gunfire", "hit by gunfire", "struck by bullets", "hit by bullets",
                "struck by a bullet", "hit by a bullet", "struck by stray bullets", "hit by stray bullets",
                "struck by a stray bullet", "hit by a stray bullet", "shot multiple times", "shot several times",
                "shot once", "shot twice");
        add(all, SHOT, SUBJECT, "suffered gunshot wounds", "sustained gunshot wounds", "suffered a gunshot wound",
                "sustained a gunshot wound", "suffered gunshot injuries", "sustained gunshot injuries",
                "suffered multiple gunshot wounds", "suffering from a gunshot wound", "suffering from gunshot wounds",
                "suffering gunshot wounds", "suffering a gunshot wound", "with a gunshot wound", "with gunshot wounds",
                "with multiple gunshot wounds", "treated for gunshot wounds", "treated for a gunshot wound",
                "taken to hospital", "taken to the hospital", "taken to a hospital", "rushed to hospital",
                "rushed to the hospital", "rushed to a hospital", "transported to the hospital",
                "transported to a hospital", "transported to hospital", "taken to an area hospital",
                "taken to a local hospital", "transported to a local hospital", "transported to an area hospital");
        add(all, SHOT, OBJECT, "shooting");
        add(all, SHOT, NOUN, "shooting victims", "gunshot victims", "gunshot wound victims");

        add(all, MISSING, SUBJECT, "missing", "unaccounted for", "went missing", "remain missing",
                "remained missing", "still missing", "reported missing");

        add(all, KIDNAPPED, VERB, "kidnapped", "abducted", "taken hostage", "held hostage", "taken captive",
                "seized and abducted");
        add(all, KIDNAPPED, OBJECT, "kidnapping", "abducting", "taking hostage");
        add(all, KIDNAPPED, NOUN, "hostages", "abductees", "kidnap victims", "abductions", "kidnappings");

        add(all, ARRESTED, VERB, "arrested", "detained", "apprehended", "taken into custody", "rounded up",
                "taken into police custody");
        add(all, ARRESTED, OBJECT, "arresting", "detaining", "apprehending");
        add(all, ARRESTED, NOUN, "arrests", "detainees");

        add(all, DISPLACED, VERB, "displaced", "evacuated", "uprooted");
        add(all, DISPLACED, SUBJECT, "fled their homes", "fled their villages", "forced from their homes",
                "forced to flee", "made homeless", "left homeless");
        add(all, DISPLACED, OBJECT, "displacing", "forcing from their homes");
        return new TriggerLexicon(all);
    }

    private static void add(List<TriggerPhrase> all, CasualtyKind kind, TriggerRole role, String... phrases) {
        for (String phrase : phrases) {
            all.add(new TriggerPhrase(Arrays.asList(phrase.replace("-", " - ").split(" +")), kind, role));
        }
    }
}
