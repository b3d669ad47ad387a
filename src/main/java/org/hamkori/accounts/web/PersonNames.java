package org.hamkori.accounts.web;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.hamkori.accounts.Viewers;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Person;

import org.springframework.stereotype.Component;

/**
 * People by their name on pages that record who did something by user name (the audit
 * trail, timelines, "adopted by"): {@code chair.tj} is shown as the chair's full name. A
 * name that is no user's ("system", "anonymous", an account since deleted) is shown as
 * recorded. Templates reach it as {@code @people}.
 */
@Component("people")
public class PersonNames {

	private final Viewers accounts;

	private final Directory directory;

	/** Names looked up in the last minute: a renamed person shows within that. */
	private final Cache<String, Optional<String>> recent = Caffeine.newBuilder()
		.maximumSize(5_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	PersonNames(Viewers accounts, Directory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	/** The full name of the person behind a user name, else the user name itself. */
	public String name(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return this.recent
			.get(username, (u) -> this.accounts.personOf(u).flatMap(this.directory::person).map(Person::fullName))
			.orElse(username);
	}

}
