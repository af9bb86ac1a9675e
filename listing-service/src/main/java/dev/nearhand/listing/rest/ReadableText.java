package dev.nearhand.listing.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person can read: at least one visible character (a letter, digit, punctuation mark or
 * symbol, emoji included), so no-break spaces, zero-width spaces or byte order marks alone are not
 * a title, and no control characters. Single-line text (a title, a name, a tag) allows no line
 * break at all; {@code multiline} text (a description, a bio) keeps tabs and line breaks. Null and
 * empty text are left to @NotNull and @NotBlank: an optional description may be empty.
 */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReadableText.Validator.class)
public @interface ReadableText {

    String message() default "must contain a letter, digit, punctuation mark or symbol";

    /** Whether tabs and line breaks are allowed. */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReadableText, String> {

        private boolean multiline;

        @Override
        public void initialize(ReadableText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            boolean visible = false;
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                if (!allowed(c)) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(
                                    multiline
                                            ? "must not contain control characters other than tabs"
                                                    + " and line breaks"
                                            : "must be one line without control characters")
                            .addConstraintViolation();
                    return false;
                }
                visible |= isVisible(c);
                i += Character.charCount(c);
            }
            return visible;
        }

        private boolean allowed(int c) {
            int type = Character.getType(c);
            boolean lineBreak =
                    type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (type == Character.CONTROL) {
                return multiline && (c == '\t' || c == '\n' || c == '\r');
            }
            return multiline || !lineBreak;
        }

        /**
         * Letters, digits, punctuation and symbols; not spaces, marks alone or format characters.
         */
        private static boolean isVisible(int c) {
            return switch (Character.getType(c)) {
                case Character.UPPERCASE_LETTER,
                                Character.LOWERCASE_LETTER,
                                Character.TITLECASE_LETTER,
                                Character.MODIFIER_LETTER,
                                Character.OTHER_LETTER,
                                Character.DECIMAL_DIGIT_NUMBER,
                                Character.LETTER_NUMBER,
                                Character.OTHER_NUMBER,
                                Character.CONNECTOR_PUNCTUATION,
                                Character.DASH_PUNCTUATION,
                                Character.START_PUNCTUATION,
                                Character.END_PUNCTUATION,
                                Character.INITIAL_QUOTE_PUNCTUATION,
                                Character.FINAL_QUOTE_PUNCTUATION,
                                Character.OTHER_PUNCTUATION,
                                Character.MATH_SYMBOL,
                                Character.CURRENCY_SYMBOL,
                                Character.MODIFIER_SYMBOL,
                                Character.OTHER_SYMBOL ->
                        true;
                default -> false;
            };
        }
    }
}
