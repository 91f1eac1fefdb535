CREATE TABLE accounts (id int PRIMARY KEY, balance numeric(12,2) NOT NULL DEFAULT 0);
