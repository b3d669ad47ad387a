package org.hamkori.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.analytics.PublicFigures;
import org.hamkori.analytics.PublicFigures.Figure;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.documents.Library;
import org.hamkori.documents.LibraryDocument;
import org.hamkori.documents.LibraryFile;
import org.hamkori.documents.StoredDocument;
import org.hamkori.issues.LoopPublication;
import org.hamkori.issues.LoopPublication.PublicAnswer;
import org.hamkori.issues.LoopPublication.PublicRecommendation;
import org.hamkori.issues.PolicyChange;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingPublication;
import org.hamkori.meetings.MeetingPublication.PublicDecision;
import org.hamkori.programmes.Agreement;
import org.hamkori.programmes.PartnershipAgreements;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.sdg.Sdg1072Rounds;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public portal's one reader: everything it shows, assembled from what the owning
 * modules call public, and the rest read as an anonymous viewer. Accountability figures
 * are computed here from the actions, on the day of the reading.
 */
@Service
@Transactional(readOnly = true)
public class PublicPortal {

	private static final Viewer VISITOR = Viewer.anonymous();

	private final Directory directory;

	private final MeetingPublication meetings;

	private final LoopPublication loop;

	private final ActionItems actions;

	private final ProgrammeRegister programmes;

	private final PartnershipAgreements agreements;

	private final Library library;

	private final PublicFigures figures;

	private final Sdg1072Rounds sdg;

	PublicPortal(Directory directory, MeetingPublication meetings, LoopPublication loop, ActionItems actions,
			ProgrammeRegister programmes, PartnershipAgreements agreements, Library library, PublicFigures figures,
			Sdg1072Rounds sdg) {
		this.directory = directory;
		this.meetings = meetings;
		this.loop = loop;
		this.actions = actions;
		this.programmes = programmes;
		this.agreements = agreements;
		this.library = library;
		this.figures = figures;
		this.sdg = sdg;
	}

	/** An action as the public sees it: its owner institution and its public evidence. */
	public record PublicAction(ActionItem action, Organisation owner, boolean overdue, List<StoredDocument> evidence) {
	}

	/** A public decision with its actions and what answered it. */
	public record DecisionView(PublicDecision decision, Mechanism mechanism, boolean meetingPublic,
			List<PublicAction> actions, Progress progress, List<RecommendationView> recommendations) {
	}

	/** A country's public answer with the progress of its actions. */
	public record AnswerView(PublicAnswer answer, List<PublicAction> actions, Progress progress) {
	}

	/** A public recommendation with its actions, answers and policy changes. */
	public record RecommendationView(PublicRecommendation recommendation, List<PublicAction> actions, Progress progress,
			Optional<PublicDecision> decision, List<AnswerView> answers) {
	}

	/** "x of y decisions implemented" for one mechanism in one year of meetings. */
	public record YearFigure(Mechanism mechanism, int year, int implemented, int total) {
	}

	/** A meeting on the portal, with its code ({@code CCM-TJ/1}). */
	public record MeetingView(Meeting meeting, Mechanism mechanism, String code, boolean held) {
	}

	/**
	 * A person who agreed to be named, with their seat: name, institution and role only.
	 */
	public record PublicMember(String name, Organisation organisation,
			org.hamkori.shared.security.MembershipRole role) {
	}

	/** The latest submitted SDG 10.7.2 round, when public, with its score. */
	public record SdgScore(int year, org.hamkori.sdg.RoundScore score, java.time.Instant submittedAt) {
	}

	/** Public figures with the latest day they were approved on (null when none). */
	public record FigureBoard(List<Figure> figures, java.time.Instant asOf) {

		static FigureBoard of(List<Figure> figures) {
			return new FigureBoard(figures, PublicFigures.dataAsOf(figures).orElse(null));
		}

	}

	/** A mechanism's public page. */
	public record MechanismView(Mechanism mechanism, List<Organisation> institutions, List<PublicMember> people,
			List<MeetingView> held, List<MeetingView> upcoming, List<DecisionView> decisions,
			List<RecommendationView> recommendations, List<Programme> programmes, List<Agreement> agreements,
			List<LibraryDocument> documents, Map<UUID, List<LibraryFile>> files, List<YearFigure> years,
			FigureBoard figures, Optional<SdgScore> sdg) {

		/**
		 * The public terms of reference among the documents: the body's mandate as a
		 * paper.
		 */
		public List<LibraryDocument> termsOfReference() {
			return this.documents.stream()
				.filter((d) -> d.category() == org.hamkori.documents.LibraryCategory.TERMS_OF_REFERENCE)
				.toList();
		}

	}

