package org.hamkori.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's front door for reading: mechanisms, organisations, people and the seats
 * a person holds. Other modules ask it, never its tables.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private static final List<String> MECHANISM_ORDER = List.of("RCM", "CCM-KZ", "CCM-KG", "CCM-TJ", "CCM-UZ");

	private final CountryRepository countries;

	private final MechanismRepository mechanisms;

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	private final MembershipRepository memberships;

	private final Clock clock;

	/**
	 * The five mechanisms are reference data that change with a release, not with use;
	 * every request needs them, so they are kept for a minute.
	 */
	private final LoadingCache<Boolean, List<Mechanism>> allMechanisms;

	Directory(CountryRepository countries, MechanismRepository mechanisms, OrganisationRepository organisations,
			PersonRepository people, MembershipRepository memberships, Clock clock) {
		this.countries = countries;
		this.mechanisms = mechanisms;
		this.organisations = organisations;
		this.people = people;
		this.memberships = memberships;
		this.clock = clock;
		this.allMechanisms = Caffeine.newBuilder()
			.expireAfterWrite(Duration.ofMinutes(1))
			.build((ignored) -> List.copyOf(mechanisms.findAll()));
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The regional body first, then the four national ones. */
	public List<Mechanism> mechanisms() {
		return this.allMechanisms.get(true).stream().sorted(Comparator.comparingInt((Mechanism m) -> {
			int index = MECHANISM_ORDER.indexOf(m.code());
			return (index < 0) ? Integer.MAX_VALUE : index;
		}).thenComparing(Mechanism::code)).toList();
	}

	public Map<UUID, Mechanism> mechanismsById() {
		return this.allMechanisms.get(true).stream().collect(Collectors.toMap(Mechanism::id, Function.identity()));
	}

	public Map<UUID, Organisation> organisationsById() {
		return this.organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
	}

	public Optional<Mechanism> mechanism(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.strip().toUpperCase(java.util.Locale.ROOT);
		return this.allMechanisms.get(true).stream().filter((m) -> m.code().equals(wanted)).findFirst();
	}

	public Mechanism mechanismOrThrow(String code) {
		return mechanism(code).orElseThrow(NotFoundException::new);
	}

	public Optional<Mechanism> mechanism(UUID id) {
		return this.allMechanisms.get(true).stream().filter((m) -> m.id().equals(id)).findFirst();
	}

	public Map<String, Country> countries() {
		return this.countries.findAll().stream().collect(Collectors.toMap(Country::code, Function.identity()));
	}

	/**
	 * All organisations, by name in the reader's language. Their number stays in the
	 * hundreds.
	 */
	public List<Organisation> organisations() {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return this.organisations.findAll()
			.stream()
			.sorted(Comparator.comparing((Organisation o) -> o.name().in(locale), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	public Optional<Organisation> organisation(UUID id) {
		return this.organisations.findById(id);
	}

	public Optional<Person> person(UUID id) {
		return this.people.findById(id);
	}

	/** Everyone in the directory, by name; their number stays in the hundreds. */
	public List<Person> people() {
		return this.people.findAll().stream().sorted(Comparator.comparing(Person::fullName)).toList();
	}

	/**
	 * The people with these ids, in one query (pages listing a mechanism's seats use it).
	 */
	public Map<UUID, Person> peopleById(java.util.Collection<UUID> ids) {
		Map<UUID, Person> result = new java.util.HashMap<>();
		this.people.findAllById(new java.util.LinkedHashSet<>(ids)).forEach((p) -> result.put(p.id(), p));
		return result;
	}

	public Optional<Person> personByEmail(String email) {
		return this.people.findByEmailIgnoreCase(email);
	}

	public List<Membership> membershipsOfPerson(UUID personId) {
		return this.memberships.findByPersonId(personId);
	}

	public List<Membership> membershipsOfMechanism(UUID mechanismId) {
		return this.memberships.findByMechanismId(mechanismId);
	}

	public List<Membership> membershipsOfOrganisation(UUID organisationId) {
		return this.memberships.findByOrganisationId(organisationId);
	}

	public Optional<Membership> membership(UUID id) {
		return this.memberships.findById(id);
	}

	/** The seats a person holds today: one per current membership. */
	public List<Viewer.Seat> seatsOf(UUID personId) {
		if (personId == null) {
			return List.of();
		}
		LocalDate today = today();
		Map<UUID, Mechanism> byId = mechanismsById();
		return this.memberships.findByPersonId(personId).stream().filter((m) -> m.isActiveOn(today)).map((m) -> {
			Mechanism mechanism = byId.get(m.mechanismId());
			return new Viewer.Seat(mechanism.id(), mechanism.code(), mechanism.regional(), m.role(),
					m.organisationId());
		}).toList();
	}

	/**
	 * The mechanisms a person currently sits in, which decide who may see their contact
	 * details.
	 */
	public List<UUID> currentMechanismsOf(UUID personId) {
		LocalDate today = today();
		return this.memberships.findByPersonId(personId)
			.stream()
			.filter((m) -> m.isActiveOn(today))
			.map(Membership::mechanismId)
			.distinct()
			.toList();
	}

}
