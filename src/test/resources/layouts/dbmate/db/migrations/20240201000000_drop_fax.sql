-- migrate:up
alter table users drop column fax;

-- migrate:down

