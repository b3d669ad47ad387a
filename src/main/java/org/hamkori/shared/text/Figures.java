package org.hamkori.shared.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates as the reader's language writes them, through ICU4J (CLDR data):
 * {@code 3 026 134 000,5} in Russian and Tajik, {@code 3,026,134,000.5} in English;
 * {@code 31.03.2023} in Russian. Exposed to templates as {@code @figures}; the page's
 * language is the one of the request. Figures keep every decimal they have (never
 * rounded), and dates never break across lines: their spaces and hyphens are the
 * non-breaking kinds. {@link #plain(String, Locale)} reads a typed number back in either
 * the language's form or the plain form ({@code 1234.5}).
 */
@Component("figures")
public class Figures {

	private static final Map<Locale, LocalizedNumberFormatter> NUMBERS = new ConcurrentHashMap<>();

	private static final Map<String, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

	/** A figure in the current page's language; null gives an empty text. */
	public String number(Number value) {
		return number(value, LocaleContextHolder.getLocale());
	}

	/** A figure grouped, with the language's decimal sign and every decimal it has. */
	public static String number(Number value, Locale locale) {
		if (value == null) {
			return "";
		}
		Number exact = (value instanceof BigDecimal decimal) ? Decimals.exact(decimal) : value;
		return NUMBERS
			.computeIfAbsent(locale,
					(l) -> NumberFormatter.withLocale(numberLocale(l))
						.grouping(NumberFormatter.GroupingStrategy.ON_ALIGNED)
						.precision(Precision.unlimited()))
			.format(exact)
			.toString();
	}

	/**
	 * A computed figure (a score, a share) rounded half up to at most so many decimals,
	 * in the current page's language: {@code 87,5} in Russian.
	 */
	public String rounded(double value, int decimals) {
		return NumberFormatter.withLocale(numberLocale(LocaleContextHolder.getLocale()))
			.grouping(NumberFormatter.GroupingStrategy.ON_ALIGNED)
			.precision(Precision.maxFraction(decimals))
			.roundingMode(RoundingMode.HALF_UP)
			.format(value)
			.toString();
	}

	/**
	 * A file's size in bytes, kilobytes or megabytes (1,024 each) with at most one
	 * decimal, its unit named by CLDR in the page's language: {@code 1,2 МБ} in Russian.
	 * Tajik is the exception: CLDR names its units in Latin letters ({@code MB}), where
	 * Tajik texts write them in Cyrillic as Russian does, with the same number signs.
	 */
	public String fileSize(Number bytes) {
		return fileSize(bytes, LocaleContextHolder.getLocale());
	}

	/** Like {@link #fileSize(Number)}, for a given language. */
	public static String fileSize(Number bytes, Locale locale) {
		if (bytes == null) {
			return "";
		}
		double size = bytes.doubleValue();
		MeasureUnit unit = MeasureUnit.BYTE;
		if (size >= 1024 * 1024) {
			unit = MeasureUnit.MEGABYTE;
			size = size / (1024 * 1024);
		}
		else if (size >= 1024) {
			unit = MeasureUnit.KILOBYTE;
			size = size / 1024;
		}
		Locale names = "tg".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : locale;
		return unbreakable(NumberFormatter.withLocale(numberLocale(names))
			.grouping(NumberFormatter.GroupingStrategy.ON_ALIGNED)
			.unit(unit)
			.unitWidth(NumberFormatter.UnitWidth.SHORT)
			.precision(Precision.maxFraction(1))
			.roundingMode(RoundingMode.HALF_UP)
			.format(size)
			.toString());
	}

	/** The group separator of the current language (for the charts' script). */
	public String groupSeparator() {
		return DecimalFormatSymbols.getInstance(numberLocale(LocaleContextHolder.getLocale()))
			.getGroupingSeparatorString();
	}

	/** The decimal sign of the current language (for the charts' script). */
	public String decimalSeparator() {
		return DecimalFormatSymbols.getInstance(numberLocale(LocaleContextHolder.getLocale()))
			.getDecimalSeparatorString();
	}

	/**
	 * A day as the current language writes it in figures ({@code 31.03.2023}); a date and
	 * time or an instant gives its day (an instant in the server's zone, as the pages
	 * always did). Null gives an empty text.
	 */
	public String date(Object value) {
		return format(value, "yMMdd", LocaleContextHolder.getLocale());
	}

	/** A day and time to the minute as the current language writes them. */
	public String dateTime(Object value) {
		return format(value, "yMMddHHmm", LocaleContextHolder.getLocale());
	}

	/**
	 * An instant for a {@code <time datetime>} attribute: ISO 8601 in UTC to the second,
	 * since HTML allows at most three digits of a fraction and stored times carry six.
	 */
	public String machineTime(Object value) {
		if (value == null) {
			return null;
		}
		java.time.Instant instant;
		if (value instanceof java.time.Instant i) {
			instant = i;
		}
		else if (value instanceof java.time.OffsetDateTime o) {
			instant = o.toInstant();
		}
		else if (value instanceof java.time.ZonedDateTime z) {
			instant = z.toInstant();
		}
		else {
			throw new IllegalArgumentException("Not an instant: " + value.getClass().getName());
		}
		return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
	}

	/** Like {@link #date(Object)}, for a given language. */
	public static String date(Object value, Locale locale) {
		return format(value, "yMMdd", locale);
	}

	/** Like {@link #dateTime(Object)}, for a given language. */
	public static String dateTime(Object value, Locale locale) {
		return format(value, "yMMddHHmm", locale);
	}

	/** A time of day to the minute, on the 24-hour clock, as the language writes it. */
	public static String time(Object value, Locale locale) {
		return format(value, "HHmm", locale);
	}

	/**
	 * From one moment to another, the end's day only when it differs: {@code 11.12.2026,
	 * 10:00 – 13:00}. The whole span never wraps, around its dash neither.
	 */
	public static String span(ZonedDateTime start, ZonedDateTime end, Locale locale) {
		String to = start.toLocalDate().equals(end.toLocalDate()) ? time(end, locale) : dateTime(end, locale);
		return dateTime(start, locale) + "\u00a0\u2013\u00a0" + to;
	}

	private static String format(Object value, String skeleton, Locale locale) {
		if (value == null) {
			return "";
		}
		TemporalAccessor temporal;
		if (value instanceof Instant instant) {
			temporal = ZonedDateTime.ofInstant(instant, ZoneId.systemDefault());
		}
		else if (value instanceof TemporalAccessor other) {
			temporal = other;
		}
		else {
			throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
		}
		if (temporal instanceof LocalDateTime time && skeleton.equals("yMMdd")) {
			temporal = time.toLocalDate();
		}
		DateTimeFormatter formatter = DATES.computeIfAbsent(locale.getLanguage() + '|' + skeleton,
				(k) -> DateTimeFormatter.ofPattern(pattern(locale, skeleton), locale));
		return unbreakable(formatter.format(temporal));
	}

	/**
	 * The text with its spaces and hyphens in their non-breaking forms, so that a date
	 * (however it was formatted) never wraps inside: {@code 2023-03-/31} no more.
	 */
	public static String unbreakable(String text) {
		return text.replace(' ', '\u00a0').replace('-', '\u2011');
	}

	/**
	 * The CLDR pattern for the skeleton. Kyrgyz is the exception: CLDR gives it
	 * year-day-month ({@code 2023-31-03}), which nobody reads; Kyrgyz documents write
	 * day, month and year with dots, as Russian and Kazakh do.
	 */
	static String pattern(Locale locale, String skeleton) {
		ULocale ulocale = "ky".equals(locale.getLanguage()) ? ULocale.forLanguageTag("ru")
				: "en".equals(locale.getLanguage()) ? ULocale.forLanguageTag("en-001") : ULocale.forLocale(locale);
		return DateTimePatternGenerator.getInstance(ulocale).getBestPattern(skeleton);
	}

	/**
	 * A typed number as a plain decimal with a point, accepting the language's form
	 * ({@code 1 234,5} in Russian, {@code 1,234.5} in English) and the plain one
	 * ({@code 1234.5}); spaces of any kind between digits are dropped. When the text has
	 * a single comma or point and nothing else tells, it is the decimal sign unless it is
	 * the language's group separator followed by groups of three digits. Text that is not
	 * a number comes back as typed, without spaces, for the caller to refuse.
	 */
	public static String plain(String typed, Locale locale) {
		if (typed == null) {
			return null;
		}
		String t = typed.strip().replaceAll("[\\s\\u00a0\\u2007\\u202f'’]", "");
		int comma = t.lastIndexOf(',');
		int point = t.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			char decimal = (comma > point) ? ',' : '.';
			char group = (decimal == ',') ? '.' : ',';
			return t.replace(String.valueOf(group), "").replace(decimal, '.');
		}
		char mark = (comma >= 0) ? ',' : '.';
		if (comma < 0 && point < 0) {
			return t;
		}
		String groupSign = DecimalFormatSymbols.getInstance(numberLocale(locale)).getGroupingSeparatorString();
		boolean grouped = t.matches("[-+]?\\d{1,3}(\\" + mark + "\\d{3})+");
		boolean several = t.indexOf(mark) != t.lastIndexOf(mark);
		if (several || (grouped && groupSign.equals(String.valueOf(mark)))) {
			return t.replace(String.valueOf(mark), "");
		}
		return t.replace(mark, '.');
	}

	private static ULocale numberLocale(Locale locale) {
		return ULocale.forLocale(locale);
	}

}
