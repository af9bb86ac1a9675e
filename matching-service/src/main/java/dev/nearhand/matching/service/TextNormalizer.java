package dev.nearhand.matching.service;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * The one text normalisation applied to listings when they are indexed and to queries when they are
 * asked, so both sides meet in the same form: NFKC, Traditional to Simplified Chinese, lower case,
 * ß to ss, accents and umlauts stripped, Latin words lightly stemmed (English plurals, German
 * inflections), Chinese runs kept whole and also cut into unigrams and bigrams.
 */
public final class TextNormalizer {

    /** At most this many query terms are matched; the rest of a long query adds nothing. */
    static final int MAX_QUERY_TERMS = 12;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words that carry no meaning in a request ("someone to fix a bike today"). */
    private static final Set<String> STOP_WORDS =
            Set.of(
                    "a",
                    "an",
                    "the",
                    "to",
                    "for",
                    "in",
                    "on",
                    "at",
                    "of",
                    "and",
                    "or",
                    "with",
                    "someone",
                    "somebody",
                    "me",
                    "my",
                    "i",
                    "need",
                    "want",
                    "within",
                    "near",
                    "nearby",
                    "today",
                    "tomorrow",
                    "please",
                    "is",
                    "are",
                    "km",
                    "ein",
                    "eine",
                    "einen",
                    "einem",
                    "der",
                    "die",
                    "das",
                    "den",
                    "dem",
                    "und",
                    "oder",
                    "fur",
                    "mit",
                    "im",
                    "am",
                    "zu",
                    "zum",
                    "zur",
                    "jemand",
                    "jemanden",
                    "ich",
                    "brauche",
                    "suche",
                    "heute",
                    "morgen",
                    "bitte",
                    "mir",
                    "mein",
                    "meine");

    /** Chinese characters that are function words in requests (我, 一个, 的, 找人...). */
    private static final String STOP_CHARS = "我你他她它的了是在有和与一个要想找请帮吗呢吧人把给能";

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

        /** Share of the terms found in a normalised text: the text-match score, 0 to 1. */
        public double matchShare(String searchText, String cjkGrams) {
            if (isEmpty()) {
                return 0;
            }
            Set<String> grams = Set.of(cjkGrams.isBlank() ? new String[0] : cjkGrams.split(" "));
            long hits =
                    latin.stream().filter(searchText::contains).count()
                            + cjk.stream().filter(grams::contains).count();
            return (double) hits / size();
        }
    }

    public static Indexed index(String... parts) {
        List<String> tokens = tokens(String.join(" ", nonNull(parts)));
        List<String> words = new ArrayList<>();
        Set<String> grams = new LinkedHashSet<>();
        for (String token : tokens) {
            if (isHan(token)) {
                words.add(token);
                for (int i = 0; i < token.length(); i++) {
                    grams.add(token.substring(i, i + 1));
                    if (i + 1 < token.length()) {
                        grams.add(token.substring(i, i + 2));
                    }
                }
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
                if (isHan(token)) {
                    cjk.addAll(hanQueryGrams(token));
                } else if (token.length() > 1 && !STOP_WORDS.contains(token)) {
                    latin.add(stem(token));
                }
            }
        }
        List<String> l = latin.stream().limit(MAX_QUERY_TERMS).toList();
        List<String> c = cjk.stream().limit(Math.max(0, MAX_QUERY_TERMS - l.size())).toList();
        return new QueryTerms(l, c);
    }

    /**
     * Segments between stop characters: one character stays a unigram, longer ones give bigrams.
     */
    private static List<String> hanQueryGrams(String run) {
        List<String> grams = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i <= run.length(); i++) {
            char c = i < run.length() ? run.charAt(i) : ' ';
            if (i < run.length() && STOP_CHARS.indexOf(c) < 0) {
                segment.append(c);
                continue;
            }
            if (segment.length() == 1) {
                grams.add(segment.toString());
            }
            for (int j = 0; j + 1 < segment.length(); j++) {
                grams.add(segment.substring(j, j + 2));
            }
            segment.setLength(0);
        }
        return grams;
    }

    /** Normalised tokens: Chinese runs and Latin/digit words, in order. */
    static List<String> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (s.codePoints().anyMatch(TextNormalizer::isHanCodePoint)) {
            s = ZhConverterUtil.toSimple(s);
        }
        s = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean han = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean isHan = isHanCodePoint(cp);
            boolean word = isHan || Character.isLetterOrDigit(cp);
            if (!word || (han != null && han != isHan)) {
                flush(current, tokens);
                han = null;
            }
            if (word) {
                current.appendCodePoint(cp);
                han = isHan;
            }
        }
        flush(current, tokens);
        return tokens;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (!current.isEmpty()) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    /** English plurals first, then German inflections; both sides get the same stem. */
    static String stem(String word) {
        if (word.length() < 4 || word.chars().allMatch(Character::isDigit)) {
            return word;
        }
        char[] chars = word.toCharArray();
        int len = new EnglishMinimalStemmer().stem(chars, chars.length);
        len = new GermanLightStemmer().stem(chars, len);
        return new String(chars, 0, len);
    }

    private static boolean isHan(String token) {
        return isHanCodePoint(token.codePointAt(0));
    }

    private static boolean isHanCodePoint(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static String[] nonNull(String[] parts) {
        return java.util.Arrays.stream(parts).map(p -> p == null ? "" : p).toArray(String[]::new);
    }
}
