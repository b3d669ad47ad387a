package org.hamkori.issues;

import java.time.LocalDate;
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
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.DemoData;
import org.hamkori.shared.DemoMode;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The loop as demo data, through the real services: Tajikistan raises high recruitment
 * fees charged by private agencies and escalates it together with a similar Uzbek issue;
 * the RCM merges them and sends a regional recommendation back to all four CCMs, three of
 * which have answered with actions; a Tajik policy change on pre-departure orientation
 * closes another issue; a third Tajik issue stays national. Loaded once in demo mode.
 */
@Component
@Order(50)
class IssuesDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(IssuesDemoData.class);

	private final DemoMode demo;

	private final IssueRepository issues;

	private final IssueLifecycle lifecycle;

	private final RecommendationFollowUp followUp;

	private final PolicyResponses policies;

	private final RegionalLoop loop;

	private final Directory directory;

	private final Meetings meetings;

	private final ActionItems actions;

	private final LoopPublication publication;

	IssuesDemoData(DemoMode demo, IssueRepository issues, IssueLifecycle lifecycle, RecommendationFollowUp followUp,
			PolicyResponses policies, RegionalLoop loop, Directory directory, Meetings meetings, ActionItems actions,
			LoopPublication publication) {
		this.publication = publication;
		this.demo = demo;
		this.issues = issues;
		this.lifecycle = lifecycle;
		this.followUp = followUp;
		this.policies = policies;
		this.loop = loop;
		this.directory = directory;
		this.meetings = meetings;
		this.actions = actions;
	}

	/**
	 * A demo secretariat acting with admin rights, so the timeline names a plausible
	 * actor.
	 */
	private static Viewer as(String username) {
		return new Viewer(UUID.nameUUIDFromBytes(username.getBytes()), username, null, true, List.of());
	}

	@Override
	@Transactional
	public void load() {
		if (!this.demo.isEnabled() || this.issues.count() > 0 || this.directory.mechanism("CCM-TJ").isEmpty()
				|| this.directory.organisations().isEmpty()) {
			return;
		}
		Mechanism tj = this.directory.mechanismOrThrow("CCM-TJ");
		Viewer tajik = as("secretariat.tj");
		UUID firstMeeting = this.meetings.ofMechanism(tj.id())
			.stream()
			.filter((m) -> m.number() == 1)
			.map(Meeting::id)
			.findFirst()
			.orElse(null);

		Issue fees = this.lifecycle.raise(tajik, "CCM-TJ", new IssueForm("en",
				"High recruitment fees charged by private employment agencies",
				"Migrants report paying private agencies fees of one to three monthly wages before departure, contrary to the employer-pays principle.",
				org(tj, "OEA"), firstMeeting, List.of(6, 7), List.of("rights", "safe-orderly"),
				"Labour migrants recruited through private agencies", Visibility.MEMBERS));
		this.lifecycle.move(tajik, fees.id(), IssueStatus.UNDER_DISCUSSION, "Discussed at CCM-TJ/1", null);
		this.loop.escalate(tajik, fees.id(), "Fees are charged in the destination country too; needs regional rules.");

		Mechanism uz = this.directory.mechanismOrThrow("CCM-UZ");
		Viewer uzbek = as("secretariat.uz");
		Issue uzFees = this.lifecycle.raise(uzbek, "CCM-UZ",
				new IssueForm("ru", "Сборы с мигрантов за трудоустройство посредниками",
						"Посредники взимают с мигрантов плату за трудоустройство за рубежом.", org(uz, "AELM"), null,
						List.of(6), List.of("rights"), "Трудовые мигранты", Visibility.MEMBERS));
		this.loop.escalate(uzbek, uzFees.id(), "Similar to the Tajik issue; proposes a regional approach.");

		Mechanism rcm = this.directory.mechanismOrThrow("RCM");
		Viewer regional = as("regional");
		List<UUID> escalations = this.loop.board(regional).stream().map((e) -> e.escalation().id()).toList();
		Issue regionalFees = this.loop.merge(regional, escalations, "en", "Recruitment fees charged to migrant workers",
				"Brings together the escalated issues of Tajikistan and Uzbekistan on fees charged to migrants.");
		Recommendation employerPays = this.followUp.recommend(regional, regionalFees.id(), LocalizedText.of(Map.of("en",
				"Align national rules on private employment agencies with the employer-pays principle and report on progress at the next RCM meeting.",
				"ru",
				"Привести национальные правила о частных агентствах занятости в соответствие с принципом «платит работодатель» и доложить о ходе работы на следующем заседании РКМ.")),
				List.of(org(rcm, "IOM")), null);
		this.publication.markForDemo("recommendation", employerPays.id());
		List<IncomingItem> sent = this.loop.sendDown(regional, employerPays.id(),
				List.of("CCM-KZ", "CCM-KG", "CCM-TJ", "CCM-UZ"));
		for (IncomingItem item : sent) {
			Mechanism target = this.directory.mechanism(item.mechanismId()).orElseThrow();
			if (target.code().equals("CCM-TJ")) {
				ActionItem action = this.actions.createForDemo(
						new NewAction(tj.id(),
								LocalizedText.of(Map.of("en", "Draft amendments capping private agency fees", "ru",
										"Подготовить поправки об ограничении сборов частных агентств")),
								org(tj, "MLME"), null, this.directory.today().plusMonths(2), null, null, null),
						ActionStatus.IN_PROGRESS, null);
				this.loop.answer(tajik, item.id(), IncomingItem.Status.ACCEPTED, null, List.of(action.id()));
				this.publication.markForDemo("incoming_item", item.id());
			}
			else if (target.code().equals("CCM-UZ")) {
				ActionItem action = this.actions.createForDemo(new NewAction(uz.id(),
						LocalizedText.of(Map.of("en", "Register private employment agencies and publish their fees",
								"ru", "Вести реестр частных агентств занятости и публиковать их тарифы")),
						org(uz, "AELM"), null, this.directory.today().plusMonths(4), null, null, null),
						ActionStatus.IN_PROGRESS, null);
				this.loop.answer(uzbek, item.id(), IncomingItem.Status.ACCEPTED, null, List.of(action.id()));
				// the Tajik and Uzbek answers are on the public portal (decision 0041)
				this.publication.markForDemo("incoming_item", item.id());
			}
			else if (target.code().equals("CCM-KG")) {
				Mechanism kg = target;
				ActionItem action = this.actions.createForDemo(
						new NewAction(kg.id(),
								LocalizedText.of(Map.of("en", "Review licensing rules for private employment agencies",
										"ru", "Пересмотреть правила лицензирования частных агентств занятости")),
								org(kg, "MLSSM"), null, this.directory.today().plusMonths(3), null, null, null),
						ActionStatus.OPEN, null);
				this.loop.answer(as("secretariat.kg"), item.id(), IncomingItem.Status.ACCEPTED, null,
						List.of(action.id()));
			}
		}

		Issue orientation = this.lifecycle
			.raise(tajik, "CCM-TJ", new IssueForm("en", "Workers leaving without pre-departure orientation",
					"Most departing workers receive no information on their rights, contracts and remittance channels.",
					org(tj, "OEA"), firstMeeting, List.of(3, 6), List.of("rights"), "First-time labour migrants",
					Visibility.MEMBERS));
		this.lifecycle.move(tajik, orientation.id(), IssueStatus.UNDER_DISCUSSION, null, null);
		Recommendation orient = this.followUp.recommend(tajik, orientation.id(),
				LocalizedText.of(Map.of("en",
						"Make a pre-departure orientation session compulsory for everyone placed abroad.")),
				List.of(org(tj, "OEA"), org(tj, "MLME")), null);
		this.publication.markForDemo("recommendation", orient.id());
		this.policies.record(tajik, "CCM-TJ",
				new PolicyResponses.PolicyChangeForm(PolicyChange.Kind.PROCEDURE, "en",
						"Procedure for compulsory pre-departure orientation of labour migrants (demo)", "No. 214-demo",
						LocalDate.of(2024, 5, 15), "Ministry of Labour, Migration and Employment of Population", null,
						List.of(orient.id())));
		this.lifecycle.move(tajik, orientation.id(), IssueStatus.MONITORING, "Orientation sessions monitored quarterly",
				null);
		this.lifecycle.move(tajik, orientation.id(), IssueStatus.CLOSED,
				"Orientation is compulsory since the 2024 procedure; coverage above 80 %.", null);

		this.lifecycle.raise(tajik, "CCM-TJ",
				new IssueForm("en", "High cost of remittances in one corridor",
						"Sending money home through some channels costs well above the SDG 10.c.1 target of 3 %.",
						org(tj, "NBT"), null, List.of(20), List.of("socioeconomic"), "Families of migrants",
						Visibility.MEMBERS));
		log.info("Demo issues loaded: {}", this.issues.count());
	}

	/** The organisation with that acronym seated in the mechanism. */
	private UUID org(Mechanism mechanism, String acronym) {
		List<UUID> seated = this.directory.membershipsOfMechanism(mechanism.id())
			.stream()
			.map(Membership::organisationId)
			.toList();
		return this.directory.organisations()
			.stream()
			.filter((o) -> acronym.equals(o.acronym()) && seated.contains(o.id()))
			.map(Organisation::id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No " + acronym + " in " + mechanism.code()));
	}

}
