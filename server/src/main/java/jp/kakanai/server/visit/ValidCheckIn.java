package jp.kakanai.server.visit;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean validation of the shared {@link jp.kakanai.forms.checkin.CheckIn} record, which lives in
 * {@code forms} and so carries no Jakarta annotations of its own: the rules are in {@link CheckInRules}.
 */
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CheckInRules.class)
public @interface ValidCheckIn {
    String message() default "invalid check-in";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
