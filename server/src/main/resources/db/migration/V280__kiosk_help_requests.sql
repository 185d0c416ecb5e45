-- Kiosk dead ends that still give a ticket (kiosk helper's migrations: V280-V289). Portable SQL: H2 and
-- PostgreSQL. A resident the kiosk cannot check in (one PIN try left, a locked PIN, no card, data that is
-- wrong, ...) gets a ticket to the staff desk; the clerk's list shows why. No personal data: the kiosk
-- read nothing, or nothing it may keep. id is chosen by the kiosk, so a retry after a lost answer gets
-- the same ticket; the queue's events carry it as their visit_id.
create table kiosk_help_request (
    id             varchar(36)  not null primary key,
    kiosk_id       varchar(64)  not null,
    reason         varchar(32)  not null,
    visit_date     date         not null,
    ticket_number  varchar(16)  not null,
    department     varchar(32)  not null,
    requested_at   timestamp with time zone not null
);
create index kiosk_help_request_by_date on kiosk_help_request (visit_date, requested_at);
