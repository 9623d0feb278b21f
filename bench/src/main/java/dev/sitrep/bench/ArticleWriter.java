package dev.sitrep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes one synthetic article: a casualty lead, then sentences from news templates whose slots take
 * people, organisations, places, dates, numbers and words drawn from {@link NewsWords} and {@link NewsPlaces},
 * with a casualty sentence now and then. People are named in full once and by surname after, as news does.
 * One writer per article; not thread-safe.
 */
final class ArticleWriter {

    /**
     * Sentence templates. Slots: {person} a new person named in full, {they} one named before (by surname),
     * {title} a title, {org} an organisation, {home} the article's place, {homeIn} with its state or country,
     * {region}, {country}, {near} a place nearby, {away} one elsewhere, {day} {month} {date} {year} {time},
     * {n} a small number, {big} a large one, {age}, {money}, {pct}, {street} an address, {w} a noun, {ws} nouns,
     * {W} a capitalized noun, {a} an adjective, {A} a capitalized one, {v} a past verb, {g} a gerund, {r} an adverb.
     */
    private static final String[] TEMPLATES = {
        "{person}, {age}, of {street}, {home}, {v} the {w} and the {a} {w} on {day}, according to the {org}.",
        "The {org} said in a statement that the {a} {w} would be {v} by the end of {month}.",
        "\"We are {g} with the {w} and the {ws} of {home},\" said {person}, a spokesman for the {org}.",
        "{they} said the {w} had {v} {r} since {year}, when the {org} {v} a {a} {w} in {near}.",
        "Officials in {near} and {near} {v} the {a} {w}, which cost about {money}.",
        "The {w} in {region} {v} {pct} percent last year, the {org} said on {day}.",
        "According to {person}, the {ws} {v} {r} after the {w} at the {W} {W} in {home}.",
        "{person} and {person} {v} the {a} {w} at a meeting of the {org} in {homeIn} on {date}.",
        "Residents of {near} said the {a} {w} {v} at about {time} and {v} {r}.",
        "The {A} {W} Act, {v} by {title} {person} in {year}, {v} the {ws} of {country}.",
        "{they} told the {org} that {ws} in {home} were {g} the {w} and {g} {a} {ws}.",
        "A {a} {w} between {near} and {away} was {v} on {day}, {title} {they} said.",
        "The {org} {v} {n} {ws} and {big} {ws} in {region} and {away}, its report showed.",
        "In {away}, the {a} {w} of {person} {v} the {w} for a {a} {w}.",
        "{title} {person} of the {org} said {ws} from {near}, {near} and {away} would {w} the {w} on {day}.",
        "The {a} {w} was {v} at the {W} {W} Center on {street} in {home}.",
        "{they}, who {v} the {org} in {year}, said the {w} had been {r} {v}.",
        "Shares of {W} {W} Inc. {v} {pct} percent to {money} in {away} on {day}.",
        "The {org} and the {org} {v} a {a} {w} on the {w} of {region}, {country}.",
        "Asked about the {w}, {they} said: \"The {ws} in {home} are {a}, and the {w} is {a}.\"",
        "{person}, the {a} {w} of {home}, {v} {r} for the {W} {W} in {month}.",
        "Tickets for the {W} {W} Festival in {near} cost {money} and go on sale at {time} on {day}.",
        "The {w} {v} {n} {ws} from {away} to {home} in {month} {year}.",
        "{title} {they} {v} the {a} {ws} and {v} the {org} for {g} the {w}.",
        "The {age}-year-old {w} from {near} was {v} after the {w} on {W} Road near {home}.",
        "Between {year} and {year}, the {ws} of {country} {v} by {pct} percent, the {org} said.",
        "{person} of {homeIn} said the {w} was \"{a} and {a}\" and {v} the {org}.",
        "The {W} {W} Church in {near} will hold a {a} {w} at {time} {day}, {they} said.",
        "Under the {w}, {ws} in {region} will be {v} {r} until {month} {year}.",
        "The {org} has {v} {big} {ws} in {country} and {away} since {year}.",
        "{title} {person} {v} the {w} to the {org} in {near} on {date}, and {they} {v} it {r}.",
        "The {a} {ws} {v} by the {org} were {v} in {home} and in {region}, where {n} {ws} are {g}.",
    };
    /**
     * Sentences of plain news prose with few slots: they carry the common words ("the", "said", "would") that make
     * up half of any news text, between the templates' names and rare words.
     */
    private static final String[] PROSE = {
        "The incident took place late on {day} night, according to local officials who spoke on condition of anonymity.",
        "Witnesses described scenes of panic as residents ran for cover and emergency services struggled to reach the area.",
        "The government said it would open an investigation and promised compensation to the families of the victims.",
        "Humanitarian agencies warned that the situation could deteriorate further in the coming weeks if access is not restored.",
        "{person} told reporters on {day} that the security forces had regained control of the main roads leading into {home}.",
        "No group immediately claimed responsibility, although suspicion fell on armed groups active in the region since {year}.",
        "A 23-year-old man who was arrested at the scene is due to appear in court at 9 a.m. on {day}, police said.",
        "Prices of fuel and food have risen by {n} percent since the start of the year, according to the World Bank.",
        "The convoy was travelling along Route 66 towards the border when it came under fire, a source said.",
        "Under Article 5 of the agreement, both sides committed to withdraw heavy weapons by the 14th of the month.",
        "Officials seized $850,000 in cash and 8 kilos of cocaine during the raid, the prosecutor's office said.",
        "\"We will not allow this to happen again,\" {person} said in a statement released after the meeting in {away}.",
        "The talks in {away}, mediated by {demonym} diplomats, ended without an agreement on a ceasefire.",
        "Since {year}, more than {big} people have died in the conflict, according to the United Nations.",
        "Shops in the centre of {home} remained closed on {day} and schools sent pupils home early.",
        "The authorities in {country} have imposed a curfew from dusk to dawn and suspended mobile internet in several districts.",
        "Local media broadcast images of burned vehicles and damaged buildings along the main road.",
        "The army said in a statement that it had deployed additional troops and would pursue those responsible.",
        "Residents said the electricity supply had been cut for most of the week and water was running short.",
        "Aid workers said they had been unable to deliver supplies because of the fighting and the state of the roads.",
        "The United Nations envoy called on all sides to exercise restraint and return to talks without preconditions.",
        "The opposition accused the government of failing to protect civilians and called for an independent inquiry.",
        "Analysts said the violence could threaten a fragile truce agreed earlier this year after months of negotiations.",
        "Flights to {away} were cancelled for a second day as the airport remained closed.",
        "Hospitals in {home} appealed for blood donations, saying their stocks were running low.",
        "The {demonym} foreign ministry condemned the attack and offered its condolences to the people of {country}.",
        "It was not immediately possible to verify the reports independently, as journalists have limited access to the area.",
        "The prime minister is expected to address parliament on {day} to set out the government's response.",
        "Markets reopened on {day} morning, although traders said business remained slow and many customers stayed away.",
        "The region has been hit by repeated attacks over the past year, forcing thousands of families to leave their homes."};
    /** How news names a place again once it is known: most repeats are not names. */
    private static final String[] HOME_AGAIN = {"the city", "the town", "the area", "the district", "the county"};
    private static final String[] NEAR_AGAIN = {"a nearby town", "a neighbouring village", "the next county"};
    private static final String[] TITLES = {
        "Police Chief", "Mayor", "Sheriff", "Gov.", "Sen.", "Rep.", "Judge", "Sgt.", "Lt.", "Detective", "Dr.",
        "Professor", "Minister", "President", "Commissioner", "Superintendent", "Councilman", "Prosecutor", "Coach",
        "Director", "Capt.", "Deputy"};
    private static final String[] FAMOUS = {
        "United Nations", "Red Cross", "National Guard", "Associated Press", "World Health Organization",
        "Federal Bureau of Investigation", "European Union", "World Bank", "Supreme Court", "Coast Guard"};
    private static final String[] STREETS = {"St.", "Street", "Road", "Avenue", "Drive", "Lane", "Blvd.", "Way"};
    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
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
    private static final String[] KILL_VERBS = {"were killed", "died", "were shot dead", "lost their lives", "were found dead"};
    private static final String[] HURT_VERBS = {"wounded", "were injured", "were hospitalised", "suffered injuries"};
    private static final String[] OTHER = {
        "were abducted", "were detained", "were arrested", "remain missing", "were taken hostage", "fled their homes"};

