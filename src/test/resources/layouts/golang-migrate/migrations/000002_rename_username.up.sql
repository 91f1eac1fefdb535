ALTER TABLE users RENAME COLUMN username TO login;
