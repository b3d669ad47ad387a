package org.hamkori.directory;

import java.time.Clock;

import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;

/**
 * Stamps a person with the time of each save, from the application's clock, so that
 * exports can say when the contact last changed (the vCard's {@code REV}) however the
 * person was saved.
 */
@Component
class PersonChangeStamp implements BeforeConvertCallback<Person> {

	private final Clock clock;

	PersonChangeStamp(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Person onBeforeConvert(Person person) {
		return person.changedAt(this.clock.instant());
	}

}
