package dev.nearhand.matching.service;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text says about the offer, for guide prices: its distinctive terms and, when it states
 * them, the number of bedrooms (a studio or 套房 is 0) and of guests.
 *
 * <p>Read from the normalised form {@link TextNormalizer#index} stores (lower case, stemmed,
 * Chinese in Simplified characters), so a query and a listing are read alike. Size is what prices a
 * room or flat most, and sellers write it in many ways ("2BR", "2 bedroom", "兩房", "sleeps 6",
 * "4-8P"), which shared words alone do not equate.
 *
 * @param bedrooms null when the text does not say
 * @param guests null when the text does not say
 */
public record TitleFeatures(Set<String> terms, Integer bedrooms, Integer guests) {

    public static final TitleFeatures NONE = new TitleFeatures(Set.of(), null, null);

    /** Function words: shared by unrelated titles, they would make them look alike. */
    private static final Set<String> STOP_WORDS =
            Set.of(
                    "an", "the", "to", "for", "in", "on", "at", "of", "and", "or", "with", "near",
                    "is", "are", "from", "by");

    private static final Map<String, Integer> NUMBER_WORDS =
            Map.of(
                    "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
                    "eight", 8);
    private static final String HAN_DIGITS = "一二两三四五六七八";
    private static final String BEDROOM = "(?:bedroom|bedrm|bdrm|bdr|brm|bed|br|bd|b)";
    private static final String GUEST = "(?:ppl|pax|peopl|people|person|pers|guest|gues|p)";
    private static final Pattern BEDROOM_WORD = Pattern.compile(BEDROOM);
    private static final Pattern BEDROOMS_GLUED =
            Pattern.compile("(\\d{1,2})" + BEDROOM + "(?![a-z])");
    private static final Pattern GUEST_WORD = Pattern.compile(GUEST);
    private static final Pattern GUESTS_GLUED = Pattern.compile("(\\d{1,2})" + GUEST);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    // 两房 is two bedrooms, but 双人房 is a double room: a count of people, not of rooms.
    private static final Pattern HAN_BEDROOMS = Pattern.compile("([" + HAN_DIGITS + "])房");
    private static final Pattern HAN_ROOM_FOR = Pattern.compile("[" + HAN_DIGITS + "单双]人房");
    private static final Pattern HAN_GUESTS = Pattern.compile("([" + HAN_DIGITS + "单双])人");

    /** A free text as a seller or buyer typed it. */
    public static TitleFeatures ofText(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        TextNormalizer.Indexed indexed = TextNormalizer.index(text);
        return of(indexed.searchText(), indexed.cjkGrams());
    }

    /** A listing as stored: its {@code search_text} and {@code cjk_grams}. */
    public static TitleFeatures of(String searchText, String cjkGrams) {
        Set<String> terms = new HashSet<>();
        String[] tokens = searchText.isBlank() ? new String[0] : searchText.split(" ");
        for (String t : tokens) {
            if (t.length() > 1 && !isHan(t) && !STOP_WORDS.contains(t)) {
                terms.add(t);
            }
        }
        for (String gram : cjkGrams.isBlank() ? new String[0] : cjkGrams.split(" ")) {
            if (gram.length() == 2) {
                terms.add(gram);
            }
        }
        Integer bedrooms = null;
        Integer guests = null;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            String next = i + 1 < tokens.length ? tokens[i + 1] : "";
            Integer previous = i > 0 ? number(tokens[i - 1]) : null;
            if (isHan(t)) {
                Matcher m = HAN_BEDROOMS.matcher(t);
                if (bedrooms == null && m.find() && !HAN_ROOM_FOR.matcher(t).find()) {
                    bedrooms = hanNumber(m.group(1));
                }
                m = HAN_GUESTS.matcher(t);
                if (guests == null && m.find()) {
                    guests = hanNumber(m.group(1));
                }
                if (bedrooms == null && t.contains("套房")) {
                    bedrooms = 0; // a suite: one room with its own bathroom
                }
                if (bedrooms == null && previous != null && t.startsWith("房") && previous <= 8) {
                    bedrooms = previous;
                }
                if (previous != null && t.startsWith("人") && previous <= 20) {
                    guests = previous;
                }
                continue;
            }
            Integer n = number(t);
            if (bedrooms == null && n != null && n <= 10 && BEDROOM_WORD.matcher(next).matches()) {
                bedrooms = n;
            }
            Matcher m = BEDROOMS_GLUED.matcher(t);
            if (bedrooms == null && m.lookingAt() && Integer.parseInt(m.group(1)) <= 10) {
                bedrooms = Integer.parseInt(m.group(1));
            }
            if (bedrooms == null && t.equals("studio")) {
                bedrooms = 0;
            }
            if (n != null && n <= 20 && GUEST_WORD.matcher(next).matches()) {
                guests = n;
            }
            m = GUESTS_GLUED.matcher(t);
            if (m.matches() && Integer.parseInt(m.group(1)) <= 20) {
                guests = Integer.parseInt(m.group(1));
            }
            Integer sleeps = number(next);
            if (t.equals("sleep") && sleeps != null && next.matches("\\d+") && sleeps <= 20) {
                guests = sleeps;
            }
        }
        return new TitleFeatures(Set.copyOf(terms), bedrooms, guests);
    }

    public boolean isEmpty() {
        return terms.isEmpty() && bedrooms == null && guests == null;
    }

    /** Share of this text's terms that the other text has too, 0 to 1. */
    public double share(TitleFeatures other) {
        if (terms.isEmpty()) {
            return 0;
        }
        long shared = terms.stream().filter(other.terms::contains).count();
        return (double) shared / terms.size();
    }

    private static Integer number(String token) {
        if (DIGITS.matcher(token).matches()) {
            return token.length() <= 2 ? Integer.valueOf(token) : null;
        }
        return NUMBER_WORDS.get(token);
    }

    private static int hanNumber(String c) {
        return switch (c) {
            case "单" -> 1;
            case "双", "两" -> 2;
            default -> "一二三四五六七八".indexOf(c) + 1;
        };
    }

    private static boolean isHan(String token) {
        return Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
