package org.overturn.domain.audience;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text for the clinician only: placement rules' notes, caveats and safety flags, why a rule fired,
 * library summaries and sources, readiness messages. The code that writes for the plan (the letter
 * composer, the packet, request letters) may not read it; {@code AudienceTest} fails the build if
 * it does. On a record component it marks the accessor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ClinicianOnly {}
