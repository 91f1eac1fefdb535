CREATE TABLE IF NOT EXISTS users (id serial PRIMARY KEY, username varchar(50) NOT NULL);
