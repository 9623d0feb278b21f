package dev.sitrep.enrich.casualty;

import java.util.Map;
import java.util.Set;

/** Tells kinds of victims apart, so that "3 soldiers" and "2 civilians" are seen as different people. */
final class Victims {

    /** Heads that could name anyone, so a figure with one of them may include the others. */
    private static final Set<String> GENERIC = Set.of("people", "person", "persons", "individual", "individuals",
            "victim", "victims", "other", "others", "dead", "casualty", "casualties", "resident", "residents",
            "one", "ones", "body", "bodies", "life", "lives", "member", "members", "more", "each", "he", "she",
            "him", "her", "his", "their", "they", "them", "its", "the", "both", "all", "who", "whom", "himself",
            "herself", "themselves");

    private static final Map<String, String> SINGULAR = Map.of("men", "man", "women", "woman", "children", "child",
            "people", "person", "policemen", "policeman", "gunmen", "gunman", "servicemen", "serviceman");

    private Victims() {
    }

    /** The singular head of a victim phrase ("Taliban militants" gives "militant"), or null when generic or absent. */
    static String category(String victims) {
        String head = NounPhrase.head(victims);
        if (head == null || GENERIC.contains(head) || !Character.isLetter(head.charAt(0))) {
            return null;
        }
        String singular = SINGULAR.get(head);
        if (singular != null) {
            return singular;
        }
        if (head.endsWith("ies") && head.length() > 4) {
            return head.substring(0, head.length() - 3) + "y";
        }
        if (head.endsWith("s") && !head.endsWith("ss") && head.length() > 3) {
            return head.substring(0, head.length() - 1);
        }
        return head;
    }
}
