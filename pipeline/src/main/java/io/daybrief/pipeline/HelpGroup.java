package io.daybrief.pipeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The heading under which {@code --help} lists an options interface's options. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface HelpGroup {
  String value();
}
