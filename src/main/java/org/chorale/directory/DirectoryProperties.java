package org.chorale.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chorale.directory.*}.
 *
 * @param demoStructures the size of the fictional directory a demo instance starts with
 */
@ConfigurationProperties("chorale.directory")
record DirectoryProperties(@DefaultValue("2000") int demoStructures) {

}
