-- migrate:up
create table users (
  id serial primary key,
  name varchar(255),
  fax text
);

-- migrate:down
drop table users;
