package org.securebase.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders pages from the templates the build precompiled (escaping by context: HTML, attributes,
 * URLs), so no template compiler runs in the server.
 *
 * @since 0.2
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** @return the page's HTML */
    String render(Page page) {
        StringOutput out = new StringOutput();
        engine.render(page.template(), page.model(), out);
        return out.toString();
    }
}
