package org.hamkori.accounts;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.MembershipForm;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.directory.Person;
import org.hamkori.directory.PersonForm;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking for access (decision 0040). Anyone may ask, through the public form, to sit in a
 * mechanism; the request goes by e-mail to that mechanism's secretariat, which alone (and
 * the platform admins) sees and decides it: approving seats the person in the directory,
 * opens an account and sends the link to set a password; declining tells the requester
 * why. Another mechanism's secretariat is told the request does not exist (404).
 */
@Service
@Transactional
public class AccessRequests {

	/** What the visitor is told after asking. */
	public enum Answer {

		ACCEPTED, THROTTLED

	}

	private final AccessRequestRepository requests;

	private final UserAccountRepository accounts;

	private final Directory directory;

	private final MembershipManagement memberships;

	private final AccountManagement management;

	private final AccountMails mails;

	private final FormThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccessRequests(AccessRequestRepository requests, UserAccountRepository accounts, Directory directory,
			MembershipManagement memberships, AccountManagement management, AccountMails mails, FormThrottle throttle,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.accounts = accounts;
		this.directory = directory;
		this.memberships = memberships;
		this.management = management;
		this.mails = mails;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a request and e-mails the mechanism's secretariat; an unknown mechanism is a
	 * rule violation on its field.
	 */
	public Answer submit(AccessRequestForm form, String clientAddress) {
		Mechanism mechanism = this.directory.mechanism(form.mechanism())
			.orElseThrow(() -> new RuleViolation("mechanism", "validation.invalid"));
		if (!AccessRequestForm.ROLES.contains(form.role())) {
			throw new RuleViolation("role", "validation.invalid");
		}
		if (!this.throttle.allow("access", form.email(), clientAddress)) {
			return Answer.THROTTLED;
		}
		AccessRequest request = this.requests
			.save(AccessRequest.create(form.fullName().strip(), form.institution().strip(), mechanism.id(), form.role(),
					form.email().strip(), form.preferredLanguage(), this.clock.instant()));
		this.events.publishEvent(new RecordChanged(request.email(), mechanism.id(), "access-request", request.id(),
				"created", Map.of("role", request.role().name())));
		for (Secretary secretary : secretariat(mechanism.id())) {
			this.mails.accessRequested(secretary.email(), secretary.language(), request, mechanism.code());
		}
		return Answer.ACCEPTED;
	}

	/** The pending requests of a mechanism, for its secretariat and admins only. */
	@Transactional(readOnly = true)
	public List<AccessRequest> pending(Viewer viewer, Mechanism mechanism) {
		if (!viewer.canManage(mechanism.id())) {
			throw new NotFoundException();
		}
		return this.requests.findByMechanismIdAndStatusOrderByCreatedAt(mechanism.id(), AccessRequest.Status.PENDING);
	}

	/**
	 * Approves: the person (found by e-mail in the directory, or new) is seated for the
	 * organisation in the role, and gets an account (with a link to set its password)
	 * unless they have one. Returns the mechanism, for the page to go back to.
	 */
	public Mechanism approve(Viewer viewer, UUID requestId, UUID organisationId, MembershipRole role) {
		AccessRequest request = decidable(viewer, requestId);
		Mechanism mechanism = this.directory.mechanism(request.mechanismId()).orElseThrow(NotFoundException::new);
		Optional<Person> known = this.directory.personByEmail(request.email());
		PersonForm newPerson = new PersonForm(request.fullName(), "", request.email(), "", request.preferredLanguage(),
				"", false);
		var membership = this.memberships.start(viewer, mechanism.code(), new MembershipForm(organisationId,
				known.map(Person::id).orElse(null), newPerson, role, this.directory.today(), null));
		UUID personId = membership.personId();
		UserAccount account = this.accounts.findByPersonId(personId)
			.stream()
			.findFirst()
			.or(() -> this.accounts.findByUsernameIgnoreCase(request.email()))
			.orElseGet(() -> this.management.open(viewer.actor(), request.email(), personId, false,
					request.preferredLanguage(), request.email()));
		this.requests.save(request.approved(viewer.actor(), account.id(), this.clock.instant()));
		this.events.publishEvent(new RecordChanged(viewer.actor(), mechanism.id(), "access-request", request.id(),
				"approved", Map.of("role", role.name(), "user", account.username())));
		return mechanism;
	}

	/** Declines with a reason, which the requester reads in their language. */
	public Mechanism decline(Viewer viewer, UUID requestId, String reason) {
		AccessRequest request = decidable(viewer, requestId);
		Mechanism mechanism = this.directory.mechanism(request.mechanismId()).orElseThrow(NotFoundException::new);
		AccessRequest declined = this.requests
			.save(request.declined(viewer.actor(), reason.strip(), this.clock.instant()));
		this.events.publishEvent(new RecordChanged(viewer.actor(), mechanism.id(), "access-request", request.id(),
				"declined", Map.of("reason", declined.reason())));
		this.mails.accessDeclined(declined, mechanism.code());
		return mechanism;
	}

	/** The mechanism of a request the viewer may decide; 404 otherwise. */
	@Transactional(readOnly = true)
	public Mechanism mechanismOf(Viewer viewer, UUID requestId) {
		return this.directory.mechanism(decidable(viewer, requestId).mechanismId()).orElseThrow(NotFoundException::new);
	}

	private AccessRequest decidable(Viewer viewer, UUID requestId) {
		AccessRequest request = this.requests.findById(requestId)
			.filter((r) -> viewer.canManage(r.mechanismId()))
			.orElseThrow(NotFoundException::new);
		if (request.status() != AccessRequest.Status.PENDING) {
			throw new NotFoundException();
		}
		return request;
	}

	private record Secretary(String email, String language) {
	}

	/** Who sits in the mechanism's secretariat today and has an e-mail address. */
	private Set<Secretary> secretariat(UUID mechanismId) {
		Set<Secretary> found = new LinkedHashSet<>();
		var today = this.directory.today();
		this.directory.membershipsOfMechanism(mechanismId)
			.stream()
			.filter((m) -> m.role() == MembershipRole.SECRETARIAT && m.isActiveOn(today))
			.forEach((m) -> this.directory.person(m.personId())
				.filter((p) -> p.email() != null && !p.email().isBlank())
				.ifPresent((p) -> found.add(new Secretary(p.email(), language(p)))));
		return found;
	}

	private String language(Person person) {
		return this.accounts.findByPersonId(person.id())
			.stream()
			.map(UserAccount::preferredLanguage)
			.filter((l) -> l != null && !l.isBlank())
			.findFirst()
			.orElse(person.preferredLanguage());
	}

}
