package dev.sitrep.enrich.text;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.TextField;

import java.util.Objects;

/**
 * An article and the {@link TextScan} of each of its fields, made when first asked for. Per call, never shared.
 * A scan made by {@link #open} writes its word tokens into arrays its thread keeps from one article to the next;
 * its tokens are good until {@link #close}.
 */
public final class ArticleScan implements AutoCloseable {

    private final ArticleText article;
    private final ScanBuffers buffers;
    private TextScan title;
    private TextScan text;

    /** A scan whose tokens have arrays of their own, good for as long as anyone holds them. */
    public ArticleScan(ArticleText article) {
        this(article, null);
    }

    private ArticleScan(ArticleText article, ScanBuffers buffers) {
        this.article = Objects.requireNonNull(article, "article");
        this.buffers = buffers;
    }

    /**
     * A scan that writes its word tokens into its thread's arrays, if no other open scan of the thread holds them:
     * for a caller that is done with every token when it closes the scan.
     */
    public static ArticleScan open(ArticleText article) {
        return new ArticleScan(article, ScanBuffers.lease());
    }

    public ArticleText article() {
        return article;
    }

    public TextScan field(TextField field) {
        if (field == TextField.TITLE) {
            TextScan t = title;
            if (t == null) {
                t = new TextScan(article.field(TextField.TITLE), buffers == null ? null : buffers.title);
                title = t;
            }
            return t;
        }
        TextScan t = text;
        if (t == null) {
            t = new TextScan(article.field(TextField.TEXT), buffers == null ? null : buffers.text);
            text = t;
        }
        return t;
    }

    /** Gives the thread's arrays back, if this scan holds them; its word tokens must not be read after. */
    @Override
    public void close() {
        if (buffers != null) {
            buffers.release();
        }
    }
}
