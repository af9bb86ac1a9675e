package dev.nearhand.matching.service;

import java.util.Set;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * Latin words brought to a common stem (English plurals, German inflections), and the stop words a
 * request can do without.
 */
final class LightStemmer {

    /**
     * Words that carry no meaning in a request ("someone to fix a bike today"), in normalised form
     * ("fur" for "für") because they are compared with normalised tokens.
     */
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

    private LightStemmer() {}

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

    static boolean isStopWord(String token) {
        return STOP_WORDS.contains(token);
    }
}
