package org.chorale.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks what exists only on the embedded default, the run with no database configured
 * (for someone trying Chorale on their machine), never on a configured server.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
public @interface ConditionalOnEmbeddedDefault {

}
