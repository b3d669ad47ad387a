package org.hamkori.directory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.shared.DemoData;
import org.hamkori.shared.DemoMode;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.directory.OrganisationType.*;
import static org.hamkori.shared.security.MembershipRole.*;

/**
 * The founding story as demo data: the CCM Tajikistan with the members of its first
 * meeting (29 November 2022), plausible members for the other three CCMs, and the RCM.
 * All people and the NGOs and private agencies are fictional. Loaded once, into an empty
 * directory, when demo mode is on.
 */
@Component
@Order(10)
class DirectoryDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

	private final DemoMode demo;

	private final MechanismRepository mechanisms;

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	private final MembershipRepository memberships;

	private final DirectoryRevision revision;

	DirectoryDemoData(DemoMode demo, MechanismRepository mechanisms, OrganisationRepository organisations,
			PersonRepository people, MembershipRepository memberships, DirectoryRevision revision) {
		this.demo = demo;
		this.mechanisms = mechanisms;
		this.organisations = organisations;
		this.people = people;
		this.memberships = memberships;
		this.revision = revision;
	}

	@Override
	@Transactional
	public void load() {
		if (!this.demo.isEnabled() || this.organisations.count() > 0) {
			return;
		}
		tajikistan();
		kazakhstan();
		kyrgyzstan();
		uzbekistan();
		// It loads while the server already answers: member lists and viewers cached
		// before
		// now must be rebuilt.
		this.revision.bump();
		log.info("Demo directory loaded: {} organisations, {} people", this.organisations.count(), this.people.count());
	}

	private void tajikistan() {
		Seat tj = new Seat("CCM-TJ", LocalDate.of(2022, 11, 29), "+992");
		Organisation mol = org("TJ", MINISTRY, "MLME", "Ministry of Labour, Migration and Employment of Population",
				"Министерство труда, миграции и занятости населения", "tg",
				"Вазорати меҳнат, муҳоҷират ва шуғли аҳолӣ");
		tj.add(mol, CHAIR, "Firuza Karimova", "Deputy Minister", "f.karimova@mol.example.tj", "F");
		tj.add(mol, FOCAL_POINT, "Rustam Nazarov", "Head, Department of Labour Migration", "r.nazarov@mol.example.tj",
				"M");
		tj.add(org("TJ", GOVERNMENT_AGENCY, "MS", "Migration Service", "Миграционная служба", "tg",
				"Хадамоти муҳоҷират"), FOCAL_POINT, "Dilshod Saidov", "Deputy Head", "d.saidov@ms.example.tj", "M");
		tj.add(org("TJ", RESEARCH, null, "Research Institute of Labour, Migration and Employment",
				"Научно-исследовательский институт труда, миграции и занятости", "tg",
				"Пажӯҳишгоҳи илмию тадқиқотии меҳнат, муҳоҷират ва шуғл"), MEMBER, "Zarina Qodirova",
				"Senior Researcher", "z.qodirova@research.example.tj", "F");
		tj.add(org("TJ", EDUCATION_TRAINING, null, "Adult Education Center", "Центр обучения взрослых", "tg",
				"Маркази таълими калонсолон"), MEMBER, "Parviz Aliev", "Director", "p.aliev@aec.example.tj", "M");
		tj.add(org("TJ", PUBLIC_EMPLOYMENT_AGENCY, "OEA", "Overseas Employment Agency",
				"Агентство по трудоустройству за рубежом", "tg", "Агентии шуғли хориҷӣ"), FOCAL_POINT,
				"Manizha Rahimova", "Head of Placements", "m.rahimova@oea.example.tj", "F");
		Organisation nbt = org("TJ", CENTRAL_BANK, "NBT", "National Bank of Tajikistan",
				"Национальный банк Таджикистана", "tg", "Бонки миллии Тоҷикистон");
		tj.add(nbt, FOCAL_POINT, "Bahrom Sharipov", "Head, Balance of Payments Statistics", "b.sharipov@nbt.example.tj",
				"M");
		tj.ended(nbt, FOCAL_POINT, "Sitora Latipova", "Economist", "s.latipova@nbt.example.tj", "F",
				LocalDate.of(2024, 6, 30), "Reassigned within the bank");
		tj.add(org("TJ", STATISTICS_OFFICE, "TAJSTAT",
				"Statistics Agency under the President of the Republic of Tajikistan",
				"Агентство по статистике при Президенте Республики Таджикистан", "tg",
				"Агентии омори назди Президенти Ҷумҳурии Тоҷикистон"), FOCAL_POINT, "Nigora Yusupova",
				"Head, Labour Statistics", "n.yusupova@stat.example.tj", "F");
		tj.add(org("TJ", MINISTRY, "MoES", "Ministry of Education and Science", "Министерство образования и науки",
				"tg", "Вазорати маориф ва илм"), MEMBER, "Sino Davlatov", "Head, Vocational Education",
				"s.davlatov@edu.example.tj", "M");
		tj.add(org("TJ", PRIVATE_EMPLOYMENT_AGENCY, null, "Demo Recruitment Partners (fictional)",
				"Демо Рекрутинг Партнёрс (вымышленное)", "tg", "Демо Рекрутинг Партнёрс (тахайюлӣ)"), MEMBER,
				"Farrukh Ismoilov", "Managing Director", "f.ismoilov@drp.example.tj", "M");
		tj.add(org("TJ", PRIVATE_EMPLOYMENT_AGENCY, null, "Safar Work Placement (fictional)",
				"Сафар Ворк Плейсмент (вымышленное)", "tg", "Сафар Ворк Плейсмент (тахайюлӣ)"), MEMBER,
				"Shahlo Mirzoeva", "Director", "s.mirzoeva@safar.example.tj", "F");
		tj.add(org("TJ", CIVIL_SOCIETY, null, "Migrant Rights Initiative (fictional NGO)",
				"Инициатива за права мигрантов (вымышленная НКО)", "tg",
				"Ташаббус барои ҳуқуқҳои муҳоҷирон (ТҶ тахайюлӣ)"), MEMBER, "Gulnora Boboeva", "Chairperson",
				"g.boboeva@mri.example.tj", "F");
		tj.add(org("TJ", CIVIL_SOCIETY, null, "Women and Migration Forum (fictional NGO)",
				"Форум «Женщины и миграция» (вымышленная НКО)", "tg", "Форуми «Занон ва муҳоҷират» (тахайюлӣ)"), MEMBER,
				"Jamshed Hakimov", "Programme Coordinator", "j.hakimov@wmf.example.tj", "M");
		tj.add(org("TJ", INTERNATIONAL_ORGANISATION, "IOM", "IOM Tajikistan", "МОМ Таджикистан", "tg",
				"САМ Тоҷикистон"), SECRETARIAT, "Malika Umarova", "National Programme Officer",
				"m.umarova@iom.example.int", "F");
		Organisation sdc = org(null, DONOR, "SDC", "Swiss Agency for Development and Cooperation",
				"Швейцарское агентство по развитию и сотрудничеству", "tg",
				"Агентии Швейтсария оид ба рушд ва ҳамкорӣ");
		tj.add(sdc, OBSERVER, "Anna Keller", "Programme Manager, Migration", "a.keller@sdc.example.ch", "F");

		Seat rcm = new Seat("RCM", LocalDate.of(2022, 12, 14), "+7");
		Organisation iomRegional = org(null, INTERNATIONAL_ORGANISATION, "IOM",
				"IOM Subregional Office for Central Asia", "Субрегиональный офис МОМ для Центральной Азии", null, null);
		rcm.add(iomRegional, SECRETARIAT, "Aigerim Bekova", "Regional Programme Coordinator",
				"a.bekova@iom.example.int", "F");
		// finalises the Labour Migration Programme's progress reports, which IOM
		// implements
		rcm.add(iomRegional, PROGRAMME_MANAGER, "Timur Alimov", "Programme Manager, Labour Migration Programme",
				"t.alimov@iom.example.int", "M");
		rcm.existing(mol, MEMBER, "f.karimova@mol.example.tj");
		rcm.existing(sdc, OBSERVER, "a.keller@sdc.example.ch");
	}

	private void kazakhstan() {
		Seat kz = new Seat("CCM-KZ", LocalDate.of(2023, 3, 1), "+7");
		Organisation ministry = org("KZ", MINISTRY, "MLSPP", "Ministry of Labour and Social Protection of Population",
				"Министерство труда и социальной защиты населения", "kk",
				"Еңбек және халықты әлеуметтік қорғау министрлігі");
		kz.add(ministry, CHAIR, "Askar Zhunusov", "Vice Minister", "a.zhunusov@enbek.example.kz", "M");
		kz.add(ministry, FOCAL_POINT, "Saule Amanova", "Head, Migration Policy Department",
				"s.amanova@enbek.example.kz", "F");
		kz.add(org("KZ", CENTRAL_BANK, "NBK", "National Bank of Kazakhstan", "Национальный банк Казахстана", "kk",
				"Қазақстан Ұлттық Банкі"), FOCAL_POINT, "Yerlan Tokayev", "Chief Economist, External Sector",
				"y.tokayev@nationalbank.example.kz", "M");
		kz.add(org("KZ", STATISTICS_OFFICE, "BNS", "Bureau of National Statistics", "Бюро национальной статистики",
				"kk", "Ұлттық статистика бюросы"), FOCAL_POINT, "Dana Seitkali", "Head, Population Statistics",
				"d.seitkali@stat.example.kz", "F");
		kz.add(org("KZ", CIVIL_SOCIETY, null, "Steppe Migrant Support (fictional NGO)",
				"Степная поддержка мигрантов (вымышленная НКО)", "kk",
				"Дала мигранттарды қолдау (ойдан шығарылған ҮЕҰ)"), MEMBER, "Ruslan Ospanov", "Director",
				"r.ospanov@sms.example.kz", "M");
		kz.add(org("KZ", INTERNATIONAL_ORGANISATION, "IOM", "IOM Kazakhstan", "МОМ Казахстан", "kk", "ХКҰ Қазақстан"),
				SECRETARIAT, "Madina Kassymova", "Programme Officer", "m.kassymova@iom.example.int", "F");
	}

	private void kyrgyzstan() {
		Seat kg = new Seat("CCM-KG", LocalDate.of(2023, 2, 15), "+996");
		Organisation ministry = org("KG", MINISTRY, "MLSSM", "Ministry of Labour, Social Security and Migration",
				"Министерство труда, социального обеспечения и миграции", "ky",
				"Эмгек, социалдык камсыздоо жана миграция министрлиги");
		kg.add(ministry, CHAIR, "Nurlan Abdyrakhmanov", "Deputy Minister", "n.abdyrakhmanov@mlsp.example.kg", "M");
		kg.add(ministry, FOCAL_POINT, "Aizada Toktosunova", "Head, External Migration", "a.toktosunova@mlsp.example.kg",
				"F");
		kg.add(org("KG", CENTRAL_BANK, "NBKR", "National Bank of the Kyrgyz Republic",
				"Национальный банк Кыргызской Республики", "ky", "Кыргыз Республикасынын Улуттук банкы"), FOCAL_POINT,
				"Bakyt Usenov", "Economist, Balance of Payments", "b.usenov@nbkr.example.kg", "M");
		kg.add(org("KG", STATISTICS_OFFICE, "NSC", "National Statistical Committee",
				"Национальный статистический комитет", "ky", "Улуттук статистика комитети"), FOCAL_POINT,
				"Cholpon Asanova", "Head, Labour Statistics", "c.asanova@stat.example.kg", "F");
		kg.add(org("KG", CIVIL_SOCIETY, null, "Ala-Too Migrant Help (fictional NGO)",
				"Ала-Тоо помощь мигрантам (вымышленная НКО)", "ky", "Ала-Тоо мигранттарга жардам (ойдон чыгарылган)"),
				MEMBER, "Talant Sydykov", "Lawyer", "t.sydykov@atmh.example.kg", "M");
		kg.add(org("KG", INTERNATIONAL_ORGANISATION, "IOM", "IOM Kyrgyzstan", "МОМ Кыргызстан", "ky", "ЭУМ Кыргызстан"),
				SECRETARIAT, "Elnura Mamatova", "Programme Officer", "e.mamatova@iom.example.int", "F");
	}

	private void uzbekistan() {
		Seat uz = new Seat("CCM-UZ", LocalDate.of(2023, 4, 10), "+998");
		Organisation ministry = org("UZ", MINISTRY, "MEPR", "Ministry of Employment and Poverty Reduction",
				"Министерство занятости и сокращения бедности", "uz",
				"Bandlik va kambagʻallikni qisqartirish vazirligi");
		uz.add(ministry, CHAIR, "Jasur Tursunov", "Deputy Minister", "j.tursunov@mehnat.example.uz", "M");
		uz.add(org("UZ", GOVERNMENT_AGENCY, "AELM", "Agency for External Labour Migration",
				"Агентство внешней трудовой миграции", "uz", "Tashqi mehnat migratsiyasi agentligi"), FOCAL_POINT,
				"Dilnoza Karimova", "Head, Foreign Employment", "d.karimova@migration.example.uz", "F");
		uz.add(org("UZ", CENTRAL_BANK, "CBU", "Central Bank of Uzbekistan", "Центральный банк Узбекистана", "uz",
				"Oʻzbekiston Respublikasi Markaziy banki"), FOCAL_POINT, "Otabek Rahimov", "Head, External Statistics",
				"o.rahimov@cbu.example.uz", "M");
		uz.add(org("UZ", STATISTICS_OFFICE, "NSC-UZ", "National Statistics Committee",
				"Национальный комитет по статистике", "uz", "Statistika milliy qoʻmitasi"), FOCAL_POINT,
				"Gulchehra Aminova", "Head, Demography", "g.aminova@stat.example.uz", "F");
		uz.add(org("UZ", CIVIL_SOCIETY, null, "Silk Road Workers' Voice (fictional NGO)",
				"Голос работников Шёлкового пути (вымышленная НКО)", "uz", "Ipak yoʻli ishchilari ovozi (toʻqima NNT)"),
				MEMBER, "Bekzod Nazarov", "Coordinator", "b.nazarov@srwv.example.uz", "M");
		uz.add(org("UZ", INTERNATIONAL_ORGANISATION, "IOM", "IOM Uzbekistan", "МОМ Узбекистан", "uz",
				"XMT Oʻzbekiston"), SECRETARIAT, "Kamola Ergasheva", "Programme Officer", "k.ergasheva@iom.example.int",
				"F");
	}

	private Organisation org(String country, OrganisationType type, String acronym, String en, String ru,
			String thirdLanguage, String third) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("en", en);
		names.put("ru", ru);
		if (thirdLanguage != null) {
			names.put(thirdLanguage, third);
		}
		return this.organisations.save(Organisation.create(LocalizedText.of(names), acronym, type, country, null));
	}

	/**
	 * Most demo members read Russian; a few prefer Tajik or English, as in real bodies.
	 */
	private static final Map<String, String> LANGUAGES = Map.of("f.karimova@mol.example.tj", "tg",
			"b.sharipov@nbt.example.tj", "tg", "m.umarova@iom.example.int", "en", "a.keller@sdc.example.ch", "en");

	/**
	 * The demo members who consented to be named on the public portal (issue 16);
	 * everyone else is not named there.
	 */
	static final java.util.Set<String> PUBLIC_LISTING = java.util.Set.of("f.karimova@mol.example.tj",
			"b.sharipov@nbt.example.tj");

	/** Seats people in one mechanism from one date. */
	private final class Seat {

		private final Mechanism mechanism;

		private final LocalDate from;

		private final String dial;

		Seat(String code, LocalDate from, String dial) {
			this.dial = dial;
			this.mechanism = DirectoryDemoData.this.mechanisms.findByCode(code).orElseThrow();
			this.from = from;
		}

		void add(Organisation org, MembershipRole role, String name, String position, String email, String sex) {
			Person person = DirectoryDemoData.this.people
				.save(Person
					.create(name, position, email,
							this.dial + " 44 000 " + String.format("%04d", Math.abs(email.hashCode()) % 10000),
							LANGUAGES.getOrDefault(email, "ru"), sex)
					.withPublicListing(PUBLIC_LISTING.contains(email)));
			seat(org, person, role, this.from, null, null);
		}

		void ended(Organisation org, MembershipRole role, String name, String position, String email, String sex,
				LocalDate to, String reason) {
			Person person = DirectoryDemoData.this.people.save(Person.create(name, position, email, null, "ru", sex));
			seat(org, person, role, this.from, to, reason);
		}

		void existing(Organisation org, MembershipRole role, String email) {
			Person person = DirectoryDemoData.this.people.findByEmailIgnoreCase(email).orElseThrow();
			seat(org, person, role, this.from, null, null);
		}

		private void seat(Organisation org, Person person, MembershipRole role, LocalDate from, LocalDate to,
				String reason) {
			Membership membership = Membership.start(this.mechanism.id(), org.id(), person.id(), role, from, to);
			DirectoryDemoData.this.memberships.save(new Membership(membership.id(), membership.mechanismId(),
					membership.organisationId(), membership.personId(), role, from, to, reason, null));
		}

	}

}
