package dev.sitrep.enrich.text;

/**
 * The arrays an article's word tokens are written into, kept by a thread from one article to the next: the tokens
 * of a field take four arrays of a few KB each, which would otherwise be allocated and zeroed for every field of
 * every article. A thread's buffers serve one {@link ArticleScan} at a time, from {@link ArticleScan#open} to its
 * {@link ArticleScan#close}; a scan opened while another is open gets none and allocates as before.
 */
final class ScanBuffers {

    private static final ThreadLocal<ScanBuffers> OF_THREAD = ThreadLocal.withInitial(ScanBuffers::new);

    final TokenArrays title = new TokenArrays();
    final TokenArrays text = new TokenArrays();
    private boolean leased;

    private ScanBuffers() {
    }

    /** This thread's buffers if no open scan holds them, or null. */
    static ScanBuffers lease() {
        ScanBuffers b = OF_THREAD.get();
        if (b.leased) {
            return null;
        }
        b.leased = true;
        return b;
    }

    void release() {
        leased = false;
    }

    /** The four arrays of one field's word tokens, as big as the longest field written into them so far. */
    static final class TokenArrays {
        int[] starts = new int[0];
        int[] ends = new int[0];
        int[] flags = new int[0];
        int[] hashes = new int[0];

        void keep(int[] starts, int[] ends, int[] flags, int[] hashes) {
            this.starts = starts;
            this.ends = ends;
            this.flags = flags;
            this.hashes = hashes;
        }
    }
}
