package dev.nearhand.listing.rest;

import dev.nearhand.platform.money.Currencies;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ISO 4217 code of money people pay with, in upper case, e.g. {@code TWD}: not XXX, XAU or a
 * funds code ({@link Currencies}). Null is left to @NotNull.
 */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Iso4217.Validator.class)
public @interface Iso4217 {

    String message() default
            "must be an ISO 4217 currency people pay with, such as EUR, TWD or CNY";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Iso4217, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Currencies.isMoney(value);
        }
    }
}
