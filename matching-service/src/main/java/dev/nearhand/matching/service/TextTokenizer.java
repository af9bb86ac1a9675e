package dev.nearhand.matching.service;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text to one canonical form and cuts it into Chinese runs and Latin/digit words, so that
 * spelling variants (full width, Traditional characters, case, ß, accents) meet in the same token.
 */
final class TextTokenizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextTokenizer() {}

    /** Normalised tokens: Chinese runs and Latin/digit words, in order. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean han = null;
        String s = fold(text);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean isHan = isHanCodePoint(cp);
            boolean word = isHan || Character.isLetterOrDigit(cp);
            // A change of script ends a token too: "電鑽Bosch" is a Chinese run and a Latin word.
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

    /** Whether a token from {@link #tokens} is a Chinese run rather than a Latin/digit word. */
    static boolean isHan(String token) {
        return isHanCodePoint(token.codePointAt(0));
    }

    /**
     * NFKC first so full-width and compatibility forms become plain letters; the costly OpenCC
     * conversion only when there is Chinese to convert; accents dropped after NFD so "Größe",
     * "GRÖSSE" and "grosse" become one word.
     */
    private static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (s.codePoints().anyMatch(TextTokenizer::isHanCodePoint)) {
            s = ZhConverterUtil.toSimple(s);
        }
        s = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (!current.isEmpty()) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean isHanCodePoint(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
