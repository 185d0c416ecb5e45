package jp.kakanai.server.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API method that shows or changes residents' personal data: each call is a record in the access log
 * (who, when, which visit, what for), written before the answer leaves; if the record cannot be written,
 * the answer is 503 and carries nothing. Every resource method carries this or {@link NoPersonalData}
 * ({@code EveryApiMethodIsAccountedForTest}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {
    /** The visit is named in the answer (a check-in's receipt or {@code Location}), not in the path. */
    String FROM_ANSWER = "#answer";

    AccessAction value();

    /** The path parameter that holds the visit id, or {@link #FROM_ANSWER}; empty for lists. */
    String visit() default "";

    /**
     * Path or query parameters to record as the purpose (a form id, a day). Only ids and dates: never name
     * a parameter that could carry a name, an address or a number.
     */
    String[] purpose() default {};
}
