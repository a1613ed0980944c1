package org.securebase.export.certificate;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import org.securebase.export.typeset.Canvas;
import org.securebase.export.typeset.Face;
import org.securebase.export.typeset.Palette;

/**
 * The certificate page: a double border (navy rule, gold hairline with corner marks), the
 * sponsor at the head, the title, the trainee's name as the largest text, the course, its
 * credit and dates, the approval statement verbatim, then a signature line, a seal and the
 * certificate number with its verification code, and the verification string at the foot.
 * Every text is drawn from {@link PrintedCertificate}, each in its named region.
 */
final class CertificateDesign {
    private static final int CENTER = Element.ALIGN_CENTER;
    private static final int LEFT = Element.ALIGN_LEFT;
    private static final int RIGHT = Element.ALIGN_RIGHT;

    private CertificateDesign() {
    }

    static void draw(Canvas canvas, Rectangle page, PrintedCertificate p) {
        float w = page.getWidth();
        float h = page.getHeight();
        float cx = w / 2;
        border(canvas.content(), w, h);

        float y = h - 84;
        String sponsor = p.text("sponsor");
        float sponsorSize = canvas.fit(sponsor, Face.SANS_BOLD, 11, 7.5f, w - 200);
        line(canvas, p, "sponsor", Face.SANS_BOLD, sponsorSize, Palette.NAVY, cx, y, CENTER, 1.2f);
        String provider = p.text("provider");
        if (provider != null) {
            y -= 14;
            line(canvas, p, "provider", Face.SANS, canvas.fit(provider, Face.SANS, 8, 6, w - 220), Palette.GREY, cx, y,
                    CENTER, 0.3f);
        }

        y -= 46;
        line(canvas, p, "label-title", Face.SERIF, 34, Palette.NAVY, cx, y, CENTER, 0.5f);
        y -= 22;
        line(canvas, p, "label-kind", Face.SANS, 8.5f, Palette.GOLD, cx, y, CENTER, 3.2f);

        y -= 48;
        line(canvas, p, "label-certifies", Face.SERIF_ITALIC, 12.5f, Palette.GREY, cx, y, CENTER, 0);
        y -= 42;
        String name = p.text("trainee-name");
        float nameSize = canvas.fit(name, Face.SERIF_BOLD, 31, 14, w - 220);
        line(canvas, p, "trainee-name", Face.SERIF_BOLD, nameSize, Palette.INK, cx, y, CENTER, 0.2f);
        float ruleHalf = Math.max(170, Math.min(canvas.width(name, Face.SERIF_BOLD, nameSize) / 2 + 30, w / 2 - 110));
        canvas.rule(cx - ruleHalf, cx + ruleHalf, y - 11, 0.7f, Palette.GOLD);
        String licence = p.text("licence");
        if (licence != null) {
            y -= 25;
            line(canvas, p, "licence", Face.SANS, 9, Palette.GREY, cx, y, CENTER, 0.3f);
        }

        y -= licence == null ? 44 : 32;
        line(canvas, p, "label-completed", Face.SERIF_ITALIC, 12.5f, Palette.GREY, cx, y, CENTER, 0);
        y -= 28;
        String title = p.text("course-title");
        float titleSize = canvas.fit(title, Face.SERIF_BOLD, 19, 15, w - 200);
        y = block(canvas, p, "course-title", Face.SERIF_BOLD, titleSize, Palette.NAVY, 100, w - 100, y,
                titleSize * 1.22f);

        y -= 30;
        y = block(canvas, p, "details", Face.SANS, 10, Palette.INK, 110, w - 110, y, 14);
        y -= 19;
        line(canvas, p, "completed", Face.SANS_BOLD, 10, Palette.INK, cx, y, CENTER, 0.2f);

        if (p.text("approval") != null) {
            y -= 30;
            block(canvas, p, "approval", Face.SERIF_ITALIC, 8.3f, Palette.GREY, 150, w - 150, y, 11);
        }

        foot(canvas, w, p);
        if (p.sample()) {
            sampleMark(canvas, p, w, h);
        }
    }

    private static void line(Canvas canvas, PrintedCertificate p, String region, Face face, float size,
                             java.awt.Color color, float x, float y, int align, float tracking) {
        canvas.region(region, () -> canvas.line(p.text(region), face, size, color, x, y, align, tracking));
    }

    private static float block(Canvas canvas, PrintedCertificate p, String region, Face face, float size,
                               java.awt.Color color, float left, float right, float top, float leading) {
        float[] end = new float[1];
        canvas.region(region, () -> end[0] = canvas.block(p.text(region), face, size, color, left, right, top, leading,
                CENTER));
        return end[0];
    }

    private static void border(PdfContentByte cb, float w, float h) {
        cb.saveState();
        cb.setColorStroke(Palette.NAVY);
        cb.setLineWidth(2.6f);
        cb.rectangle(26, 26, w - 52, h - 52);
        cb.stroke();
        cb.setColorStroke(Palette.GOLD);
        cb.setLineWidth(0.7f);
        cb.rectangle(34, 34, w - 68, h - 68);
        cb.stroke();
        cb.setColorFill(Palette.GOLD);
        float[][] corners = {{34, 34}, {w - 34, 34}, {34, h - 34}, {w - 34, h - 34}};
        for (float[] c : corners) {
            diamond(cb, c[0], c[1], 4.2f);
        }
        cb.restoreState();
    }

