package org.hamkori.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error statuses an API operation gives beyond those its shape tells ({@code 422} for
 * refused content, {@code 429} for throttling), for the OpenAPI description. 400, 401,
 * 403, 404, 409, 412 and 413 are derived from the operation ({@link ApiContract}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemResponses {

	int[] value();

}
