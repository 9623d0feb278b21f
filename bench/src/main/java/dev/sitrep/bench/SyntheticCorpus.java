package dev.sitrep.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates news-like articles from a seeded template: casualty figures with bounds and victims,
 * place names of every kind (cities, countries, regions, demonyms, "City, Country"), dates, ages,
 * money and quotes. The same seed always gives the same corpus.
 *
 * <p>Densities follow what the engine finds in real news (US local and UK/world news articles): about
 * one casualty figure and two to three distinct places per thousand characters, most places named more
 * than once. A denser corpus would measure an unusual article, not the news.
 *
 * <p>Its vocabulary is not the news's: a few hundred words and a hundred-odd names, so the engine's per-thread
 * caches of words and of names' candidates almost always hit on it. Real news of the same length costs the engine about
 * twice as much (3.8 KB of two LGL articles joined: 114 us against 51), which the report says beside its figures.
 */
public final class SyntheticCorpus {

    private static final String[] CITIES = {
        "Kabul", "Kandahar", "Mosul", "Aleppo", "Idlib", "Homs", "Sanaa", "Aden", "Taiz", "Mogadishu",
        "Kismayo", "Maiduguri", "Kano", "Lagos", "Bamako", "Gao", "Timbuktu", "Niamey", "Ouagadougou",
        "Khartoum", "El Fasher", "Juba", "Goma", "Beni", "Bunia", "Kharkiv", "Kyiv", "Odesa", "Donetsk",
        "Mariupol", "Kherson", "Gaza City", "Rafah", "Khan Younis", "Jenin", "Nablus", "Beirut", "Tripoli",
        "Benghazi", "Baghdad", "Basra", "Kirkuk", "Peshawar", "Quetta", "Karachi", "Lahore", "Kashmir",
        "Srinagar", "Manila", "Marawi", "Cotabato", "Yangon", "Mandalay", "Bogota", "Cali", "Medellin",
        "Culiacan", "Tijuana", "Chicago", "Baltimore", "Houston", "Springfield, Illinois", "Paris",
        "London", "Sochi", "Kazan", "Vienna", "Geneva", "Nairobi", "Addis Ababa", "Mekelle", "Port-au-Prince"};
    private static final String[] COUNTRIES = {
        "Afghanistan", "Iraq", "Syria", "Yemen", "Somalia", "Nigeria", "Mali", "Niger", "Burkina Faso",
        "Sudan", "South Sudan", "the Democratic Republic of Congo", "Ukraine", "Russia", "Israel", "Lebanon",
        "Libya", "Pakistan", "India", "the Philippines", "Myanmar", "Colombia", "Mexico", "the United States",
        "France", "Armenia", "Azerbaijan", "Ethiopia", "Kenya", "Haiti", "Georgia", "Turkey"};
    private static final String[] DEMONYMS = {
        "Afghan", "Iraqi", "Syrian", "Yemeni", "Somali", "Nigerian", "Malian", "Sudanese", "Ukrainian",
        "Russian", "Israeli", "Palestinian", "Lebanese", "Pakistani", "Indian", "Filipino", "Colombian",
        "Mexican", "American", "French", "Armenian", "Azerbaijani", "Ethiopian", "Kenyan", "Haitian"};
    private static final String[] VICTIMS = {
        "civilians", "soldiers", "police officers", "militants", "people", "children", "women",
        "protesters", "villagers", "fighters", "security personnel", "passengers", "students", "workers"};
    private static final String[] NUMBER_WORDS = {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "twenty-three", "thirty", "forty-one", "a dozen", "dozens of", "scores of", "hundreds of"};
    private static final String[] BOUNDS = {"", "", "", "at least ", "more than ", "nearly ", "about ", "up to ", "over "};
    private static final String[] KILL_VERBS = {"killed", "were killed", "died", "were shot dead", "lost their lives", "dead"};
    private static final String[] HURT_VERBS = {"wounded", "were injured", "were hospitalised", "suffered injuries"};
    private static final String[] OTHER = {
        "were abducted", "were detained", "were arrested", "remain missing", "were taken hostage", "fled their homes"};
    private static final String[] PEOPLE = {
        "President Emmanuel Macron", "Jordan Peterson", "Governor Smith", "Minister Sergey Lavrov",
        "spokesman Ahmed Hassan", "Colonel Maria Lopez", "Dr. Paul Reading", "the Washington Post"};
    private static final String[] FILLER = {
        "The incident took place late on {day} night, according to local officials who spoke on condition of anonymity.",
        "Witnesses described scenes of panic as residents ran for cover and emergency services struggled to reach the area.",
        "The government said it would open an investigation and promised compensation to the families of the victims.",
        "Humanitarian agencies warned that the situation could deteriorate further in the coming weeks if access is not restored.",
        "{person} told reporters on {day} that the security forces had regained control of the main roads leading into {here}.",
        "No group immediately claimed responsibility, although suspicion fell on armed groups active in the region since {year}.",
        "A 23-year-old man who was arrested at the scene is due to appear in court at 9 a.m. on {day}, police said.",
        "Prices of fuel and food have risen by {n} percent since the start of the year, according to the World Bank.",
        "The convoy was travelling along Route 66 towards the border when it came under fire, a source said.",
        "Under Article 5 of the agreement, both sides committed to withdraw heavy weapons by the 14th of the month.",
        "Officials seized $850,000 in cash and 8 kilos of cocaine during the raid, the prosecutor's office said.",
        "\"We will not allow this to happen again,\" {person} said in a statement released after the meeting in {city}.",
        "The talks in {city}, mediated by {demonym} diplomats, ended without an agreement on a ceasefire.",
        "Since {year}, more than {big} people have died in the conflict, according to the United Nations.",
        "Shops in the centre of {here} remained closed on {day} and schools sent pupils home early.",
        "The authorities in {nation} have imposed a curfew from dusk to dawn and suspended mobile internet in several districts.",
        "Local media broadcast images of burned vehicles and damaged buildings along the main road.",
        "The army said in a statement that it had deployed additional troops and would pursue those responsible.",
        "Residents said the electricity supply had been cut for most of the week and water was running short.",
        "Aid workers said they had been unable to deliver supplies because of the fighting and the state of the roads.",
        "The United Nations envoy called on all sides to exercise restraint and return to talks without preconditions.",
        "The opposition accused the government of failing to protect civilians and called for an independent inquiry.",
        "Analysts said the violence could threaten a fragile truce agreed earlier this year after months of negotiations.",
        "Flights to {city} were cancelled for a second day as the airport remained closed.",
        "Hospitals in {here} appealed for blood donations, saying their stocks were running low.",
        "The {demonym} foreign ministry condemned the attack and offered its condolences to the people of {nation}.",
        "It was not immediately possible to verify the reports independently, as journalists have limited access to the area.",
        "The prime minister is expected to address parliament on {day} to set out the government's response.",
        "Markets reopened on {day} morning, although traders said business remained slow and many customers stayed away.",
        "The region has been hit by repeated attacks over the past year, forcing thousands of families to leave their homes."};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private static final ObjectMapper MAPPER = Json.mapper();

    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** {@code count} articles of about {@code targetChars} characters each. */
    public List<String> articles(int count, int targetChars) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(random.split(), targetChars));
        }
        return out;
    }

    /** One article as a contract input JSON line. */
    public static String toJsonLine(String id, String title, String text) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", id);
        json.put("title", title);
        json.put("text", text);
        return json.toString();
    }

    /** A headline for an article made by {@link #article}. */
    public static String headline(String text) {
        int dot = text.indexOf(". ");
        String first = dot > 0 ? text.substring(0, dot) : text;
        return first.length() > 90 ? first.substring(0, 90) : first;
    }

    private static String article(SplittableRandom r, int targetChars) {
        StringBuilder sb = new StringBuilder(targetChars + 400);
        String here = pick(r, CITIES);
        String nation = pick(r, COUNTRIES);
        sb.append(casualtySentence(r, here, nation)).append(' ');
        while (sb.length() < targetChars) {
            // About one casualty sentence in twenty: with the lead and the headline, 3 to 5 figures an article
            if (r.nextInt(20) == 0) {
                sb.append(casualtySentence(r, r.nextBoolean() ? here : pick(r, CITIES), nation));
            } else {
                sb.append(filler(r, here, nation));
            }
            sb.append(r.nextInt(5) == 0 ? "\n" : " ");
        }
        return sb.toString().trim();
    }

    private static String casualtySentence(SplittableRandom r, String city, String country) {
        String n = r.nextInt(3) == 0 ? pick(r, NUMBER_WORDS) : String.valueOf(2 + r.nextInt(r.nextInt(4) == 0 ? 3000 : 60));
        String victims = (r.nextBoolean() ? pick(r, DEMONYMS) + " " : "") + pick(r, VICTIMS);
        String bound = pick(r, BOUNDS);
        return switch (r.nextInt(6)) {
            case 0 -> capital(bound) + n + " " + victims + " " + pick(r, KILL_VERBS) + " in " + city + ", "
                    + country + ", on " + pick(r, DAYS) + " when gunmen opened fire on a market.";
            case 1 -> "An air strike near " + city + " killed " + bound + n + " " + victims + " and wounded "
                    + (3 + r.nextInt(40)) + " others, " + pick(r, DEMONYMS) + " officials said.";
            case 2 -> "The death toll from the attack in " + city + " rose to " + n + ", while " + (1 + r.nextInt(90))
                    + " " + pick(r, VICTIMS) + " " + pick(r, HURT_VERBS) + ", the health ministry of " + country + " said.";
            case 3 -> capital(bound) + n + " " + victims + " " + pick(r, OTHER) + " in the " + pick(r, DEMONYMS)
                    + " province around " + city + " last week.";
            case 4 -> "No one was killed in the blast in " + city + ", but the militants threatened to kill "
                    + n + " hostages if their demands were not met.";
            default -> "Clashes between " + (100 + r.nextInt(300)) + " fighters and the army in " + country
                    + " left " + bound + n + " " + victims + " dead and " + (1 + r.nextInt(30)) + " injured.";
        };
    }

    private static String filler(SplittableRandom r, String here, String nation) {
        return pick(r, FILLER)
                .replace("{day}", pick(r, DAYS))
                .replace("{person}", pick(r, PEOPLE))
                .replace("{here}", here)
                .replace("{nation}", nation)
                .replace("{city}", pick(r, CITIES))
                .replace("{demonym}", pick(r, DEMONYMS))
                .replace("{year}", String.valueOf(1990 + r.nextInt(35)))
                .replace("{n}", String.valueOf(2 + r.nextInt(40)))
                .replace("{big}", String.format(java.util.Locale.ROOT, "%,d", 1000 + r.nextInt(400_000)));
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
