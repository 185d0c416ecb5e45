-- The access log of personal data (security range V250-V259). Portable SQL: H2 and PostgreSQL.
-- Append-only: each row is numbered without gaps and carries an HMAC hash chain (prev_hash -> hash) that
-- `java -jar server.jar verify-access-log` and the auditor page check. No resident's name, address, birth
-- date or number is ever in it: visit ids (random UUIDs), form and procedure ids, days and counts.
create table access_log (
    seq        bigint       not null primary key,
    at         timestamp with time zone not null,
    actor      varchar(100) not null,   -- staff account, kiosk:<id>, system
    action     varchar(32)  not null,   -- view-visit, print-form, my-number-use, sign-in, ...
    visit_id   varchar(36),
    purpose    varchar(300) not null,   -- which forms, which day, why
    status     integer      not null,   -- the HTTP status answered; refusals are recorded too
    client     varchar(64),             -- the caller's address
    prev_hash  char(64)     not null,
    hash       char(64)     not null
);
create index access_log_by_time on access_log (at);
create index access_log_by_visit on access_log (visit_id, seq);
create index access_log_by_actor on access_log (actor, seq);

-- The chain's head: locked by every append, so that rows from every server form one chain.
create table access_log_head (
    id        integer  not null primary key,
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into access_log_head (id, last_seq, last_hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
