-- The indicator catalogue: dimensions with their code lists, and the standard labour-migration indicators
-- (see the handbook's domain standards), each with its source. Reference data: every deployment needs it.
create table dimension (
	code varchar(40) primary key,
	name varchar(1000) not null,
	standard varchar(200) not null
);

create table dimension_code (
	dimension varchar(40) not null references dimension (code),
	code varchar(20) not null,
	name varchar(1000) not null,
	sort_order integer not null,
	primary key (dimension, code)
);

create table indicator (
	code varchar(40) primary key,
	name varchar(2000) not null,
	definition varchar(8000) not null,
	unit varchar(40) not null,
	periodicity varchar(20) not null,
	aggregation varchar(20) not null,
	source varchar(1000) not null,
	proxy_note varchar(2000)
);

create table indicator_dimension (
	indicator varchar(40) not null references indicator (code),
	dimension varchar(40) not null references dimension (code),
	sort_order integer not null,
	primary key (indicator, dimension)
);

insert into dimension (code, name, standard) values ('SEX', '{"en":"Sex","ru":"Пол","tg":"Ҷинс"}', 'SDMX CL_SEX');
insert into dimension (code, name, standard) values ('AGE', '{"en":"Age group","ru":"Возрастная группа","tg":"Гурӯҳи синну сол"}', 'ILO 10-year age bands');
insert into dimension (code, name, standard) values ('COUNTERPART_AREA', '{"en":"Destination or origin country","ru":"Страна назначения или происхождения","tg":"Кишвари таъинот ё баромад"}', 'ISO 3166-1 alpha-3');
insert into dimension (code, name, standard) values ('ACTIVITY', '{"en":"Economic activity","ru":"Вид экономической деятельности","tg":"Намуди фаъолияти иқтисодӣ"}', 'ISIC Rev.4 sections');
insert into dimension (code, name, standard) values ('OCCUPATION', '{"en":"Occupation","ru":"Занятие","tg":"Машғулият"}', 'ISCO-08 major groups');
insert into dimension (code, name, standard) values ('EDUCATION', '{"en":"Education level","ru":"Уровень образования","tg":"Сатҳи таҳсилот"}', 'ISCED 2011 aggregates');
insert into dimension (code, name, standard) values ('MIGRANT_CATEGORY', '{"en":"Migrant category","ru":"Категория мигрантов","tg":"Категорияи муҳоҷирон"}', 'ILO 20th ICLS 2018');

insert into dimension_code values ('SEX', 'F', '{"en":"Female","ru":"Женщины","tg":"Занон"}', 1);
insert into dimension_code values ('SEX', 'M', '{"en":"Male","ru":"Мужчины","tg":"Мардон"}', 2);
insert into dimension_code values ('SEX', '_T', '{"en":"Total","ru":"Всего","tg":"Ҳамагӣ"}', 3);
insert into dimension_code values ('AGE', 'Y15T24', '{"en":"15–24"}', 1);
insert into dimension_code values ('AGE', 'Y25T34', '{"en":"25–34"}', 2);
insert into dimension_code values ('AGE', 'Y35T44', '{"en":"35–44"}', 3);
insert into dimension_code values ('AGE', 'Y45T54', '{"en":"45–54"}', 4);
insert into dimension_code values ('AGE', 'Y55T64', '{"en":"55–64"}', 5);
insert into dimension_code values ('AGE', 'Y_GE65', '{"en":"65 and over","ru":"65 и старше","tg":"65 ва болотар"}', 6);
insert into dimension_code values ('AGE', '_T', '{"en":"Total","ru":"Всего","tg":"Ҳамагӣ"}', 7);
insert into dimension_code values ('COUNTERPART_AREA', 'RUS', '{"en":"Russian Federation","ru":"Российская Федерация","tg":"Федератсияи Россия"}', 1);
insert into dimension_code values ('COUNTERPART_AREA', 'KAZ', '{"en":"Kazakhstan","ru":"Казахстан","tg":"Қазоқистон"}', 2);
insert into dimension_code values ('COUNTERPART_AREA', 'KGZ', '{"en":"Kyrgyzstan","ru":"Кыргызстан","tg":"Қирғизистон"}', 3);
insert into dimension_code values ('COUNTERPART_AREA', 'TJK', '{"en":"Tajikistan","ru":"Таджикистан","tg":"Тоҷикистон"}', 4);
insert into dimension_code values ('COUNTERPART_AREA', 'UZB', '{"en":"Uzbekistan","ru":"Узбекистан","tg":"Ӯзбекистон"}', 5);
insert into dimension_code values ('COUNTERPART_AREA', 'TUR', '{"en":"Türkiye","ru":"Турция","tg":"Туркия"}', 6);
insert into dimension_code values ('COUNTERPART_AREA', 'KOR', '{"en":"Republic of Korea","ru":"Республика Корея","tg":"Ҷумҳурии Корея"}', 7);
insert into dimension_code values ('COUNTERPART_AREA', 'ARE', '{"en":"United Arab Emirates","ru":"Объединённые Арабские Эмираты","tg":"Аморати Муттаҳидаи Араб"}', 8);
insert into dimension_code values ('COUNTERPART_AREA', 'DEU', '{"en":"Germany","ru":"Германия","tg":"Олмон"}', 9);
insert into dimension_code values ('COUNTERPART_AREA', 'GBR', '{"en":"United Kingdom","ru":"Великобритания","tg":"Британияи Кабир"}', 10);
insert into dimension_code values ('COUNTERPART_AREA', 'POL', '{"en":"Poland","ru":"Польша","tg":"Лаҳистон"}', 11);
insert into dimension_code values ('COUNTERPART_AREA', 'CHN', '{"en":"China","ru":"Китай","tg":"Чин"}', 12);
insert into dimension_code values ('COUNTERPART_AREA', 'USA', '{"en":"United States","ru":"США","tg":"ИМА"}', 13);
insert into dimension_code values ('COUNTERPART_AREA', '_O', '{"en":"Other countries","ru":"Другие страны","tg":"Дигар кишварҳо"}', 98);
insert into dimension_code values ('COUNTERPART_AREA', '_T', '{"en":"All countries","ru":"Все страны","tg":"Ҳамаи кишварҳо"}', 99);
insert into dimension_code values ('ACTIVITY', 'A', '{"en":"Agriculture, forestry and fishing"}', 1);
insert into dimension_code values ('ACTIVITY', 'B', '{"en":"Mining and quarrying"}', 2);
insert into dimension_code values ('ACTIVITY', 'C', '{"en":"Manufacturing"}', 3);
insert into dimension_code values ('ACTIVITY', 'D', '{"en":"Electricity, gas, steam and air conditioning supply"}', 4);
insert into dimension_code values ('ACTIVITY', 'E', '{"en":"Water supply; sewerage, waste management"}', 5);
insert into dimension_code values ('ACTIVITY', 'F', '{"en":"Construction","ru":"Строительство","tg":"Сохтмон"}', 6);
insert into dimension_code values ('ACTIVITY', 'G', '{"en":"Wholesale and retail trade; repair of motor vehicles"}', 7);
insert into dimension_code values ('ACTIVITY', 'H', '{"en":"Transportation and storage"}', 8);
insert into dimension_code values ('ACTIVITY', 'I', '{"en":"Accommodation and food service activities"}', 9);
insert into dimension_code values ('ACTIVITY', 'J', '{"en":"Information and communication"}', 10);
insert into dimension_code values ('ACTIVITY', 'K', '{"en":"Financial and insurance activities"}', 11);
insert into dimension_code values ('ACTIVITY', 'L', '{"en":"Real estate activities"}', 12);
insert into dimension_code values ('ACTIVITY', 'M', '{"en":"Professional, scientific and technical activities"}', 13);
insert into dimension_code values ('ACTIVITY', 'N', '{"en":"Administrative and support service activities"}', 14);
insert into dimension_code values ('ACTIVITY', 'O', '{"en":"Public administration and defence; compulsory social security"}', 15);
insert into dimension_code values ('ACTIVITY', 'P', '{"en":"Education"}', 16);
insert into dimension_code values ('ACTIVITY', 'Q', '{"en":"Human health and social work activities"}', 17);
insert into dimension_code values ('ACTIVITY', 'R', '{"en":"Arts, entertainment and recreation"}', 18);
insert into dimension_code values ('ACTIVITY', 'S', '{"en":"Other service activities"}', 19);
insert into dimension_code values ('ACTIVITY', 'T', '{"en":"Activities of households as employers"}', 20);
insert into dimension_code values ('ACTIVITY', 'U', '{"en":"Activities of extraterritorial organisations and bodies"}', 21);
insert into dimension_code values ('OCCUPATION', '0', '{"en":"Armed forces occupations"}', 0);
insert into dimension_code values ('OCCUPATION', '1', '{"en":"Managers"}', 1);
insert into dimension_code values ('OCCUPATION', '2', '{"en":"Professionals"}', 2);
insert into dimension_code values ('OCCUPATION', '3', '{"en":"Technicians and associate professionals"}', 3);
insert into dimension_code values ('OCCUPATION', '4', '{"en":"Clerical support workers"}', 4);
insert into dimension_code values ('OCCUPATION', '5', '{"en":"Service and sales workers"}', 5);
insert into dimension_code values ('OCCUPATION', '6', '{"en":"Skilled agricultural, forestry and fishery workers"}', 6);
insert into dimension_code values ('OCCUPATION', '7', '{"en":"Craft and related trades workers"}', 7);
insert into dimension_code values ('OCCUPATION', '8', '{"en":"Plant and machine operators, and assemblers"}', 8);
insert into dimension_code values ('OCCUPATION', '9', '{"en":"Elementary occupations"}', 9);
insert into dimension_code values ('EDUCATION', 'LT_BASIC', '{"en":"Less than basic"}', 1);
insert into dimension_code values ('EDUCATION', 'BASIC', '{"en":"Basic"}', 2);
insert into dimension_code values ('EDUCATION', 'INTERMEDIATE', '{"en":"Intermediate"}', 3);
insert into dimension_code values ('EDUCATION', 'ADVANCED', '{"en":"Advanced"}', 4);
insert into dimension_code values ('MIGRANT_CATEGORY', 'MIGRANT_WORKER', '{"en":"International migrant workers"}', 1);
insert into dimension_code values ('MIGRANT_CATEGORY', 'FOR_WORK', '{"en":"For-work international migrants"}', 2);
insert into dimension_code values ('MIGRANT_CATEGORY', 'RETURN', '{"en":"Return international migrant workers"}', 3);

insert into indicator values ('DEPARTURES', '{"en":"Departures of labour migrants","ru":"Выезд трудовых мигрантов","tg":"Рафтани муҳоҷирони меҳнатӣ"}', '{"en":"Citizens leaving the country for work abroad in the period (for-work international migrants, a flow), by destination and sex."}', 'persons', 'MONTHLY', 'SUM', 'Migration service administrative records; ILO 20th ICLS (2018) guidelines on labour-migration statistics', null);
insert into indicator values ('RETURNS', '{"en":"Returns of labour migrants","ru":"Возвращение трудовых мигрантов","tg":"Бозгашти муҳоҷирони меҳнатӣ"}', '{"en":"Return international migrant workers arriving in the period, by origin country of their last work abroad and sex."}', 'persons', 'MONTHLY', 'SUM', 'Migration service administrative records; ILO 20th ICLS (2018)', null);
insert into indicator values ('PLACEMENTS_PUBLIC', '{"en":"Placements abroad through the public agency","ru":"Трудоустройство за рубежом через государственное агентство","tg":"Шуғл дар хориҷ тавассути агентии давлатӣ"}', '{"en":"Workers placed in jobs abroad by the public overseas employment agency in the period."}', 'persons', 'QUARTERLY', 'SUM', 'Overseas employment agency records', null);
insert into indicator values ('PLACEMENTS_PRIVATE', '{"en":"Placements abroad through private agencies","ru":"Трудоустройство за рубежом через частные агентства","tg":"Шуғл дар хориҷ тавассути агентиҳои хусусӣ"}', '{"en":"Workers placed in jobs abroad by licensed private employment agencies in the period."}', 'persons', 'QUARTERLY', 'SUM', 'Private employment agency reports to the licensing authority', null);
insert into indicator values ('PRIVATE_AGENCY_FEES', '{"en":"Fees charged by private employment agencies","ru":"Сборы, взимаемые частными агентствами занятости","tg":"Пардохтҳое, ки агентиҳои хусусии шуғл ситонидаанд"}', '{"en":"Average fee charged to a placed worker by private employment agencies in the period."}', 'USD', 'QUARTERLY', 'AVERAGE', 'Private employment agency reports', 'A proxy for one part of the recruitment cost of SDG 10.7.1 only; not the indicator itself.');
insert into indicator values ('PREDEPARTURE_TRAINEES', '{"en":"Pre-departure trainees","ru":"Прошедшие предвыездную подготовку","tg":"Онҳое, ки омодагии пеш аз сафарро гузаштаанд"}', '{"en":"Persons who completed pre-departure orientation or training in the period."}', 'persons', 'QUARTERLY', 'SUM', 'Adult education centre records', null);
insert into indicator values ('REMITTANCES', '{"en":"Personal remittances received","ru":"Полученные личные денежные переводы","tg":"Интиқоли пули шахсии гирифташуда"}', '{"en":"Personal transfers plus compensation of employees received (BPM6), in current US dollars."}', 'USD', 'QUARTERLY', 'SUM', 'National bank balance of payments (IMF BPM6); World Bank WDI BX.TRF.PWKR.CD.DT', null);
insert into indicator values ('REMITTANCES_GDP', '{"en":"Personal remittances received, % of GDP","ru":"Полученные личные переводы, % ВВП","tg":"Интиқоли пули шахсӣ, % ММД"}', '{"en":"Personal remittances received as a share of GDP."}', 'percent', 'ANNUAL', 'LAST', 'World Bank WDI BX.TRF.PWKR.DT.GD.ZS', null);
insert into indicator values ('LABOUR_FORCE', '{"en":"Labour force","ru":"Рабочая сила","tg":"Қувваи корӣ"}', '{"en":"Persons employed or unemployed (ILO definitions), by sex."}', 'persons', 'QUARTERLY', 'AVERAGE', 'Statistics agency labour force survey (ILO 19th ICLS)', null);
insert into indicator values ('EMPLOYMENT', '{"en":"Employment","ru":"Занятость","tg":"Шуғл"}', '{"en":"Employed persons (ILO definition), by sex."}', 'persons', 'QUARTERLY', 'AVERAGE', 'Statistics agency labour force survey', null);
insert into indicator values ('UNEMPLOYMENT', '{"en":"Unemployment","ru":"Безработица","tg":"Бекорӣ"}', '{"en":"Unemployed persons (ILO definition), by sex."}', 'persons', 'QUARTERLY', 'AVERAGE', 'Statistics agency labour force survey', null);
insert into indicator values ('CSO_COMPLAINTS', '{"en":"Complaints received by civil-society organisations","ru":"Жалобы, полученные организациями гражданского общества","tg":"Шикоятҳое, ки ташкилотҳои ҷомеаи шаҳрвандӣ гирифтаанд"}', '{"en":"Complaints and cases of migrant workers registered by civil-society organisations in the period."}', 'cases', 'QUARTERLY', 'SUM', 'Civil-society organisation case records', null);
insert into indicator values ('SDG_10_7_1', '{"en":"SDG 10.7.1 Recruitment cost borne by the employee","ru":"ЦУР 10.7.1 Расходы на наём, понесённые работником","tg":"ҲРУ 10.7.1 Хароҷоти ҷалб, ки коргар пардохтааст"}', '{"en":"Recruitment cost borne by the employee as a proportion of monthly income earned in the country of destination: f(C_k/E_k) over survey respondents (mean, median or 4th quintile), read as months of earnings. No imputation and no regional aggregate."}', 'months', 'ANNUAL', 'LAST', 'UN SDG metadata 10.7.1 (ILO, World Bank)', null);
insert into indicator values ('SDG_10_C_1', '{"en":"SDG 10.c.1 Remittance cost","ru":"ЦУР 10.c.1 Стоимость денежных переводов","tg":"ҲРУ 10.c.1 Арзиши интиқоли пул"}', '{"en":"Cost of sending the equivalent of USD 200 as a percentage of the amount sent: fee plus exchange-rate margin over the interbank rate; the corridor average is the simple mean over providers. Target 3 % (SmaRT 5 %)."}', 'percent', 'QUARTERLY', 'AVERAGE', 'UN SDG metadata 10.c.1; World Bank Remittance Prices Worldwide', null);
insert into indicator values ('SDG_8_8_1', '{"en":"SDG 8.8.1 Occupational injuries","ru":"ЦУР 8.8.1 Производственные травмы","tg":"ҲРУ 8.8.1 Ҷароҳатҳои истеҳсолӣ"}', '{"en":"Fatal and non-fatal occupational injuries per 100,000 workers, by migrant status."}', 'per 100,000', 'ANNUAL', 'LAST', 'UN SDG metadata 8.8.1 (ILO)', null);

insert into indicator_dimension values ('DEPARTURES', 'COUNTERPART_AREA', 1);
insert into indicator_dimension values ('DEPARTURES', 'SEX', 2);
insert into indicator_dimension values ('DEPARTURES', 'AGE', 3);
insert into indicator_dimension values ('RETURNS', 'COUNTERPART_AREA', 1);
insert into indicator_dimension values ('RETURNS', 'SEX', 2);
insert into indicator_dimension values ('PLACEMENTS_PUBLIC', 'COUNTERPART_AREA', 1);
insert into indicator_dimension values ('PLACEMENTS_PUBLIC', 'SEX', 2);
insert into indicator_dimension values ('PLACEMENTS_PUBLIC', 'OCCUPATION', 3);
insert into indicator_dimension values ('PLACEMENTS_PRIVATE', 'COUNTERPART_AREA', 1);
insert into indicator_dimension values ('PLACEMENTS_PRIVATE', 'SEX', 2);
insert into indicator_dimension values ('PRIVATE_AGENCY_FEES', 'COUNTERPART_AREA', 1);
insert into indicator_dimension values ('PREDEPARTURE_TRAINEES', 'SEX', 1);
insert into indicator_dimension values ('PREDEPARTURE_TRAINEES', 'COUNTERPART_AREA', 2);
insert into indicator_dimension values ('REMITTANCES', 'COUNTERPART_AREA', 1);
insert into indicator_dimension values ('LABOUR_FORCE', 'SEX', 1);
insert into indicator_dimension values ('LABOUR_FORCE', 'AGE', 2);
insert into indicator_dimension values ('EMPLOYMENT', 'SEX', 1);
insert into indicator_dimension values ('EMPLOYMENT', 'ACTIVITY', 2);
insert into indicator_dimension values ('UNEMPLOYMENT', 'SEX', 1);
insert into indicator_dimension values ('UNEMPLOYMENT', 'EDUCATION', 2);
insert into indicator_dimension values ('CSO_COMPLAINTS', 'SEX', 1);
insert into indicator_dimension values ('CSO_COMPLAINTS', 'COUNTERPART_AREA', 2);
insert into indicator_dimension values ('SDG_10_7_1', 'SEX', 1);
insert into indicator_dimension values ('SDG_10_7_1', 'AGE', 2);
insert into indicator_dimension values ('SDG_10_7_1', 'EDUCATION', 3);
insert into indicator_dimension values ('SDG_10_7_1', 'COUNTERPART_AREA', 4);
insert into indicator_dimension values ('SDG_10_C_1', 'COUNTERPART_AREA', 1);
insert into indicator_dimension values ('SDG_8_8_1', 'MIGRANT_CATEGORY', 1);
insert into indicator_dimension values ('SDG_8_8_1', 'SEX', 2);
