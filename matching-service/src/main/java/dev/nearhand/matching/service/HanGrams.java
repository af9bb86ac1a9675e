package dev.nearhand.matching.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Chinese runs into the unigrams and bigrams that stand in for words, since Chinese is written
 * without spaces and no dictionary segmenter is used.
 */
final class HanGrams {

    /** Chinese characters that are function words in requests (我, 一个, 的, 找人...). */
    private static final String STOP_CHARS = "我你他她它的了是在有和与一个要想找请帮吗呢吧人把给能";

    private HanGrams() {}

    /** Every unigram and bigram of a stored run, so that a query gram of either length finds it. */
    static List<String> indexGrams(String run) {
        List<String> grams = new ArrayList<>();
        for (int i = 0; i < run.length(); i++) {
            grams.add(run.substring(i, i + 1));
            if (i + 1 < run.length()) {
                grams.add(run.substring(i, i + 2));
            }
        }
        return grams;
    }

    /**
     * Segments between stop characters: one character stays a unigram, longer ones give bigrams.
     * Longer segments give no unigrams, since a common single character would match too much.
     */
    static List<String> queryGrams(String run) {
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
}
