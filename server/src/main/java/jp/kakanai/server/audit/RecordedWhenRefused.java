package jp.kakanai.server.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method that shows no resident's data but whose refusals (403) an auditor wants to see: a clerk trying to
 * act on another department's ticket is on record (who, when, which visit, which step), like a refused print;
 * the steps that are allowed are in the queue's own event log and are not repeated here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RecordedWhenRefused {
    AccessAction value();

    /** The path parameter that holds the visit id; empty when the step names none. */
    String visit() default "";

    /** Path or query parameters to record after the step's name (ids only, as for {@link PersonalData}). */
    String[] purpose() default {};
}
