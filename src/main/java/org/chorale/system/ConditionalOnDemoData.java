package org.chorale.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Marks the beans that load demo data. They load when {@code chorale.system.demo-data} is
 * true; when it is not set, on the embedded default only, never on a configured database
 * server.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnDemoData.DemoDataWanted.class)
public @interface ConditionalOnDemoData {

	class DemoDataWanted implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String explicit = context.getEnvironment().getProperty("chorale.system.demo-data");
			if (StringUtils.hasText(explicit)) {
				return Boolean.parseBoolean(explicit.strip());
			}
			return EmbeddedDatabaseConfiguration.NoDatasourceConfigured.embedded(context.getEnvironment());
		}

	}

}
