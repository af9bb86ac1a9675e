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
        return new Indexed(String.join(" ", words), String.join(" ", grams));
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