    private final SplittableRandom r;
    private final NewsWords words;
    private final NewsPlaces places;
    private final NewsPlaces.Setting setting;
    private final List<String> people = new ArrayList<>();

    ArticleWriter(SplittableRandom random, NewsWords words, NewsPlaces places) {
        this.r = random;
        this.words = words;
        this.places = places;
        this.setting = places.setting(random);
    }

    /** An article of about {@code targetChars} characters. */
    String write(int targetChars) {
        StringBuilder sb = new StringBuilder(targetChars + 400);
        sb.append(casualtySentence(setting.home())).append(' ');
        while (sb.length() < targetChars) {
            // About one casualty sentence in twenty: with the lead and the headline, 3 to 5 figures an article
            if (r.nextInt(20) == 0) {
                sb.append(casualtySentence(r.nextBoolean() ? setting.home() : pick(setting.nearby())));
            } else if (r.nextInt(2) == 0) {
                fill(sb, PROSE[r.nextInt(PROSE.length)]);
            } else {
                fill(sb, TEMPLATES[r.nextInt(TEMPLATES.length)]);
            }
            sb.append(r.nextInt(5) == 0 ? "\n" : " ");
        }
        return sb.toString().trim();
    }

    private void fill(StringBuilder sb, String template) {
        int start = sb.length();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            sb.append(template, i, open).append(slot(template.substring(open + 1, close)));
            i = close + 1;
        }
        sb.setCharAt(start, Character.toUpperCase(sb.charAt(start)));
    }

    private String slot(String name) {
        return switch (name) {
            case "person" -> person();
            case "they" -> people.isEmpty() ? person() : pick(people);
            case "title" -> pick(TITLES);
            case "org" -> organisation();
            case "home" -> r.nextInt(3) == 0 ? setting.home() : pick(HOME_AGAIN);
            case "homeIn" -> setting.homeInContainer();
            case "region" -> setting.region();
            case "country" -> r.nextBoolean() ? setting.country() : "the country";
            case "near" -> r.nextBoolean() ? pick(setting.nearby()) : pick(NEAR_AGAIN);
            case "away" -> r.nextInt(3) > 0 ? pick(setting.elsewhere()) : "the capital";
            case "demonym" -> pick(DEMONYMS);
            case "day" -> pick(DAYS);
            case "month" -> pick(MONTHS);
            case "date" -> pick(MONTHS) + " " + (1 + r.nextInt(28));
            case "year" -> String.valueOf(1990 + r.nextInt(35));
            case "time" -> (1 + r.nextInt(12)) + (r.nextBoolean() ? " a.m." : " p.m.");
            case "n" -> String.valueOf(2 + r.nextInt(40));
            case "big" -> String.format(Locale.ROOT, "%,d", 1000 + r.nextInt(400_000));
            case "age" -> String.valueOf(16 + r.nextInt(70));
            case "money" -> "$" + String.format(Locale.ROOT, "%,d", 10 * (1 + r.nextInt(90_000)));
            case "pct" -> String.valueOf(1 + r.nextInt(60));
            case "street" -> (1 + r.nextInt(9000)) + " " + surname() + " " + pick(STREETS);
            case "w" -> words.noun(r);
            case "ws" -> plural(words.noun(r));
            case "W" -> NewsWords.capital(words.noun(r));
            case "a" -> words.adjective(r);
            case "A" -> NewsWords.capital(words.adjective(r));
            case "v" -> words.pastVerb(r);
            case "g" -> words.gerund(r);
            case "r" -> words.adverb(r);
            default -> throw new IllegalStateException("unknown template slot: " + name);
        };
    }

    private String person() {
        String surname = surname();
        people.add(surname);
        return words.givenName(r) + " " + surname;
    }

    /** Common surnames, and now and then a town's name, as real surnames often are. */
    private String surname() {
        return r.nextInt(10) < 3 ? places.townName(r) : words.surname(r);
    }

    private String organisation() {
        return switch (r.nextInt(12)) {
            case 0 -> pick(setting.nearby()) + " Police Department";
            case 1 -> pick(setting.nearby()) + " County Sheriff's Office";
            case 2 -> pick(setting.nearby()) + " City Council";
            case 3 -> pick(setting.nearby()) + " High School";
            case 4 -> "University of " + setting.region();
            case 5 -> setting.region() + " Department of " + NewsWords.capital(words.noun(r));
            case 6 -> "Ministry of " + NewsWords.capital(words.noun(r));
            case 7 -> NewsWords.capital(words.adjective(r)) + " " + NewsWords.capital(words.noun(r)) + " Party";
            case 8 -> NewsWords.capital(words.noun(r)) + " Association of " + setting.country();
            case 9 -> surname() + " Foundation";
            case 10 -> surname() + " & " + surname();
            default -> pick(FAMOUS);
        };
    }

    private String casualtySentence(String city) {
        String n = r.nextInt(3) == 0 ? pick(NUMBER_WORDS) : String.valueOf(2 + r.nextInt(r.nextInt(4) == 0 ? 3000 : 60));
        String victims = (r.nextBoolean() ? pick(DEMONYMS) + " " : "") + pick(VICTIMS);
        String bound = pick(BOUNDS);
        String country = setting.country();
        return NewsWords.capital(switch (r.nextInt(6)) {
            case 0 -> bound + n + " " + victims + " " + pick(KILL_VERBS) + " in " + city + ", "
                    + setting.container() + ", on " + pick(DAYS) + " when gunmen opened fire on a market.";
            case 1 -> "An air strike near " + city + " killed " + bound + n + " " + victims + " and wounded "
                    + (3 + r.nextInt(40)) + " others, " + pick(DEMONYMS) + " officials said.";
            case 2 -> "The death toll from the attack in " + city + " rose to " + n + ", while " + (1 + r.nextInt(90))
                    + " " + pick(VICTIMS) + " " + pick(HURT_VERBS) + ", the health ministry of " + country + " said.";
            case 3 -> bound + n + " " + victims + " " + pick(OTHER) + " in the " + pick(DEMONYMS)
                    + " province around " + city + " last week.";
            case 4 -> "No one was killed in the blast in " + city + ", but the militants threatened to kill "
                    + n + " hostages if their demands were not met.";
            default -> "Clashes between " + (100 + r.nextInt(300)) + " fighters and the army in " + country
                    + " left " + bound + n + " " + victims + " dead and " + (1 + r.nextInt(30)) + " injured.";
        });
    }

    private static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun.endsWith("s") ? noun : noun + "es";
        }
        return noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0
                ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private String pick(String[] values) {
        return values[r.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(r.nextInt(values.size()));
    }
}
