package dev.nearhand.matching.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one text normalisation applied to listings when they are indexed and to queries when they are
 * asked, so both sides meet in the same form: NFKC, Traditional to Simplified Chinese, lower case,
 * ß to ss, accents and umlauts stripped ({@link TextTokenizer}), Latin words lightly stemmed
 * ({@link LightStemmer}), Chinese runs kept whole and also cut into unigrams and bigrams ({@link
 * HanGrams}).
 */
public final class TextNormalizer {

    /** At most this many query terms are matched; the rest of a long query adds nothing. */
    static final int MAX_QUERY_TERMS = 12;

    /**
     * The most characters a listing's {@code search_text} and {@code cjk_words} hold together. Both
     * sit in one row of the search's trigram GiST indexes, which PostgreSQL caps at 8,191 bytes; a
     * leaf key takes 3 bytes per trigram, and text never has more trigrams than characters plus
     * one. So 2,400 characters take at most about 7.2 kB: a 2,000-character Chinese description,
     * which listing-service accepts, took 29 kB and could not be indexed at all. A longer text is
     * searched by its beginning: the title, then the description.
     */
    static final int MOST_INDEXED_CHARS = 2_400;

    /** Of {@link #MOST_INDEXED_CHARS}, the most Chinese grams take; Latin words get the rest. */
    static final int MOST_GRAM_CHARS = 800;

    private TextNormalizer() {}

    /** How a listing is stored for search. */
    public record Indexed(String searchText, String cjkGrams) {}

    /** The terms of a query: Latin stems matched as substrings, Chinese n-grams matched exactly. */
    public record QueryTerms(List<String> latin, List<String> cjk) {
        public boolean isEmpty() {
            return latin.isEmpty() && cjk.isEmpty();
        }

        public int size() {
            return latin.size() + cjk.size();
        }
    }

    public static Indexed index(String... parts) {
        List<String> words = new ArrayList<>();
        Set<String> grams = new LinkedHashSet<>();
        for (String token : tokens(String.join(" ", nonNull(parts)))) {
            if (TextTokenizer.isHan(token)) {
                words.add(token);
                grams.addAll(HanGrams.indexGrams(token));
            } else {
                words.add(stem(token));
            }
        }
        // cjk_words wraps the grams in a space on each side.
        String cjkGrams = joinedWithin(grams, MOST_GRAM_CHARS - 2);
        String searchText = joinedWithin(words, MOST_INDEXED_CHARS - cjkGrams.length() - 2);
        return new Indexed(searchText, cjkGrams);
    }

    /**
     * The words joined by spaces, as many from the first as fit in {@code most} characters; a word
     * that does not fit whole is cut, so a long Chinese run is still searched by its beginning.
     */
    private static String joinedWithin(Iterable<String> words, int most) {
        StringBuilder joined = new StringBuilder();
        for (String word : words) {
            int room = most - joined.length() - (joined.isEmpty() ? 0 : 1);
            if (room <= 0) {
                break;
            }
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            int end = Math.min(word.length(), room);
            if (end < word.length() && Character.isHighSurrogate(word.charAt(end - 1))) {
                end--; // never half a character: PostgreSQL refuses a lone surrogate
            }
            joined.append(word, 0, end);
        }
        return joined.toString();
    }

    public static QueryTerms query(String q) {
        Set<String> latin = new LinkedHashSet<>();
        Set<String> cjk = new LinkedHashSet<>();
        if (q != null) {
            for (String token : tokens(q)) {
                if (TextTokenizer.isHan(token)) {
                    cjk.addAll(HanGrams.queryGrams(token));
                } else if (token.length() > 1 && !LightStemmer.isStopWord(token)) {
                    latin.add(stem(token));
                }
            }
        }
        // Latin terms first: Chinese grams only fill what is left of the budget.
        List<String> l = latin.stream().limit(MAX_QUERY_TERMS).toList();
        List<String> c = cjk.stream().limit(Math.max(0, MAX_QUERY_TERMS - l.size())).toList();
        return new QueryTerms(l, c);
    }

    /** Normalised tokens: Chinese runs and Latin/digit words, in order. */
    static List<String> tokens(String text) {
        return TextTokenizer.tokens(text);
    }

    /** English plurals first, then German inflections; both sides get the same stem. */
    static String stem(String word) {
        return LightStemmer.stem(word);
    }

    private static String[] nonNull(String[] parts) {
        return Arrays.stream(parts).map(p -> p == null ? "" : p).toArray(String[]::new);
    }
}
