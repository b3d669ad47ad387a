package org.hamkori.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.ActionStatus;
import org.hamkori.actions.NewAction;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.directory.Person;
import org.hamkori.shared.DemoData;
import org.hamkori.shared.DemoMode;
import org.hamkori.shared.i18n.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The founding story as meetings: the 1st meeting of the CCM Tajikistan (29 November
 * 2022, Dushanbe) with its three agenda items, attendance, three decisions and their
 * actions (some done, some overdue), its minutes adopted in Russian and English; the 1st
 * RCM meeting (14 December 2022, Almaty); and the next CCM Tajikistan meeting, announced
 * three weeks ahead, publicly. Written straight into the tables, since the rules forbid
 * announcing the past. Loaded once, when demo mode is on and there are no meetings yet.
 */
@Component
@Order(30)
class MeetingsDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);

	private final DemoMode demo;

	private final MeetingRepository meetings;

	private final Directory directory;

	private final ActionItems actions;

	private final JdbcAggregateTemplate aggregates;

	private final Clock clock;

	private final MeetingPublication publication;

	MeetingsDemoData(DemoMode demo, MeetingRepository meetings, Directory directory, ActionItems actions,
			JdbcAggregateTemplate aggregates, Clock clock, MeetingPublication publication) {
		this.publication = publication;
		this.demo = demo;
		this.meetings = meetings;
		this.directory = directory;
		this.actions = actions;
		this.aggregates = aggregates;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void load() {
		if (!this.demo.isEnabled() || this.meetings.count() > 0 || this.directory.mechanism("CCM-TJ").isEmpty()
				|| this.directory.personByEmail("f.karimova@mol.example.tj").isEmpty()) {
			return;
		}
		Mechanism tj = this.directory.mechanismOrThrow("CCM-TJ");
		Mechanism rcm = this.directory.mechanismOrThrow("RCM");
		firstTajikMeeting(tj);
		firstRegionalMeeting(rcm);
		nextTajikMeeting(tj);
		log.info("Demo meetings loaded: {}", this.meetings.count());
	}

	private void firstTajikMeeting(Mechanism tj) {
		Meeting meeting = meeting(tj, MeetingType.ORDINARY, 1, LocalDateTime.of(2022, 11, 29, 10, 0),
				LocalDateTime.of(2022, 11, 29, 13, 0), "Asia/Dushanbe", "Dushanbe, IOM Tajikistan conference room",
				"ru,en", MeetingStatus.MINUTES_ADOPTED, 4, LocalDate.of(2023, 1, 13),
				Instant.parse("2023-01-20T06:00:00Z"), "chair.tj");
		AgendaItem trends = item(meeting, 1,
				text("Exchange of experience and information on migration developments and trends",
						"Обмен опытом и информацией о миграционных процессах и тенденциях",
						"Мубодилаи таҷриба ва иттилоот оид ба равандҳо ва тамоюлҳои муҳоҷират"),
				AgendaKind.DISCUSSION, org("MLME"), 45);
		AgendaItem partners = item(meeting, 2,
				text("Strategic partnerships and interaction with other programmes and stakeholders in the country",
						"Стратегическое партнёрство и взаимодействие с другими программами и участниками в стране",
						"Шарикии стратегӣ ва ҳамкорӣ бо барномаҳо ва ҷонибҳои дигар дар кишвар"),
				AgendaKind.DISCUSSION, org("IOM", tj), 40);
		AgendaItem rcm = item(meeting, 3, text(
				"Preparing the 1st meeting of the Regional Coordination Mechanism (Almaty, 14 December 2022)",
				"Подготовка к 1-му заседанию Регионального координационного механизма (Алматы, 14 декабря 2022 г.)",
				"Омодагӣ ба ҷаласаи 1-уми Механизми ҳамоҳангсозии минтақавӣ (Алмаато, 14 декабри 2022)"),
				AgendaKind.DECISION, org("MLME"), 30);
		attendEveryone(meeting, tj);
		minutes(meeting, "ru", Map.of(Minutes.OPENING,
				"Заседание открыла заместитель министра труда, миграции и занятости населения. Члены механизма подтвердили готовность к **коллективным действиям**.",
				trends.id().toString(),
				"Национальный банк представил данные о денежных переводах; Агентство по статистике — о трудовой миграции за 9 месяцев.\n\n- рост числа выезжающих на работу\n- снижение объёма переводов в долларовом выражении",
				partners.id().toString(),
				"МОМ представила действующие программы; решено составить карту программ партнёров, чтобы избежать дублирования.",
				rcm.id().toString(), "Обсуждены позиция страны и состав делегации на 1-е заседание РКМ."));
		minutes(meeting, "en", Map.of(Minutes.OPENING,
				"The Deputy Minister of Labour, Migration and Employment opened the meeting. Members committed to **collective action**.",
				trends.id().toString(),
				"The National Bank presented remittance data; the Statistics Agency presented nine-month labour-migration figures.\n\n- more people leaving for work abroad\n- remittances down in dollar terms",
				partners.id().toString(),
				"IOM presented current programmes; members agreed to map partners' programmes to avoid duplication.",
				rcm.id().toString(), "The country position and the delegation to the 1st RCM meeting were agreed."));
		Decision d1 = decision(meeting, trends, 1,
				text("Members exchange migration data every quarter through the CCM.",
						"Члены механизма ежеквартально обмениваются данными о миграции через СКМ.",
						"Аъзоён ҳар семоҳа маълумоти муҳоҷиратро тавассути МҲК мубодила мекунанд."));
		Decision d2 = decision(meeting, partners, 2,
				text("The Migration Service maps migration programmes of partners in the country.",
						"Миграционная служба составляет карту миграционных программ партнёров в стране.",
						"Хадамоти муҳоҷират харитаи барномаҳои муҳоҷиратии шарикон дар кишварро тартиб медиҳад."));
		Decision d3 = decision(meeting, rcm, 3,
				text("The Ministry prepares the national presentation and leads the delegation to the 1st RCM meeting.",
						"Министерство готовит национальную презентацию и возглавляет делегацию на 1-м заседании РКМ.",
						"Вазорат муаррифии миллиро омода мекунад ва ҳайатро дар ҷаласаи 1-уми МҲМ сарварӣ мекунад."));
		String code = meeting.code(tj.code());
		// the first meeting, its summary and its decisions are on the public portal
		// (0041)
		this.publication.markForDemo("meeting", meeting.id());
		List.of(d1, d2, d3).forEach((d) -> this.publication.markForDemo("decision", d.id()));
		action(tj, meeting, d1, code, "NBT", "Share quarterly remittance data with the CCM",
				"Предоставлять ежеквартальные данные о денежных переводах", LocalDate.of(2023, 3, 31),
				ActionStatus.DONE);
		action(tj, meeting, d1, code, "TAJSTAT", "Publish labour-migration statistics for 2022",
				"Опубликовать статистику трудовой миграции за 2022 год", LocalDate.of(2023, 6, 30),
				ActionStatus.IN_PROGRESS);
		action(tj, meeting, d1, code, "NBT", "Submit this quarter's remittance figures",
				"Представить данные о переводах за текущий квартал", LocalDate.now(this.clock).plusDays(5),
				ActionStatus.OPEN);
		action(tj, meeting, d2, code, "MS", "Map partners' migration programmes",
				"Составить карту миграционных программ партнёров", LocalDate.of(2023, 2, 28), ActionStatus.OPEN);
		action(tj, meeting, d3, code, "MLME", "Prepare the national presentation for the 1st RCM meeting",
				"Подготовить национальную презентацию к 1-му заседанию РКМ", LocalDate.of(2022, 12, 10),
				ActionStatus.DONE);
	}

	private void firstRegionalMeeting(Mechanism rcm) {
		Meeting meeting = meeting(rcm, MeetingType.REGIONAL, 1, LocalDateTime.of(2022, 12, 14, 10, 0),
				LocalDateTime.of(2022, 12, 14, 17, 0), "Asia/Almaty", "Almaty", "ru,en", MeetingStatus.HELD, 1, null,
				null, null);
		item(meeting, 1, text("National reports of the four countries", "Национальные доклады четырёх стран",
				"Гузоришҳои миллии чор кишвар"), AgendaKind.INFORMATION, null, 120);
		item(meeting, 2,
				text("Regional priorities for labour-migration governance",
						"Региональные приоритеты управления трудовой миграцией",
						"Афзалиятҳои минтақавии идоракунии муҳоҷирати меҳнатӣ"),
				AgendaKind.DISCUSSION, null, 90);
		attendEveryone(meeting, rcm);
	}

	private void nextTajikMeeting(Mechanism tj) {
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Dushanbe")).plusDays(21);
		Meeting meeting = meeting(tj, MeetingType.ORDINARY, 2, day.atTime(10, 0), day.atTime(13, 0), "Asia/Dushanbe",
				"Dushanbe, Ministry of Labour, Migration and Employment", "ru,en", MeetingStatus.ANNOUNCED, 1, null,
				null, null);
		// announced on the public portal, so its home page shows the next public meeting
		this.publication.markForDemo("meeting", meeting.id());
		this.aggregates.insert(new AgendaItem(UUID.randomUUID(), meeting.id(), 1,
				text("Follow-up of actions", "Контроль исполнения поручений", "Пайгирии иҷрои амалҳо"),
				AgendaKind.DISCUSSION, null, null, 15, AgendaStatus.ACCEPTED, AgendaItem.FOLLOW_UP, null, null, 0));
		item(meeting, 2, text("Remittance trends in 2025", "Тенденции денежных переводов в 2025 году",
				"Тамоюлҳои интиқоли пул дар соли 2025"), AgendaKind.INFORMATION, org("NBT"), 30);
		item(meeting, 3, text("Pre-departure orientation for labour migrants",
				"Предвыездная подготовка трудовых мигрантов", "Омодасозии пеш аз сафари муҳоҷирони меҳнатӣ"),
				AgendaKind.DECISION, org("OEA"), 40);
		var today = this.directory.today();
		int n = 0;
		for (Membership m : this.directory.membershipsOfMechanism(tj.id())) {
			if (m.isActiveOn(today)) {
				Invitation.Response response = switch (n++ % 4) {
					case 0 -> Invitation.Response.ACCEPTED;
					case 1 -> Invitation.Response.NONE;
					case 2 -> Invitation.Response.ACCEPTED;
					default -> Invitation.Response.DECLINED;
				};
				this.aggregates.insert(new Invitation(UUID.randomUUID(), meeting.id(), m.personId(), response, null,
						(response == Invitation.Response.NONE) ? null : this.clock.instant(), 0));
			}
		}
	}

	private Meeting meeting(Mechanism mechanism, MeetingType type, int number, LocalDateTime start, LocalDateTime end,
			String zone, String venue, String languages, MeetingStatus status, int nextDecision, LocalDate deadline,
			Instant adoptedAt, String adoptedBy) {
		return this.aggregates.insert(new Meeting(UUID.randomUUID(), mechanism.id(), type, number,
				LocalizedText.of(Map.of()), start, end, zone, venue, null, languages, status, null,
				UUID.randomUUID() + "@hamkori", 0, nextDecision, deadline, adoptedAt, adoptedBy, null,
				start.atZone(ZoneId.of(zone)).minusDays(14).toInstant(), null, 0));
	}

	private AgendaItem item(Meeting meeting, int order, LocalizedText title, AgendaKind kind, Organisation presenter,
			int minutes) {
		return this.aggregates.insert(new AgendaItem(UUID.randomUUID(), meeting.id(), order, title, kind,
				(presenter != null) ? presenter.id() : null, null, minutes, AgendaStatus.ACCEPTED, null, null, null,
				0));
	}

	private void attendEveryone(Meeting meeting, Mechanism mechanism) {
		var day = meeting.startsLocal().toLocalDate();
		int n = 0;
		for (Membership m : this.directory.membershipsOfMechanism(mechanism.id())) {
			if (!m.isActiveOn(day) || n++ % 5 == 4) {
				continue; // one in five stayed away
			}
			Person person = this.directory.person(m.personId()).orElseThrow();
			this.aggregates.insert(new Attendance(UUID.randomUUID(), meeting.id(), person.id(), person.fullName(),
					m.organisationId(), person.sex(), null, "demo"));
		}
	}

	private void minutes(Meeting meeting, String language, Map<String, String> summaries) {
		Map<String, String> ordered = new LinkedHashMap<>(summaries);
		Minutes minutes = this.aggregates.insert(new Minutes(UUID.randomUUID(), meeting.id(), language,
				Minutes.write(ordered), Instant.parse("2023-01-10T08:00:00Z"), "secretariat.tj", 0));
		this.aggregates.insert(new MinutesRevision(UUID.randomUUID(), minutes.id(), 1, minutes.summaries(),
				minutes.updatedAt(), "secretariat.tj"));
	}

	private Decision decision(Meeting meeting, AgendaItem item, int number, LocalizedText text) {
		return this.aggregates.insert(new Decision(UUID.randomUUID(), meeting.id(), item.id(), number, text,
				meeting.endsLocal().atZone(meeting.zone()).toInstant(), 0));
	}

	private ActionItem action(Mechanism mechanism, Meeting meeting, Decision decision, String code, String owner,
			String en, String ru, LocalDate due, ActionStatus status) {
		return this.actions.createForDemo(new NewAction(mechanism.id(), LocalizedText.of(Map.of("en", en, "ru", ru)),
				org(owner).id(), null, due, meeting.id(), decision.id(), code + "/D" + decision.number()), status,
				null);
	}

	private Organisation org(String acronym) {
		return org(acronym, this.directory.mechanismOrThrow("CCM-TJ"));
	}

	/** The organisation with that acronym seated in the mechanism. */
	private Organisation org(String acronym, Mechanism mechanism) {
		List<UUID> seated = this.directory.membershipsOfMechanism(mechanism.id())
			.stream()
			.map(Membership::organisationId)
			.toList();
		return this.directory.organisations()
			.stream()
			.filter((o) -> acronym.equals(o.acronym()) && seated.contains(o.id()))
			.findFirst()
			.orElseThrow();
	}

	private static LocalizedText text(String en, String ru, String tg) {
		return LocalizedText.of(Map.of("en", en, "ru", ru, "tg", tg));
	}

}
