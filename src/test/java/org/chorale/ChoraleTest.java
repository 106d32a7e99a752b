package org.chorale;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context the tests share (so it starts once): the whole of Chorale
 * on a throwaway embedded PostgreSQL, or on the server named by SPRING_DATASOURCE_URL,
 * listening on a random port (for the browser tests), with MockMvc for the pages and
 * e-mails sent over SMTP to {@link TestMail}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestMail.class)
public @interface ChoraleTest {

}
