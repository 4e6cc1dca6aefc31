package fr.levier.shared.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a listed record that its query computes or joins, so it cannot be a sort key:
 * {@code ?sort=} on it is refused with a 400 naming the fields that can be (see {@link PagingRules}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotSortable {}
