package app.dateline.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date on the command line ({@code --dct}, {@code --from}, {@code --to}): {@code YYYY-MM-DD} in the years 1 to
 * 9999, the years a TIMEX3 value can hold; anything else is a usage error.
 */
final class DateArgument implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new TypeConversionException("'" + value + "' is outside the years 1 to 9999");
        }
        return date;
    }
}
