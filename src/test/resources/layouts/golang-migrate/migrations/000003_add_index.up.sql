CREATE INDEX CONCURRENTLY users_login_idx ON users (login);
