package org.hamkori.directory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.util.TelUri;

/**
 * A contact's name and phone as the vCard's structured properties. Hamkori stores one
 * full name as people write it; in the region it comes in two orders: "Bahrom Sharipov"
 * (given, family) and "Шарипов Бахром Каримович" (family, given, patronymic). A
 * patronymic (-вич, -вна, -ovich, -ovna, uulu, kyzy, o'g'li, qizi…) marks the second
 * order; otherwise the last word is the family name.
 */
final class PersonNames {

	private static final Pattern PATRONYMIC = Pattern.compile(
			"(?iu).*(вич|вна|ична|ovich|evich|ovna|evna|ichna|uulu|kyzy|qizi|o['ʻ’]?g['ʻ’]?li|угли|уулу|кызы|кизи)$");

	private static final Pattern GLOBAL_NUMBER = Pattern.compile("\\+[0-9]{6,15}");

	private PersonNames() {
	}

	static StructuredName structured(String fullName) {
		StructuredName name = new StructuredName();
		List<String> words = Arrays.asList(fullName.strip().split("\\s+"));
		if (words.size() == 1) {
			name.setFamily(words.get(0));
		}
		else if (words.size() >= 3 && PATRONYMIC.matcher(words.get(words.size() - 1)).matches()) {
			name.setFamily(words.get(0));
			name.setGiven(words.get(1));
			name.getAdditionalNames().addAll(words.subList(2, words.size()));
		}
		else {
			name.setFamily(words.get(words.size() - 1));
			name.setGiven(words.get(0));
			name.getAdditionalNames().addAll(words.subList(1, words.size() - 1));
		}
		return name;
	}

	/**
	 * An international number ("+992 (37) 221-00-00") becomes a {@code tel:} URI;
	 * anything else stays text, which RFC 6350 allows with {@code VALUE=text}.
	 */
	static Telephone telephone(String phone) {
		String digits = phone.strip().replaceAll("[\\s().\\-]", "").toLowerCase(Locale.ROOT);
		if (GLOBAL_NUMBER.matcher(digits).matches()) {
			return new Telephone(new TelUri.Builder(digits).build());
		}
		return new Telephone(phone.strip());
	}

}
