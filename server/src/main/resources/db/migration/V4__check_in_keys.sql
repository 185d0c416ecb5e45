-- Idempotent check-in (privacy/idempotency range V4-V9). Portable SQL: runs on H2 and PostgreSQL.
-- A kiosk sends an Idempotency-Key per check-in attempt and repeats it when it retries after a timeout;
-- the primary key makes the database, not one server's memory, decide which request of a pair wins, so
-- it holds across restarts and across servers sharing one PostgreSQL. fingerprint is the SHA-256 of the
-- request as understood (a retry must send the same check-in). Rows expire (kakanai.idempotency.keep).
-- visit_id has no foreign key: the key row is written first, so that a concurrent duplicate waits on it
-- before it takes a ticket number.
create table check_in_key (
    kiosk_id        varchar(64)  not null,
    idempotency_key varchar(128) not null,
    fingerprint     char(64)     not null,
    visit_id        varchar(36)  not null,
    created_at      timestamp with time zone not null,
    primary key (kiosk_id, idempotency_key)
);
create index check_in_key_by_age on check_in_key (created_at);
