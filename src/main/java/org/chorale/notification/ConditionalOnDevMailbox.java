package org.chorale.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.chorale.system.ConditionalOnEmbeddedDefault;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** The embedded default with no mail server configured: e-mails go to the dev mailbox. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnEmbeddedDefault
@ConditionalOnExpression("'${spring.mail.host:}' == ''")
@interface ConditionalOnDevMailbox {

}
