package org.overturn.domain.audience;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A writer of text for the plan: what it writes leaves the practice, so it may never read {@link
 * ClinicianOnly} text (the architecture test {@code AudienceTest} enforces it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Outgoing {}
