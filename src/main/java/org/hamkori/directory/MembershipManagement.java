package org.hamkori.directory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * The secretariat's changes to who sits where. Every change is checked against the
 * viewer's rights, saved with optimistic locking, and audited in the same transaction.
 */
@Service
@Transactional
public class MembershipManagement {

	private final Directory directory;

	private final MembershipRepository memberships;

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final ApplicationEventPublisher events;

	private final DirectoryRevision revision;

	MembershipManagement(Directory directory, MembershipRepository memberships, PersonRepository people,
			OrganisationRepository organisations, ApplicationEventPublisher events, DirectoryRevision revision) {
		this.revision = revision;
		this.directory = directory;
		this.memberships = memberships;
		this.people = people;
		this.organisations = organisations;
		this.events = events;
	}

	public Membership start(Viewer viewer, String mechanismCode, MembershipForm form) {
		Mechanism mechanism = this.directory.mechanismOrThrow(mechanismCode);
		requireManager(viewer, mechanism.id());
		this.organisations.findById(form.organisationId()).orElseThrow(NotFoundException::new);
		UUID personId = (form.personId() != null) ? existingPerson(viewer, mechanism, form.personId())
				: newPerson(viewer, mechanism.id(), form.newPerson());
		Membership membership = this.memberships.save(Membership.start(mechanism.id(), form.organisationId(), personId,
				form.role(), form.validFrom(), form.validTo()));
		audit(viewer, mechanism.id(), "membership", membership.id(), "created",
				changes("organisation", null, form.organisationId(), "person", null, personId, "role", null,
						form.role(), "validFrom", null, form.validFrom(), "validTo", null, form.validTo()));
		return membership;
	}

	public Membership change(Viewer viewer, UUID membershipId, MembershipChangeForm form) {
		Membership before = managed(viewer, membershipId);
		Membership after = this.memberships
			.save(before.change(form.role(), form.validFrom(), form.validTo(), form.version()));
		audit(viewer, before.mechanismId(), "membership", before.id(), "updated",
				changes("role", before.role(), after.role(), "validFrom", before.validFrom(), after.validFrom(),
						"validTo", before.validTo(), after.validTo()));
		return after;
	}

	public Membership end(Viewer viewer, UUID membershipId, EndMembershipForm form) {
		Membership before = managed(viewer, membershipId);
		Membership after = this.memberships.save(before.end(form.endOn(), form.reason(), form.version()));
		audit(viewer, before.mechanismId(), "membership", before.id(), "ended",
				changes("validTo", before.validTo(), after.validTo(), "endReason", null, form.reason()));
		return after;
	}

	public Organisation createOrganisation(Viewer viewer, OrganisationForm form) {
		if (!viewer.managesAnyMechanism()) {
			throw new ForbiddenException();
		}
		Organisation organisation = this.organisations
			.save(Organisation.create(form.name(), blankToNull(form.acronym()), form.type(),
					blankToNull(form.countryCode()), blankToNull(form.website())));
		audit(viewer, null, "organisation", organisation.id(), "created",
				changes("name", null, form.name().values(), "type", null, form.type()));
		return organisation;
	}

	public Organisation updateOrganisation(Viewer viewer, UUID organisationId, OrganisationForm form, Integer version) {
		Organisation before = this.organisations.findById(organisationId).orElseThrow(NotFoundException::new);
		if (!canEditOrganisation(viewer, organisationId)) {
			throw new ForbiddenException();
		}
		Organisation after = this.organisations.save(before.withDetails(form.name(), blankToNull(form.acronym()),
				form.type(), blankToNull(form.countryCode()), blankToNull(form.website()), version));
		audit(viewer, null, "organisation", organisationId, "updated",
				changes("name", before.name().values(), after.name().values(), "acronym", before.acronym(),
						after.acronym(), "type", before.type(), after.type(), "country", before.countryCode(),
						after.countryCode(), "website", before.website(), after.website()));
		return after;
	}

	/**
	 * The secretariat of a mechanism the organisation currently sits in, or an admin; an
	 * organisation without a current seat may be corrected by any secretariat.
	 */
	public boolean canEditOrganisation(Viewer viewer, UUID organisationId) {
		if (viewer.admin()) {
			return true;
		}
		var today = this.directory.today();
		var current = this.memberships.findByOrganisationId(organisationId)
			.stream()
			.filter((m) -> m.isActiveOn(today))
			.map(Membership::mechanismId)
			.toList();
		return current.isEmpty() ? viewer.managesAnyMechanism() : current.stream().anyMatch(viewer::canManage);
	}

	public Person updatePerson(Viewer viewer, UUID personId, PersonForm form, Integer version) {
		Person before = this.people.findById(personId).orElseThrow(NotFoundException::new);
		if (!canEditPerson(viewer, personId)) {
			throw new ForbiddenException();
		}
		UUID mechanismId = managedSeatOf(viewer, personId);
		Person after = this.people.save(before.withDetails(form.fullName().strip(), blankToNull(form.position()),
				blankToNull(form.email()), blankToNull(form.phone()), languageOrDefault(form.preferredLanguage()),
				blankToNull(form.sex()), form.listed(), version));
		audit(viewer, mechanismId, "person", personId, "updated",
				changes("fullName", before.fullName(), after.fullName(), "position", before.position(),
						after.position(), "email", before.email(), after.email(), "phone", before.phone(),
						after.phone(), "preferredLanguage", before.preferredLanguage(), after.preferredLanguage(),
						"publicListing", before.publicListing(), after.publicListing()));
		return after;
	}

