package org.securebase.web;

/**
 * A page to render: a template and its one parameter.
 *
 * @param template the template file, as {@code question/single.jte}
 * @param model the page record it shows
 * @since 0.2
 */
record Page(String template, Object model) {
}
