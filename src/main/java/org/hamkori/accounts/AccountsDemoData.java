package org.hamkori.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Person;
import org.hamkori.shared.DemoData;
import org.hamkori.shared.DemoMode;

import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts, all with the password {@code hamkori-demo}, each linked to a demo
 * person so that their rights come from real memberships. Marked as demo, so that
 * production refuses to start if any exists.
 */
@Component
@Order(20)
class AccountsDemoData implements DemoData {

	static final String PASSWORD = "hamkori-demo";

	private static final Logger log = LoggerFactory.getLogger(AccountsDemoData.class);

	private static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

	static {
		ACCOUNTS.put("admin", null);
		ACCOUNTS.put("secretariat.tj", "m.umarova@iom.example.int");
		ACCOUNTS.put("chair.tj", "f.karimova@mol.example.tj");
		ACCOUNTS.put("focal.mol.tj", "r.nazarov@mol.example.tj");
		ACCOUNTS.put("focal.nbt.tj", "b.sharipov@nbt.example.tj");
		ACCOUNTS.put("observer.tj", "a.keller@sdc.example.ch");
		ACCOUNTS.put("secretariat.kz", "m.kassymova@iom.example.int");
		ACCOUNTS.put("secretariat.kg", "e.mamatova@iom.example.int");
		ACCOUNTS.put("secretariat.uz", "k.ergasheva@iom.example.int");
		ACCOUNTS.put("regional", "a.bekova@iom.example.int");
		ACCOUNTS.put("manager.lmp", "t.alimov@iom.example.int");
	}

	private final DemoMode demo;

	private final UserAccountRepository accounts;

	private final Directory directory;

	private final PasswordEncoder encoder;

	private final Clock clock;

	AccountsDemoData(DemoMode demo, UserAccountRepository accounts, Directory directory, PasswordEncoder encoder,
			Clock clock) {
		this.demo = demo;
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void load() {
		if (!this.demo.isEnabled() || this.accounts.count() > 0) {
			return;
		}
		String hash = this.encoder.encode(PASSWORD);
		ACCOUNTS.forEach((username, email) -> {
			UUID personId = (email != null) ? this.directory.personByEmail(email).map(Person::id).orElse(null) : null;
			this.accounts.save(UserAccount.create(username, hash, personId, "admin".equals(username), true,
					languageOf(username), this.clock.instant()));
		});
		log.info("Demo accounts created: {} (password '{}')", ACCOUNTS.keySet(), PASSWORD);
	}

	private static String languageOf(String username) {
		return username.endsWith(".tj") ? "ru" : "en";
	}

}
