-- +goose Up
CREATE TABLE users (id int PRIMARY KEY, email text, nickname text);

-- +goose Down
DROP TABLE users;