	public List<Mechanism> mechanisms() {
		return this.directory.mechanisms();
	}

	public Map<String, org.hamkori.directory.Country> countries() {
		return this.directory.countries();
	}

	public Optional<Mechanism> mechanism(String code) {
		return this.directory.mechanism(code);
	}

	public LocalDate today() {
		return this.directory.today();
	}

	public MechanismView mechanismPage(Mechanism m) {
		List<MeetingView> meetings = meetings(m);
		return new MechanismView(m, institutions(m), people(m),
				meetings.stream()
					.filter(MeetingView::held)
					.sorted(Comparator.comparing((MeetingView x) -> x.meeting().start().toInstant()).reversed())
					.toList(),
				meetings.stream().filter((x) -> !x.held()).toList(), decisions(m), recommendations(m),
				this.programmes.ofMechanism(m.id(), VISITOR), this.agreements.ofMechanism(m.id(), VISITOR),
				documents(m), this.library.filesOf(documents(m), VISITOR), years(m),
				FigureBoard.of(this.figures.of(m.id())), sdg(m));
	}

	/** The score of the mechanism's latest SDG 10.7.2 round, only when it is public. */
	public Optional<SdgScore> sdg(Mechanism m) {
		return this.sdg.latestPublic(m.id()).map((r) -> new SdgScore(r.year(), r.score(), r.submittedAt()));
	}

	/**
	 * The public figures of every mechanism, a few each, for the home page: only what
	 * analytics calls public, never a members-only or restricted figure.
	 */
	public FigureBoard figures() {
		Map<UUID, Long> seen = new java.util.HashMap<>();
		return FigureBoard.of(this.figures.all()
			.stream()
			.filter((f) -> seen.merge(f.mechanismId(), 1L, Long::sum) <= PublicFigures.PER_MECHANISM)
			.toList());
	}

	/** The institutions currently seated, by name; people are never shown here. */
	public List<Organisation> institutions(Mechanism m) {
		LocalDate today = today();
		Map<UUID, Organisation> all = this.directory.organisationsById();
		return this.directory.membershipsOfMechanism(m.id())
			.stream()
			.filter((x) -> x.isActiveOn(today))
			.map(Membership::organisationId)
			.distinct()
			.map(all::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing((Organisation o) -> o.type().ordinal())
				.thenComparing((o) -> Objects.toString(o.acronym(), "")))
			.toList();
	}

	/**
	 * The people currently seated who consented to the public listing, by institution:
	 * their name and seat, never their contacts.
	 */
	public List<PublicMember> people(Mechanism m) {
		LocalDate today = today();
		List<Membership> seats = this.directory.membershipsOfMechanism(m.id())
			.stream()
			.filter((x) -> x.isActiveOn(today))
			.toList();
		Map<UUID, org.hamkori.directory.Person> people = this.directory
			.peopleById(seats.stream().map(Membership::personId).collect(java.util.stream.Collectors.toSet()));
		Map<UUID, Organisation> orgs = this.directory.organisationsById();
		return seats.stream()
			.filter((x) -> people.containsKey(x.personId()) && people.get(x.personId()).publicListing())
			.map((x) -> new PublicMember(people.get(x.personId()).fullName(), orgs.get(x.organisationId()), x.role()))
			.sorted(Comparator.comparing((PublicMember p) -> p.role().ordinal()).thenComparing(PublicMember::name))
			.toList();
	}

	public List<MeetingView> meetings(Mechanism m) {
		return this.meetings.publicMeetings(m.id()).stream().map((x) -> meetingView(x, m)).toList();
	}

	/** Public meetings not yet ended, across the mechanisms, soonest first. */
	public List<MeetingView> upcoming() {
		return mechanisms().stream()
			.flatMap((m) -> meetings(m).stream())
			.filter((x) -> !x.held())
			.sorted(Comparator.comparing((MeetingView x) -> x.meeting().start().toInstant()))
			.toList();
	}

	public Optional<MeetingView> meeting(UUID id) {
		return this.meetings.publicMeeting(id)
			.map((x) -> meetingView(x, this.directory.mechanism(x.mechanismId()).orElseThrow()));
	}

	public Optional<String> summary(UUID meetingId, java.util.Locale locale) {
		return this.meetings.publicSummary(meetingId, locale);
	}

	private MeetingView meetingView(Meeting x, Mechanism m) {
		return new MeetingView(x, m, x.code(m.code()), this.meetings.held(x));
	}

