package org.securebase.export.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.securebase.model.course.Credits;
import org.securebase.model.course.ProgramDates;

/** How certificate values are written on the page; shared by the design and the text check. */
final class CertificateWording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    private CertificateWording() {
    }

    static String date(LocalDate date) {
        return DAY.format(date);
    }

    static String hours(Credits credits) {
        BigDecimal h = credits.hours();
        String unit = h.compareTo(BigDecimal.ONE) == 0 ? "hour" : "hours";
        return h.toPlainString() + " " + credits.kind() + " " + unit;
    }

    static String dates(ProgramDates dates) {
        LocalDate s = dates.start();
        LocalDate e = dates.end();
        if (s.equals(e)) {
            return date(s);
        }
        if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
            return MONTH_DAY.format(s) + "–" + e.getDayOfMonth() + ", " + e.getYear();
        }
        if (s.getYear() == e.getYear()) {
            return MONTH_DAY.format(s) + " – " + MONTH_DAY.format(e) + ", " + e.getYear();
        }
        return date(s) + " – " + date(e);
    }

    static String licence(Trainee t) {
        if (t.licenceNumber() == null) {
            return t.jurisdiction() == null ? null : "Licensed in " + t.jurisdiction();
        }
        return "Licence No. " + t.licenceNumber() + (t.jurisdiction() == null ? "" : " · " + t.jurisdiction());
    }
}
