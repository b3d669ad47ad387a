-- The sex codes get their Uzbek, Kazakh and Kyrgyz names, so that pages in those languages and files written in them
-- use the same words.
update dimension_code set name = '{"en":"Female","ru":"Женщины","tg":"Занон","uz":"Ayollar","kk":"Әйелдер","ky":"Аялдар"}' where dimension = 'SEX' and code = 'F';
update dimension_code set name = '{"en":"Male","ru":"Мужчины","tg":"Мардон","uz":"Erkaklar","kk":"Ерлер","ky":"Эркектер"}' where dimension = 'SEX' and code = 'M';
update dimension_code set name = '{"en":"Total","ru":"Всего","tg":"Ҳамагӣ","uz":"Jami","kk":"Барлығы","ky":"Бардыгы"}' where dimension = 'SEX' and code = '_T';
