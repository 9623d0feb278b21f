package dev.sitrep.common.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelTest {

    @Test
    @DisplayName("totals keep the contract's type order and both collections are immutable copies")
    void shouldOrderTotalsAndCopy() {
        List<CasualtyMention> mentions = new ArrayList<>();
        Casualties c = new Casualties(Map.of(CasualtyType.DISPLACED, new CasualtyTotal(100, 100, null),
                CasualtyType.KILLED, new CasualtyTotal(3, 3, 3L)), mentions);
        mentions.add(mention(0, 1));

        assertThat(c.totals().keySet()).containsExactly(CasualtyType.KILLED, CasualtyType.DISPLACED);
        assertThat(c.mentions()).isEmpty();
        assertThatThrownBy(() -> c.totals().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a mention's span is a Java String range, end exclusive and never backwards")
    void shouldCheckSpans() {
        assertThat(mention(5, 5).end()).isEqualTo(5);
        assertThatThrownBy(() -> mention(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mention(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(mention(0, 1).withLocation(2).location()).isEqualTo(2);
    }

    @Test
    @DisplayName("enum values are written in lower case, whatever the default locale")
    void shouldWriteLowerCaseNames() {
        assertThat(Qualifier.AT_LEAST.jsonName()).isEqualTo("at_least");
        assertThat(CasualtyType.KIDNAPPED.jsonName()).isEqualTo("kidnapped");
        assertThat(TextField.TITLE.jsonName()).isEqualTo("title");
    }

    @Test
    @DisplayName("an article without language is English, and a missing title reads as empty")
    void shouldDefaultLanguageAndTitle() {
        ArticleText a = ArticleText.of("id", "body");

        assertThat(a.language()).isEqualTo("en");
        assertThat(a.field(TextField.TITLE)).isEmpty();
        assertThat(a.field(TextField.TEXT)).isEqualTo("body");
    }

    private static CasualtyMention mention(int start, int end) {
        return new CasualtyMention(CasualtyType.KILLED, 1, 1, 1L, Qualifier.EXACT, null, TextField.TEXT, start, end,
                "x", null);
    }
}
