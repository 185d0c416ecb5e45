-- Staff accounts in the database (security range V250-V259), managed on the administrators' page.
-- Portable SQL: H2 and PostgreSQL. source: 'local' (a password here, bcrypt) or 'directory' (the town's
-- LDAP/Active Directory or OpenID Connect proves who it is; this row says what they may do).
create table staff_account (
    username             varchar(64)  not null primary key,
    display_name         varchar(100) not null,
    source               varchar(16)  not null,
    password_hash        varchar(100),
    roles                varchar(200) not null,   -- CLERK, ONE_STOP, MANAGER, AUDITOR, ADMIN (comma-separated)
    departments          varchar(500) not null,   -- the catalog's department ids (comma-separated)
    enabled              boolean      not null,
    must_change_password boolean      not null,
    password_changed_at  timestamp with time zone,
    totp_secret          varchar(200),            -- sealed with a key derived from the master key
    totp_last_step       bigint,                  -- the last code used (a code counts once)
    failed_sign_ins      integer      not null,
    locked_until         timestamp with time zone,
    created_at           timestamp with time zone not null,
    created_by           varchar(64)  not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(64)  not null
);

-- The last passwords of each local account (bcrypt), so that a new one is not an old one again.
create table staff_password_history (
    username      varchar(64)  not null references staff_account (username) on delete cascade,
    password_hash varchar(100) not null,
    changed_at    timestamp with time zone not null
);
create index staff_password_history_by_user on staff_password_history (username, changed_at);

-- Failed sign-ins per account and per address, shared by every server: the delay before the next try
-- doubles with each failure (docs/security.md).
create table sign_in_throttle (
    subject       varchar(200) not null primary key,   -- account:<name> or address:<ip>
    failures      integer      not null,
    last_failure  timestamp with time zone not null,
    blocked_until timestamp with time zone not null
);
