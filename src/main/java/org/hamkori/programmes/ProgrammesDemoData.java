package org.hamkori.programmes;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Organisation;
import org.hamkori.shared.DemoData;
import org.hamkori.shared.DemoMode;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.programmes.ProgrammeTheme.*;

/**
 * Who does what and where, as demo data: programmes in Tajikistan (the founding story's
 * second agenda item), one each in Uzbekistan and Kyrgyzstan, and two agreements between
 * Tajik institutions. Projects and agreements marked fictional are invented;
 * organisations come from the demo directory. Loaded once, into empty tables, in demo
 * mode, after the directory (order 10), accounts and meetings (30).
 */
@Component
@Order(40)
class ProgrammesDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(ProgrammesDemoData.class);

	private final DemoMode demo;

	private final Directory directory;

	private final ProgrammeRegister register;

	private final PartnershipAgreements agreements;

	ProgrammesDemoData(DemoMode demo, Directory directory, ProgrammeRegister register,
			PartnershipAgreements agreements) {
		this.demo = demo;
		this.directory = directory;
		this.register = register;
		this.agreements = agreements;
	}

	@Override
	@Transactional
	public void load() {
		if (!this.demo.isEnabled() || this.register.count() > 0 || this.agreements.count() > 0
				|| this.directory.mechanism("CCM-TJ").isEmpty() || organisation("MLME", "TJ") == null) {
			return;
		}
		UUID tj = this.directory.mechanismOrThrow("CCM-TJ").id();
		UUID sdc = organisation("SDC", null);
		UUID iomTj = organisation("IOM", "TJ");
		Programme safeMigration = programme(tj, iomTj, sdc,
				text("tg", "Safe Labour Migration Programme — Tajikistan component",
						"Программа безопасной трудовой миграции — компонент Таджикистана",
						"Барномаи муҳоҷирати бехатари меҳнатӣ — ҷузъи Тоҷикистон"),
				"Supports the Ministry of Labour and the Migration Service with fair recruitment, pre-departure "
						+ "orientation and data on labour migration; funds the CCM secretariat.",
				LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31),
				EnumSet.of(RECRUITMENT, PRE_DEPARTURE, PROTECTION, DATA_STATISTICS), "Khatlon, Sughd",
				BudgetBand.FROM_1M_TO_5M, "Malika Umarova", "m.umarova@iom.example.int", Visibility.PUBLIC);
		programme(tj, byName("Migrant Rights Initiative (fictional NGO)"), sdc,
				text("tg", "Know before you go: pre-departure orientation for first-time migrants (fictional project)",
						"«Знай до отъезда»: ориентация перед выездом для впервые выезжающих (вымышленный проект)",
						"«Пеш аз сафар бидон»: омодагӣ барои муҳоҷирони нав (лоиҳаи тахайюлӣ)"),
				"Orientation sessions in district centres on contracts, rights, remittances and safe return.",
				LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28), EnumSet.of(PRE_DEPARTURE, PROTECTION),
				"Dushanbe, Rasht Valley, Khatlon", BudgetBand.FROM_100K_TO_500K, "Gulnora Boboeva",
				"g.boboeva@mri.example.tj", Visibility.MEMBERS);
		programme(tj, organisation("NBT", "TJ"), null,
				text("tg", "Remittances and financial inclusion project (fictional, World Bank-style)",
						"Проект по денежным переводам и финансовой доступности (вымышленный, в духе Всемирного банка)",
						"Лоиҳаи интиқоли пул ва фарогирии молиявӣ (тахайюлӣ)"),
				"Lower-cost remittance channels, savings products for migrants' families and better remittance "
						+ "statistics in the balance of payments.",
				LocalDate.of(2019, 7, 1), LocalDate.of(2023, 6, 30), EnumSet.of(REMITTANCES, DATA_STATISTICS),
				"Countrywide", BudgetBand.OVER_5M, null, null, Visibility.PUBLIC);
		programme(tj, organisation("MLME", "TJ"), sdc,
				text("tg", "Reintegration of returning migrants (fictional pilot)",
						"Реинтеграция возвращающихся мигрантов (вымышленный пилот)",
						"Ҳамгироии дубораи муҳоҷирони бозгашта (лоиҳаи тахайюлӣ)"),
				"Counselling, skills certification and job matching for returnees in two pilot districts.",
				LocalDate.of(2027, 4, 1), LocalDate.of(2029, 3, 31), EnumSet.of(REINTEGRATION, SKILLS_RECOGNITION),
				"Sughd", BudgetBand.FROM_500K_TO_1M, null, null, Visibility.MEMBERS);
		UUID uz = this.directory.mechanismOrThrow("CCM-UZ").id();
		programme(uz, organisation("AELM", "UZ"), sdc,
				text("uz", "Skills passports for workers going abroad (fictional project)",
						"Паспорта навыков для выезжающих за рубеж (вымышленный проект)",
						"Xorijga ketayotgan ishchilar uchun malaka pasportlari (toʻqima loyiha)"),
				"Recognised certificates of skills for construction and care workers before departure.",
				LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), EnumSet.of(SKILLS_RECOGNITION, PRE_DEPARTURE),
				"Tashkent, Samarkand, Fergana", BudgetBand.FROM_500K_TO_1M, "Kamola Ergasheva",
				"k.ergasheva@iom.example.int", Visibility.PUBLIC);
		UUID kg = this.directory.mechanismOrThrow("CCM-KG").id();
		programme(kg, organisation("MLSSM", "KG"), sdc,
				text("ky", "Diaspora for development (fictional project)", "Диаспора для развития (вымышленный проект)",
						"Диаспора өнүгүү үчүн (ойдон чыгарылган долбоор)"),
				"Links Kyrgyz diaspora associations in Russia and Kazakhstan with social protection and return "
						+ "services at home.",
				LocalDate.of(2023, 9, 1), LocalDate.of(2026, 8, 31), EnumSet.of(DIASPORA, SOCIAL_PROTECTION),
				"Osh, Jalal-Abad, Batken", BudgetBand.FROM_100K_TO_500K, null, null, Visibility.MEMBERS);

		UUID ministry = organisation("MLME", "TJ");
		this.agreements.createForDemo(tj,
				new AgreementDetails(
						text("tg", "Memorandum of understanding on organised recruitment abroad",
								"Меморандум о взаимопонимании по организованному трудоустройству за рубежом",
								"Ёддошти тафоҳум оид ба ба кор ҷойгиркунии муташаккил дар хориҷа"),
						AgreementType.MOU, AgreementStatus.IN_FORCE, LocalDate.of(2023, 5, 15),
						LocalDate.of(2028, 5, 14), Set.of(ministry, organisation("OEA", "TJ")),
						Set.of(safeMigration.id()), "Joint vetting of vacancies abroad and one register of placements.",
						Visibility.MEMBERS),
				LocalDate.of(2023, 5, 15));
		this.agreements.createForDemo(tj, new AgreementDetails(
				text("tg", "Data-sharing agreement on returning migrants (fictional)",
						"Соглашение об обмене данными о возвращающихся мигрантах (вымышленное)",
						"Созишнома оид ба мубодилаи маълумот дар бораи муҳоҷирони бозгашта (тахайюлӣ)"),
				AgreementType.AGREEMENT, AgreementStatus.UNDER_NEGOTIATION, null, null,
				Set.of(organisation("MS", "TJ"), organisation("TAJSTAT", "TJ"), iomTj), Set.of(safeMigration.id()),
				"Second draft circulated; the Statistics Agency reviews the anonymisation annex.", Visibility.MEMBERS),
				LocalDate.of(2025, 10, 6));
		log.info("Demo programmes loaded: {} programmes, {} agreements", this.register.count(),
				this.agreements.count());
	}

	private Programme programme(UUID mechanism, UUID implementer, UUID donor, LocalizedText title, String description,
			LocalDate start, LocalDate end, Set<ProgrammeTheme> themes, String regions, BudgetBand budget,
			String contactName, String contactEmail, Visibility visibility) {
		return this.register.createForDemo(mechanism, new ProgrammeDetails(implementer, donor, title, description,
				start, end, themes, regions, budget, contactName, contactEmail, visibility));
	}

	private UUID organisation(String acronym, String country) {
		return this.directory.organisations()
			.stream()
			.filter((o) -> acronym.equals(o.acronym()) && java.util.Objects.equals(country, o.countryCode()))
			.map(Organisation::id)
			.findFirst()
			.orElse(null);
	}

	private UUID byName(String english) {
		return this.directory.organisations()
			.stream()
			.filter((o) -> english.equals(o.name().get("en")))
			.map(Organisation::id)
			.findFirst()
			.orElse(null);
	}

	private static LocalizedText text(String language, String en, String ru, String national) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("en", en);
		values.put("ru", ru);
		values.put(language, national);
		return LocalizedText.of(values);
	}

}