    private static void diamond(PdfContentByte cb, float x, float y, float r) {
        cb.moveTo(x, y + r);
        cb.lineTo(x + r, y);
        cb.lineTo(x, y - r);
        cb.lineTo(x - r, y);
        cb.closePath();
        cb.fill();
    }

    private static void foot(Canvas canvas, float w, PrintedCertificate p) {
        float base = 92;
        float left = 90;
        String instructor = p.text("instructor");
        if (instructor != null) {
            canvas.rule(left, left + 200, base + 16, 0.6f, Palette.INK);
            float nameSize = canvas.fit(instructor, Face.SERIF_BOLD, 10.5f, 7, 200);
            line(canvas, p, "instructor", Face.SERIF_BOLD, nameSize, Palette.INK, left, base, LEFT, 0);
            line(canvas, p, "instructor-role", Face.SANS, 8, Palette.GREY, left, base - 12, LEFT, 0.2f);
        }

        seal(canvas, w / 2, base + 8, p);

        float right = w - 90;
        line(canvas, p, "label-number", Face.SANS, 6.5f, Palette.GREY, right, base + 32, RIGHT, 1.2f);
        line(canvas, p, "number", Face.SANS_BOLD, 10, Palette.INK, right, base + 19, RIGHT, 0.3f);
        line(canvas, p, "label-code", Face.SANS, 6.5f, Palette.GREY, right, base + 3, RIGHT, 1.2f);
        line(canvas, p, "code", Face.MONO, 10, Palette.INK, right, base - 10, RIGHT, 0.8f);

        line(canvas, p, "seal", Face.MONO, 5.2f, Palette.GREY, w / 2, 46, CENTER, 0);
        line(canvas, p, "label-check", Face.SANS, 5.6f, Palette.GREY, w / 2, 40 + 14, CENTER, 0.1f);
    }

    private static void seal(Canvas canvas, float x, float y, PrintedCertificate p) {
        PdfContentByte cb = canvas.content();
        cb.saveState();
        cb.setColorStroke(Palette.GOLD);
        cb.setLineWidth(1.4f);
        cb.circle(x, y, 34);
        cb.stroke();
        cb.setLineWidth(0.5f);
        cb.circle(x, y, 30);
        cb.stroke();
        for (int i = 0; i < 48; i++) {
            double a = Math.PI * 2 * i / 48;
            cb.moveTo(x + (float) Math.cos(a) * 30, y + (float) Math.sin(a) * 30);
            cb.lineTo(x + (float) Math.cos(a) * 33, y + (float) Math.sin(a) * 33);
        }
        cb.stroke();
        cb.restoreState();
        line(canvas, p, "seal-hours", Face.SERIF_BOLD, 17, Palette.NAVY, x, y - 2, CENTER, 0);
        line(canvas, p, "seal-kind", Face.SANS_BOLD, 5.5f, Palette.GOLD, x, y - 13, CENTER, 0.8f);
        line(canvas, p, "seal-certified", Face.SANS_BOLD, 5.5f, Palette.GOLD, x, y + 14, CENTER, 1.2f);
    }

    private static void sampleMark(Canvas canvas, PrintedCertificate p, float w, float h) {
        PdfContentByte cb = canvas.content();
        cb.saveState();
        PdfGState faint = new PdfGState();
        faint.setFillOpacity(0.13f);
        faint.setStrokeOpacity(0.5f);
        cb.setGState(faint);
        float angle = (float) Math.toDegrees(Math.atan2(h, w));
        canvas.region("sample-mark", () -> canvas.line(p.text("sample-mark"), Face.SANS_BOLD, 150, Palette.RED,
                w / 2 + 10, h / 2 - 50, CENTER, 0, angle));
        cb.restoreState();

        cb.saveState();
        // Right of the title block, clear of the sponsor lines above and the name below.
        float sx = w - 122;
        float sy = h - 172;
        cb.setColorStroke(Palette.RED);
        cb.setLineWidth(1.3f);
        cb.concatCTM((float) Math.cos(0.12), (float) Math.sin(0.12), (float) -Math.sin(0.12), (float) Math.cos(0.12),
                sx, sy);
        cb.roundRectangle(-56, -16, 112, 34, 4);
        cb.stroke();
        cb.setLineWidth(0.5f);
        cb.roundRectangle(-53, -13, 106, 28, 3);
        cb.stroke();
        cb.restoreState();
        float angleDeg = (float) Math.toDegrees(0.12);
        canvas.region("sample-stamp", () -> canvas.line(p.text("sample-stamp"), Face.SANS_BOLD, 13, Palette.RED,
                sx - 2.5f * (float) Math.sin(0.12), sy + 2.5f * (float) Math.cos(0.12), CENTER, 0, angleDeg));
        canvas.region("sample-note", () -> canvas.line(p.text("sample-note"), Face.SANS, 5.5f, Palette.RED,
                sx + 7.5f * (float) Math.sin(0.12), sy - 7.5f * (float) Math.cos(0.12), CENTER, 0, angleDeg));
    }
}