	/**
	 * The signed-in person gives or withdraws their own consent to be named, with their
	 * seats, on the public portal; audited like any edit of the person.
	 * @throws NotFoundException when the account is not linked to a person
	 */
	public Person setOwnPublicListing(Viewer viewer, boolean consent) {
		if (viewer.personId() == null) {
			throw new NotFoundException();
		}
		Person before = this.people.findById(viewer.personId()).orElseThrow(NotFoundException::new);
		if (before.publicListing() == consent) {
			return before;
		}
		Person after = this.people.save(before.withPublicListing(consent));
		List<UUID> seats = this.directory.currentMechanismsOf(before.id());
		audit(viewer, seats.isEmpty() ? null : seats.get(0), "person", before.id(), "updated",
				changes("publicListing", before.publicListing(), after.publicListing()));
		return after;
	}

	/**
	 * An admin; the regional secretariat for a person who sits in the regional mechanism;
	 * otherwise the secretariat of a mechanism the person sits in, provided it also runs
	 * every national mechanism the person sits in. A seat in one country's mechanism thus
	 * never hands another country's secretariat the person's contacts to change.
	 */
	public boolean canEditPerson(Viewer viewer, UUID personId) {
		if (viewer.admin()) {
			return true;
		}
		Map<UUID, Mechanism> mechanisms = this.directory.mechanismsById();
		List<Mechanism> current = this.directory.currentMechanismsOf(personId)
			.stream()
			.map(mechanisms::get)
			.filter(Objects::nonNull)
			.toList();
		if (current.stream().anyMatch((m) -> m.regional() && viewer.canManage(m.id()))) {
			return true;
		}
		return current.stream().anyMatch((m) -> viewer.canManage(m.id()))
				&& current.stream().filter((m) -> !m.regional()).allMatch((m) -> viewer.canManage(m.id()));
	}

	/**
	 * Whether an existing person may be given a seat in a mechanism: by an admin; by the
	 * regional secretariat in the regional mechanism (national members join the RCM); by
	 * a secretariat that may already edit the person, or that ran a mechanism the person
	 * once sat in and that no other country's mechanism now holds; or when the person
	 * sits nowhere yet.
	 */
	boolean canSeat(Viewer viewer, Mechanism mechanism, UUID personId) {
		if (viewer.admin() || (mechanism.regional() && viewer.canManage(mechanism.id()))) {
			return true;
		}
		List<Membership> seats = this.memberships.findByPersonId(personId);
		if (seats.isEmpty() || canEditPerson(viewer, personId)) {
			return true;
		}
		return this.directory.currentMechanismsOf(personId).isEmpty()
				&& seats.stream().anyMatch((m) -> viewer.canManage(m.mechanismId()));
	}

	/**
	 * The mechanism whose audit trail records an edit of the person: one the editor runs,
	 * else (an admin) the first the person sits in.
	 */
	private UUID managedSeatOf(Viewer viewer, UUID personId) {
		List<UUID> current = this.directory.currentMechanismsOf(personId);
		return current.stream()
			.filter((id) -> viewer.hasRole(id, org.hamkori.shared.security.MembershipRole.SECRETARIAT))
			.findFirst()
			.orElse(current.isEmpty() ? null : current.get(0));
	}

	private Membership managed(Viewer viewer, UUID membershipId) {
		Membership membership = this.memberships.findById(membershipId).orElseThrow(NotFoundException::new);
		requireManager(viewer, membership.mechanismId());
		return membership;
	}

	private void requireManager(Viewer viewer, UUID mechanismId) {
		if (!viewer.canManage(mechanismId)) {
			throw viewer.isMemberOf(mechanismId) ? new ForbiddenException() : new NotFoundException();
		}
	}

	private UUID existingPerson(Viewer viewer, Mechanism mechanism, UUID personId) {
		Person person = this.people.findById(personId).orElseThrow(NotFoundException::new);
		if (!canSeat(viewer, mechanism, person.id())) {
			throw new NotFoundException();
		}
		return person.id();
	}

	private UUID newPerson(Viewer viewer, UUID mechanismId, PersonForm form) {
		Person person = this.people
			.save(Person.create(form.fullName().strip(), blankToNull(form.position()), blankToNull(form.email()),
					blankToNull(form.phone()), languageOrDefault(form.preferredLanguage()), blankToNull(form.sex())));
		audit(viewer, mechanismId, "person", person.id(), "created", changes("fullName", null, person.fullName()));
		return person.id();
	}

	private void audit(Viewer viewer, UUID mechanismId, String recordType, UUID recordId, String action,
			Map<String, Object> changes) {
		this.revision.bump();
		this.events.publishEvent(new RecordChanged(viewer.actor(), mechanismId, recordType, recordId, action, changes));
	}

	/**
	 * Pairs of before and after per field; fields whose value did not change are left
	 * out.
	 */
	static Map<String, Object> changes(Object... triples) {
		return RecordChanged.diff(triples);
	}

	private static String languageOrDefault(String language) {
		return (language == null || language.isBlank()) ? "ru" : language;
	}

}
