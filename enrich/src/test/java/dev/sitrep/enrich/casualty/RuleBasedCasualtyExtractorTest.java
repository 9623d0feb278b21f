package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.CasualtyTotal;
import dev.sitrep.common.model.CasualtyType;
import dev.sitrep.common.model.Qualifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBasedCasualtyExtractorTest {

    private static final RuleBasedCasualtyExtractor EXTRACTOR = new RuleBasedCasualtyExtractor();

    /** The totals as "killed=2 injured=1", or "none". */
    private static String totals(String text) {
        return totals(EXTRACTOR.extract(ArticleText.of("t", text)));
    }

    private static String totals(Casualties c) {
        StringJoiner out = new StringJoiner(" ");
        for (Map.Entry<CasualtyType, CasualtyTotal> e : c.totals().entrySet()) {
            out.add(e.getKey().jsonName() + "=" + e.getValue().best());
        }
        return out.length() == 0 ? "none" : out.toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("reads each casualty type from its verbs, nouns and idioms")
    @CsvSource(delimiter = '|', value = {
            "Two soldiers were killed in the attack.                 | killed=2",
            "Five people died when the bus overturned.               | killed=5",
            "At least 12 villagers lost their lives in the flood.    | killed=12",
            "The death toll rose to 30 on Sunday.                    | killed=30",
            "Police reported 4 fatalities.                           | killed=4",
            "The bodies of three men were found near the river.      | killed=3",
            "Gunmen shot dead two farmers on Monday.                 | killed=2",
            "An airstrike killed 9 fighters.                         | killed=9",
            "Eleven people were wounded.                             | injured=11",
            "The blast caused 7 injuries.                            | injured=7",
            "Nine people were hospitalised after the clash.          | injured=9",
            "Two men were shot and wounded outside a bar.            | injured=2",
            "Six students were abducted from the school.             | kidnapped=6",
            "Four aid workers were taken hostage.                    | kidnapped=4",
            "Police detained 25 protesters.                          | arrested=25",
            "About 3,000 people fled their homes.                    | displaced=3000",
            "Two fishermen are still missing.                        | missing=2",
            "Police are investigating a non-fatal shooting.          | injured=1",
            "A man was attacked and beaten to death by a mob.        | killed=1",
            "Police shot two men to death.                           | killed=2",
            "On Sept. 3, two men were arrested.                      | arrested=2",
            "HOUSTON - One person was injured in a shooting.         | injured=1",
            "The victim, a 25-year-old man, was shot in the arm.     | injured=1",
            "A woman was grazed by a bullet.                         | injured=1",
            "The victim passed away at the hospital.                 | killed=1",
            "Police found the bodies of a woman and a teenage boy.   | killed=2",
            "Shells killed a family of three, including a child.     | killed=3",
            "The shooting sent one man to the hospital.              | injured=1",
            "Gunmen loyal to IS shot and killed a man.               | killed=1",
            "Police found two men mortally wounded in a car.         | killed=2",
            "Two soldiers, a policeman and a child were killed.      | killed=4",
            "A girl — believed to be a bystander — was shot dead.   | killed=1",
    })
    void shouldReadEachType(String sentence, String expected) {
        assertThat(totals(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("reads counts in digits, words, compounds and rough amounts")
    @CsvSource(delimiter = '|', value = {
            "Twenty-three people were killed.                    | killed=23",
            "Two hundred and five civilians were killed.         | killed=205",
            "The fighting has displaced 1.2 million people.      | displaced=1200000",
            "A dozen soldiers were killed.                       | killed=12",
            "Dozens of people were injured.                      | injured=12",
            "Scores of people were wounded.                      | injured=20",
            "Hundreds of families were displaced.                | displaced=100",
            "Tens of protesters were arrested.                   | arrested=10",
            "A man was killed in the crossfire.                  | killed=1",
            "A couple of officers were hurt.                     | injured=2",
            "Several people were injured.                        | injured=3",
            "Both drivers died at the scene.                     | killed=2",
            "1,250 people were killed.                           | killed=1250",
            "One of the two men died in hospital.                | killed=1",
    })
    void shouldReadNumbers(String sentence, String expected) {
        assertThat(totals(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("does not read ordinals, ages, years, times, labels, money or measures as victims")
    @CsvSource(delimiter = '|', value = {
            "A 23-year-old man was killed on the 14th.                     | killed=1",
            "The man, 45, was shot dead at 9 a.m. on Route 66.             | killed=1",
            "The 3rd Brigade killed a commander driving a 2014 pickup.    | killed=1",
            "NATO invoked Article 5 after a soldier was killed.            | killed=1",
            "Police seized $850,000 and 8 kilos of cocaine and arrested a man. | arrested=1",
            "Gunmen killed 30 cows and wounded a herder.                   | injured=1",
            "The 30-minute firefight left a soldier dead.                  | killed=1",
    })
    void shouldGuardNonCounts(String sentence, String expected) {
        assertThat(totals(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1} [{2}, {3}] {4}")
    @DisplayName("turns bound words into low, high and qualifier")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "At least 14 soldiers were killed.             | 14 | 14 | null | AT_LEAST",
            "More than 20 people died.                     | 20 | 20 | null | MORE_THAN",
            "Over 30 civilians were killed.                | 30 | 30 | null | MORE_THAN",
            "Up to 15 people were killed.                  | 15 | 1  | 15   | UP_TO",
            "Nearly 50 people died.                        | 50 | 45 | 50   | NEARLY",
            "About 100 people were killed.                 | 100 | 80 | 120 | ABOUT",
            "Between 10 and 15 people were killed.         | 10 | 10 | 15   | RANGE",
            "Clashes killed 10 to 15 people.               | 10 | 10 | 15   | RANGE",
            "Dozens of people were killed.                 | 12 | 12 | null | VAGUE",
    })
    void shouldBoundFigures(String sentence, long best, long low, Long high, Qualifier qualifier) {
        Casualties c = EXTRACTOR.extract(ArticleText.of("t", sentence));
        assertThat(c.totals().get(CasualtyType.KILLED)).isEqualTo(new CasualtyTotal(best, low, high));
        assertThat(c.mentions()).singleElement().extracting(CasualtyMention::qualifier).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("finds no casualty in denials, threats, hypotheticals, history, perpetrators and idioms")
    @ValueSource(strings = {
            "No one was killed in the blast.",
            "Nobody was hurt.",
            "There were no casualties.",
            "ACLED recorded no fatalities.",
            "The soldiers did not kill anyone.",
            "The rebels threatened to kill the hostages.",
            "The virus could kill thousands.",
            "If the dam breaks, hundreds could die.",
            "He was nearly killed by the blast.",
            "Her father was killed 30 years ago.",
            "In 2014 the brigade killed 30 rebels.",
            "Since 2008 more than 30,000 people have died in the conflict.",
            "They commemorated the 50 people killed in the massacre.",
            "Protesters demanded justice for the man who was killed by police.",
            "About 200 fighters attacked the town.",
            "The talks reached a dead end.",
            "Gunmen shot at a police patrol.",
            "The 3 suspects were sentenced to death.",
            "A woman shot and killed her neighbor's dog.",
            "The gunman left a trail of dead across the county.",
            "Police executed a search warrant at the home.",
            "An officer shot and killed two family pets.",
            "The army sent 200 troops to the region.",
            "The deputy shot and killed an aggressive pit bull.",
            "Anyone with information is asked to call the sheriff at (877) 288-1926.",
    })
    void shouldIgnoreTraps(String sentence) {
        assertThat(totals(sentence)).isEqualTo("none");
    }

    @Test
    @DisplayName("reads the seed article's coordinated subject as two mentions with a shared noun and bound")
    void shouldSplitCoordinatedVictims() {
        String text = "Fighting near Karabakh left at least 14 Azerbaijani and 5 Armenian soldiers dead.";
        Casualties c = EXTRACTOR.extract(ArticleText.of("t", text));
        assertThat(c.mentions()).extracting(CasualtyMention::count, CasualtyMention::victims, CasualtyMention::qualifier)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(14L, "Azerbaijani soldiers", Qualifier.AT_LEAST),
                        org.assertj.core.groups.Tuple.tuple(5L, "Armenian soldiers", Qualifier.AT_LEAST));
        assertThat(c.totals().get(CasualtyType.KILLED)).isEqualTo(new CasualtyTotal(19, 19, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("names the victims counted")
    @CsvSource(delimiter = '|', value = {
            "Three police officers were killed.           | police officers",
            "The clashes killed 4 civilians.              | civilians",
            "Two Taliban militants died in the raid.      | Taliban militants",
    })
    void shouldNameVictims(String sentence, String victims) {
        assertThat(EXTRACTOR.extract(ArticleText.of("t", sentence)).mentions())
                .singleElement().extracting(CasualtyMention::victims).isEqualTo(victims);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("counts one event once: repeats, revisions, parts and sums, additions")
    @CsvSource(delimiter = '|', value = {
            "Five people were killed in the attack. Police said the attack killed five people.     | killed=5",
            "Initially 25 people were reported dead. The death toll later rose to 30.             | killed=30",
            "Three soldiers and two civilians were killed, five in all.                           | killed=5",
            "The blast killed 3 soldiers and 2 civilians.                                         | killed=5",
            "Two soldiers were killed. A civilian was also killed.                                | killed=3",
            "Two men were shot on Friday. One of them died in hospital.                           | killed=1 injured=1",
            "A man was shot and killed on Friday. The victim was shot in the chest.               | killed=1",
            "A man was killed on Monday. He was 34.                                               | killed=1",
            "Gunmen killed 2 soldiers and injured 5 others.                                       | killed=2 injured=5",
            "Clashes killed a soldier, and another soldier was wounded.                           | killed=1 injured=1",
    })
    void shouldCountOneEventOnce(String text, String expected) {
        assertThat(totals(text)).isEqualTo(expected);
    }

    @Test
    @DisplayName("counts a toll repeated in headline and body once")
    void shouldCountHeadlineTollOnce() {
        ArticleText article = new ArticleText("t", "Bomb kills 12 in market",
                "A car bomb killed 12 people at a crowded market on Friday, officials said.", "en");
        Casualties c = EXTRACTOR.extract(article);
        assertThat(totals(c)).isEqualTo("killed=12");
        assertThat(c.mentions()).extracting(m -> m.field().jsonName()).containsExactly("title", "text");
    }

    @Test
    @DisplayName("gives evidence and offsets a reader can check against the text")
    void shouldGiveCheckableEvidence() {
        String text = "On Monday, gunmen killed 4 civilians and wounded two others in the village of X. "
                + "Later, the death toll rose to 6.";
        Casualties c = EXTRACTOR.extract(ArticleText.of("t", text));
        assertThat(c.mentions()).isNotEmpty().allSatisfy(m ->
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.evidence()));
        assertThat(totals(c)).isEqualTo("killed=6 injured=2");
    }

    @Test
    @DisplayName("returns nothing, fast, for text without any casualty word")
    void shouldReturnNoneWithoutCasualtyWords() {
        assertThat(EXTRACTOR.extract(ArticleText.of("t", "On 9 May 2020, 2500 medical interns protested in Haifa.")))
                .isEqualTo(Casualties.NONE);
    }
}