	public List<DecisionView> decisions(Mechanism m) {
		return this.meetings.publicDecisions(m.id()).stream().map((d) -> decisionView(d, m)).toList();
	}

	/** The latest public decisions across the mechanisms. */
	public List<DecisionView> latestDecisions(int limit) {
		// order the plain decisions first: a view reads actions, evidence and answers
		return mechanisms().stream()
			.flatMap((m) -> this.meetings.publicDecisions(m.id()).stream().map((d) -> Map.entry(d, m)))
			.sorted(Comparator
				.comparing((Map.Entry<PublicDecision, Mechanism> e) -> e.getKey().meeting().start().toInstant())
				.reversed())
			.limit(limit)
			.map((e) -> decisionView(e.getKey(), e.getValue()))
			.toList();
	}

	public List<DecisionView> decisionsOf(UUID meetingId) {
		return this.meetings.publicDecisionsOf(meetingId)
			.stream()
			.map((d) -> decisionView(d, this.directory.mechanism(d.meeting().mechanismId()).orElseThrow()))
			.toList();
	}

	public Optional<DecisionView> decision(UUID id) {
		return this.meetings.publicDecision(id)
			.map((d) -> decisionView(d, this.directory.mechanism(d.meeting().mechanismId()).orElseThrow()));
	}

	private DecisionView decisionView(PublicDecision d, Mechanism m) {
		List<ActionItem> list = this.actions.fromDecision(d.decision().id());
		return new DecisionView(d, m, this.meetings.publicMeeting(d.meeting().id()).isPresent(), publicActions(list),
				Progress.of(list, today()),
				this.loop.publicRecommendationsOfDecision(d.decision().id())
					.stream()
					.map(this::recommendationView)
					.toList());
	}

	public List<RecommendationView> recommendations(Mechanism m) {
		return this.loop.publicRecommendations(m.id()).stream().map(this::recommendationView).toList();
	}

	public Optional<RecommendationView> recommendation(UUID id) {
		return this.loop.publicRecommendation(id).map(this::recommendationView);
	}

	private RecommendationView recommendationView(PublicRecommendation r) {
		List<ActionItem> list = found(r.actionIds());
		List<AnswerView> answers = r.answers().stream().map((a) -> {
			List<ActionItem> own = found(a.actionIds());
			return new AnswerView(a, publicActions(own), Progress.of(own, today()));
		}).toList();
		Optional<PublicDecision> decision = Optional.ofNullable(r.recommendation().decisionId())
			.flatMap(this.meetings::publicDecision);
		return new RecommendationView(r, publicActions(list), Progress.of(list, today()), decision, answers);
	}

	/** The policy changes answering public recommendations, latest first. */
	public List<PolicyChange> latestPolicyChanges(int limit) {
		return mechanisms().stream()
			.flatMap((m) -> this.loop.publicRecommendations(m.id()).stream())
			.flatMap((r) -> r.policyChanges().stream())
			.distinct()
			.sorted(Comparator.comparing(PolicyChange::adoptedOn).reversed())
			.limit(limit)
			.toList();
	}

	/**
	 * Per year of meetings, how many of the mechanism's public decisions are implemented.
	 */
	public List<YearFigure> years(Mechanism m) {
		Map<Integer, int[]> byYear = new TreeMap<>(Comparator.reverseOrder());
		for (DecisionView d : decisions(m)) {
			int[] counts = byYear.computeIfAbsent(d.decision().meeting().startsLocal().getYear(), (y) -> new int[2]);
			counts[1]++;
			if (d.progress().implemented()) {
				counts[0]++;
			}
		}
		List<YearFigure> result = new ArrayList<>();
		byYear.forEach((year, c) -> result.add(new YearFigure(m, year, c[0], c[1])));
		return result;
	}

	public List<LibraryDocument> documents(Mechanism m) {
		return this.library.ofMechanism(m.id(), VISITOR);
	}

	private List<ActionItem> found(List<UUID> ids) {
		return ids.stream().map(this.actions::find).flatMap(Optional::stream).toList();
	}

	private List<PublicAction> publicActions(List<ActionItem> list) {
		LocalDate today = today();
		Map<UUID, Organisation> orgs = this.directory.organisationsById();
		return list.stream()
			.sorted(Comparator.comparing(ActionItem::dueDate))
			.map((a) -> new PublicAction(a, orgs.get(a.ownerOrganisationId()), a.isOverdue(today),
					this.actions.evidence(this.actions.history(a.id()), VISITOR)
						.values()
						.stream()
						.flatMap(List::stream)
						.toList()))
			.toList();
	}

}
