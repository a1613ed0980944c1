/**
 * What the templates show: one immutable record per page, made from delivered quiz values, so
 * no template ever holds a key or another trainee's data.
 *
 * @since 0.2
 */
package org.securebase.web.view;
