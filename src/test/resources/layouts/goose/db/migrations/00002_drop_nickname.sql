-- +goose Up
-- +goose StatementBegin
ALTER TABLE users DROP COLUMN nickname;
-- +goose StatementEnd

-- +goose Down
ALTER TABLE users ADD COLUMN nickname text;
