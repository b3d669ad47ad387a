-- Directory: countries, coordination mechanisms, organisations, people and their memberships.
-- Countries and the five mechanisms are reference data every deployment needs, so they live here and not
-- in the demo data.

create table country (
	code varchar(2) primary key,
	alpha3 varchar(3) not null unique,
	name varchar(2000) not null
);

create table mechanism (
	id uuid primary key,
	code varchar(16) not null unique,
	country_code varchar(2) references country (code),
	regional boolean not null,
	name varchar(2000) not null,
	time_zone varchar(40) not null,
	quorum integer,
	version integer not null
);

create table organisation (
	id uuid primary key,
	name varchar(2000) not null,
	acronym varchar(40),
	type varchar(40) not null,
	country_code varchar(2) references country (code),
	website varchar(300),
	version integer not null
);

create table person (
	id uuid primary key,
	full_name varchar(200) not null,
	position varchar(200),
	email varchar(254),
	phone varchar(40),
	preferred_language varchar(5) not null,
	sex varchar(1),
	version integer not null
);

create unique index person_email on person (email);

create table membership (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	organisation_id uuid not null references organisation (id),
	person_id uuid not null references person (id),
	role varchar(20) not null,
	valid_from date not null,
	valid_to date,
	end_reason varchar(500),
	version integer not null,
	constraint membership_dates check (valid_to is null or valid_to >= valid_from)
);

create index membership_mechanism on membership (mechanism_id, valid_to);
create index membership_person on membership (person_id);
create index membership_organisation on membership (organisation_id);

insert into country (code, alpha3, name) values ('KZ', 'KAZ', '{"en": "Kazakhstan", "ru": "Казахстан", "tg": "Қазоқистон", "uz": "Qozogʻiston", "kk": "Қазақстан", "ky": "Казакстан"}');
insert into country (code, alpha3, name) values ('KG', 'KGZ', '{"en": "Kyrgyz Republic", "ru": "Кыргызская Республика", "tg": "Ҷумҳурии Қирғизистон", "uz": "Qirgʻiziston Respublikasi", "kk": "Қырғыз Республикасы", "ky": "Кыргыз Республикасы"}');
insert into country (code, alpha3, name) values ('TJ', 'TJK', '{"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон", "uz": "Tojikiston", "kk": "Тәжікстан", "ky": "Тажикстан"}');
insert into country (code, alpha3, name) values ('UZ', 'UZB', '{"en": "Uzbekistan", "ru": "Узбекистан", "tg": "Ӯзбекистон", "uz": "Oʻzbekiston", "kk": "Өзбекстан", "ky": "Өзбекстан"}');
insert into country (code, alpha3, name) values ('RU', 'RUS', '{"en": "Russian Federation", "ru": "Российская Федерация", "tg": "Федератсияи Русия", "uz": "Rossiya Federatsiyasi", "kk": "Ресей Федерациясы", "ky": "Россия Федерациясы"}');
insert into country (code, alpha3, name) values ('CH', 'CHE', '{"en": "Switzerland", "ru": "Швейцария", "tg": "Швейтсария", "uz": "Shveytsariya", "kk": "Швейцария", "ky": "Швейцария"}');

insert into mechanism (id, code, country_code, regional, name, time_zone, quorum, version) values ('00000000-0000-4000-8000-000000000101', 'CCM-KZ', 'KZ', false, '{"en": "Country Coordination Mechanism of Kazakhstan", "ru": "Страновой координационный механизм Казахстана", "tg": "Механизми ҳамоҳангсозии кишварии Қазоқистон", "uz": "Qozogʻiston mamlakat muvofiqlashtirish mexanizmi", "kk": "Қазақстанның елдік үйлестіру тетігі", "ky": "Казакстандын өлкөлүк координациялык механизми"}', 'Asia/Almaty', null, 0);
insert into mechanism (id, code, country_code, regional, name, time_zone, quorum, version) values ('00000000-0000-4000-8000-000000000102', 'CCM-KG', 'KG', false, '{"en": "Country Coordination Mechanism of the Kyrgyz Republic", "ru": "Страновой координационный механизм Кыргызской Республики", "tg": "Механизми ҳамоҳангсозии кишварии Ҷумҳурии Қирғизистон", "uz": "Qirgʻiziston Respublikasi mamlakat muvofiqlashtirish mexanizmi", "kk": "Қырғыз Республикасының елдік үйлестіру тетігі", "ky": "Кыргыз Республикасынын өлкөлүк координациялык механизми"}', 'Asia/Bishkek', null, 0);
insert into mechanism (id, code, country_code, regional, name, time_zone, quorum, version) values ('00000000-0000-4000-8000-000000000103', 'CCM-TJ', 'TJ', false, '{"en": "Country Coordination Mechanism of Tajikistan", "ru": "Страновой координационный механизм Таджикистана", "tg": "Механизми ҳамоҳангсозии кишварии Тоҷикистон", "uz": "Tojikiston mamlakat muvofiqlashtirish mexanizmi", "kk": "Тәжікстанның елдік үйлестіру тетігі", "ky": "Тажикстандын өлкөлүк координациялык механизми"}', 'Asia/Dushanbe', null, 0);
insert into mechanism (id, code, country_code, regional, name, time_zone, quorum, version) values ('00000000-0000-4000-8000-000000000104', 'CCM-UZ', 'UZ', false, '{"en": "Country Coordination Mechanism of Uzbekistan", "ru": "Страновой координационный механизм Узбекистана", "tg": "Механизми ҳамоҳангсозии кишварии Ӯзбекистон", "uz": "Oʻzbekiston mamlakat muvofiqlashtirish mexanizmi", "kk": "Өзбекстанның елдік үйлестіру тетігі", "ky": "Өзбекстандын өлкөлүк координациялык механизми"}', 'Asia/Tashkent', null, 0);
insert into mechanism (id, code, country_code, regional, name, time_zone, quorum, version) values ('00000000-0000-4000-8000-000000000100', 'RCM', null, true, '{"en": "Regional Coordination Mechanism", "ru": "Региональный координационный механизм", "tg": "Механизми ҳамоҳангсозии минтақавӣ", "uz": "Mintaqaviy muvofiqlashtirish mexanizmi", "kk": "Өңірлік үйлестіру тетігі", "ky": "Аймактык координациялык механизм"}', 'Asia/Almaty', null, 0);
