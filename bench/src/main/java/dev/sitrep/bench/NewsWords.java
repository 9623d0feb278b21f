package dev.sitrep.bench;

import dev.sitrep.enrich.geo.extractor.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Words for synthetic articles, with a news-sized vocabulary: the lowercase English words and the given
 * names bundled with the engine (SCOWL and Moby lists), sorted into rough parts of speech by their endings and drawn
 * by a Zipf law, plus common surnames. Real news uses thousands of distinct words per hundred thousand; a corpus of a
 * few hundred would let the engine's per-thread caches of words and names hit on nearly every word and measure
 * a cost that real news never has.
 *
 * <p>The words are real but their order is not: the rank of each word is a fixed shuffle, so "luxuriates" may be
 * as common as "reaches". The engine's cost depends on how many distinct words it meets and on how the
 * sentences around names and numbers are built, which the templates give, not on which word is common.
 * Words of harm ("killed", "wounded", "arrested"...) are left out, so that the only casualty figures are the
 * ones the templates write. Immutable once built.
 */
final class NewsWords {

    /** Roots of words that would make casualty figures out of a random sentence. */
    private static final List<String> HARM = List.of("kill", "dead", "death", "die", "dying", "wound", "injur", "hurt",
            "shot", "shoot", "murder", "arrest", "detain", "missing", "kidnap", "abduct", "hostage", "displac", "fled",
            "flee", "evacu", "victim", "casualt", "fatal", "slain", "slay", "massacre", "hospital", "survivor", "toll",
            "execut", "behead", "stab", "gun", "bomb", "lynch", "captive", "captur", "jail", "prison", "custody",
            "homeless", "refugee", "perish", "drown", "strangl", "assassin", "bodies", "body", "corpse");
    private static final long SHUFFLE_SEED = 20_261_128L;

    private static final String[] SURNAMES = {
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
        "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson",
        "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner",
        "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook",
        "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos",
        "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray",
        "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross",
        "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler",
        "Henderson", "Barnes", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander",
        "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant",
        "Herrera", "Gibson", "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall",
        "Owens", "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry",
        "Chen", "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter",
        "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer",
        "Wagner", "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice",
        "Schmidt", "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner",
        "Payne", "Grant", "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce", "Vazquez", "Hansen", "Peters",
        "Santos", "Hart", "Bradley", "Knight", "Elliott", "Cunningham", "Duncan", "Armstrong", "Hudson", "Carroll",
        "Lane", "Riley", "Andrews", "Alvarado", "Ray", "Delgado", "Berry", "Perkins", "Hoffman", "Johnston",
        "Matthews", "Pena", "Richards", "Contreras", "Willis", "Carpenter", "Lawrence", "Sandoval", "Hassan", "Ahmed",
        "Ali", "Khan", "Hussein", "Ibrahim", "Abdullah", "Mohammed", "Okafor", "Mensah", "Otieno", "Mwangi", "Diallo",
        "Traore", "Kamara", "Singh", "Kumar", "Sharma", "Gupta", "Wang", "Li", "Zhang", "Liu", "Yang", "Huang",
        "Tanaka", "Suzuki", "Sato", "Park", "Choi", "Ivanov", "Petrov", "Kovalenko", "Shevchenko", "Novak", "Horvat",
        "Muller", "Schneider", "Fischer", "Weber", "Rossi", "Russo", "Ferrari", "Dubois", "Lefebvre", "Moreau",
        "Oliveira", "Souza", "Pereira", "Yilmaz", "Kaya", "Demir", "Haddad", "Nasser", "Mansour", "Karimi", "Rahman"};

    private final Zipf<String> nouns;
    private final Zipf<String> adjectives;
    private final Zipf<String> pastVerbs;
    private final Zipf<String> gerunds;
    private final Zipf<String> adverbs;
    private final Zipf<String> givenNames;
    private final Zipf<String> surnames;

    private NewsWords(List<String> englishWords, List<String> given) {
        List<String> nounList = new ArrayList<>();
        List<String> adjectiveList = new ArrayList<>();
        List<String> pastList = new ArrayList<>();
        List<String> gerundList = new ArrayList<>();
        List<String> adverbList = new ArrayList<>();
        for (String w : shuffled(englishWords)) {
            if (w.length() < 4 || HARM.stream().anyMatch(w::contains)) {
                continue;
            }
            if (w.endsWith("ly")) {
                adverbList.add(w);
            } else if (w.endsWith("ed")) {
                pastList.add(w);
            } else if (w.endsWith("ing")) {
                gerundList.add(w);
            } else if (w.endsWith("ous") || w.endsWith("ful") || w.endsWith("ive") || w.endsWith("able")
                    || w.endsWith("ible") || w.endsWith("al") || w.endsWith("ic") || w.endsWith("less")
                    || w.endsWith("ary") || w.endsWith("ent") || w.endsWith("ant")) {
                adjectiveList.add(w);
            } else {
                nounList.add(w);
            }
        }
        this.nouns = new Zipf<>(nounList, 1.0);
        this.adjectives = new Zipf<>(adjectiveList, 1.0);
        this.pastVerbs = new Zipf<>(pastList, 1.0);
        this.gerunds = new Zipf<>(gerundList, 1.0);
        this.adverbs = new Zipf<>(adverbList, 1.0);
        this.givenNames = new Zipf<>(shuffled(given).stream().filter(n -> n.length() > 2).map(NewsWords::capital).toList(), 1.0);
        this.surnames = new Zipf<>(List.of(SURNAMES), 0.8);
    }

    /** Reads the word lists bundled with the engine. */
    static NewsWords bundled() {
        return new NewsWords(Lexicon.bundledEnglishWords(), Lexicon.bundledGivenNames());
    }

    String noun(SplittableRandom r) {
        return nouns.draw(r);
    }

    String adjective(SplittableRandom r) {
        return adjectives.draw(r);
    }

    String pastVerb(SplittableRandom r) {
        return pastVerbs.draw(r);
    }

    String gerund(SplittableRandom r) {
        return gerunds.draw(r);
    }

    String adverb(SplittableRandom r) {
        return adverbs.draw(r);
    }

    String givenName(SplittableRandom r) {
        return givenNames.draw(r);
    }

    String surname(SplittableRandom r) {
        return surnames.draw(r);
    }

    static String capital(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static List<String> shuffled(List<String> words) {
        List<String> out = new ArrayList<>(words);
        SplittableRandom r = new SplittableRandom(SHUFFLE_SEED);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            out.set(i, out.set(j, out.get(i)));
        }
        return out;
    }
}
