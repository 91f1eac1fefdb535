--liquibase formatted sql

--changeset nvoxland:1
CREATE TABLE person (
    id int PRIMARY KEY,
    name varchar(50) NOT NULL,
    address1 varchar(50)
);
--rollback DROP TABLE person;

--changeset nvoxland:2
ALTER TABLE person ALTER COLUMN name TYPE varchar(20);
--rollback ALTER TABLE person ALTER COLUMN name TYPE varchar(50);

--changeset nvoxland:3
ALTER TABLE person DROP COLUMN address1;
