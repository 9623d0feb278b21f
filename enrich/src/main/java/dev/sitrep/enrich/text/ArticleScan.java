package dev.sitrep.enrich.text;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.TextField;

import java.util.Objects;

/** An article and the {@link TextScan} of each of its fields, made when first asked for. Per call, never shared. */
public final class ArticleScan {

    private final ArticleText article;
    private TextScan title;
    private TextScan text;

    public ArticleScan(ArticleText article) {
        this.article = Objects.requireNonNull(article, "article");
    }

    public ArticleText article() {
        return article;
    }

    public TextScan field(TextField field) {
        if (field == TextField.TITLE) {
            TextScan t = title;
            if (t == null) {
                t = new TextScan(article.field(TextField.TITLE));
                title = t;
            }
            return t;
        }
        TextScan t = text;
        if (t == null) {
            t = new TextScan(article.field(TextField.TEXT));
            text = t;
        }
        return t;
    }
}
