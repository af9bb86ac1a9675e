package dev.nearhand.platform.problem;

import dev.nearhand.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Orders field errors as a client counts: by field, {@code tags[2]} before {@code tags[10]}, then
 * by message. Digit runs compare by value (a longer run is the larger number; indexes have no
 * leading zeros), everything else by character. Why so plain (no regex, no copies, no full sort):
 * one request body can produce some 20,000 errors, and the services run C1-compiled; a regex per
 * comparison made picking the first twenty take seconds, this takes milliseconds.
 */
final class FieldOrder {

    private static final Comparator<FieldError> ERRORS =
            Comparator.comparing(FieldError::field, FieldOrder::compareFields)
                    .thenComparing(
                            FieldError::message, Comparator.nullsFirst(Comparator.naturalOrder()));

    private FieldOrder() {}

    /** The first {@code n} errors in field order; most errors cost one comparison. */
    static List<FieldError> first(List<FieldError> errors, int n) {
        List<FieldError> first = new ArrayList<>(n + 1);
        for (FieldError error : errors) {
            if (first.size() == n && ERRORS.compare(error, first.get(n - 1)) >= 0) {
                continue;
            }
            int at = Collections.binarySearch(first, error, ERRORS);
            first.add(at < 0 ? -at - 1 : at, error);
            if (first.size() > n) {
                first.remove(n);
            }
        }
        return List.copyOf(first);
    }

    static int compareFields(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a, i, endA, b, j, endB);
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(a.charAt(i), b.charAt(j));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
        int byLength = Integer.compare(endA - i, endB - j);
        if (byLength != 0) {
            return byLength;
        }
        for (; i < endA; i++, j++) {
            int byDigit = Character.compare(a.charAt(i), b.charAt(j));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return 0;
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
