-- One visit = one resident's check-in at a kiosk. Portable SQL: runs on H2 and PostgreSQL.
-- Times are stored in UTC (timestamp with time zone); visit_date is the Asia/Tokyo calendar day.
create table visit (
    id               varchar(36)  not null primary key,
    visit_date       date         not null,
    ticket_number    varchar(16)  not null,
    checked_in_at    timestamp with time zone not null,
    kiosk_id         varchar(64)  not null,
    life_event       varchar(32)  not null,
    resident_name    varchar(200) not null,
    resident_address varchar(200) not null,
    birth_date       date         not null,
    sex              char(1)      not null
);
create index visit_by_date on visit (visit_date, checked_in_at);

create table visit_procedure (
    visit_id     varchar(36) not null references visit (id),
    ordinal      integer     not null,
    procedure_id varchar(64) not null,
    primary key (visit_id, ordinal)
);

-- The last ticket number handed out per day and prefix; ticket numbers restart every day.
create table ticket_counter (
    ticket_day  date        not null,
    prefix      varchar(8)  not null,
    last_number integer     not null,
    primary key (ticket_day, prefix)
);
