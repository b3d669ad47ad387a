-- A person's consent to be named on the public portal (issue 16): the portal lists a seated
-- person's name and seat only when this is true; contacts never. False for everyone until the
-- person (on their profile) or the secretariat (on the person form) says otherwise.
alter table person add column public_listing boolean default false not null;
