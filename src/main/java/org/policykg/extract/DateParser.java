package org.policykg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the first date written as 2022年12月27日, 2022-01-21 or 2022.1.21 in a text. */
final class DateParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[年\\-./]\\s*(\\d{1,2})\\s*[月\\-./]\\s*(\\d{1,2})\\s*日?");

    private DateParser() {}

    static Optional<LocalDate> first(String text) {
        if (text == null) return Optional.empty();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // 2023.13.40 is no date; look further
            }
        }
        return Optional.empty();
    }

    /** True when the whole text is one date: the date line under a notice's signature. */
    static boolean isDateLine(String text) {
        return text.matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
    }
}
