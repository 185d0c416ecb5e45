-- Tickets from the ticket machine (issue 18 §5): no resident, no card, only a purpose. visit_id is the id
-- its queue events carry. The kiosk's Idempotency-Key is claimed first (unique), so a retried request
-- waits for the first and gets its ticket back instead of a second number; ticket_number is set when the
-- number is issued, in the same transaction. A reserved resident's ticket names the reservation (V224) and
-- its purpose is the reservation's item. Portable SQL: H2 and PostgreSQL.
create table machine_ticket (
    visit_id        varchar(36)  not null primary key,
    kiosk_id        varchar(64)  not null,
    idempotency_key varchar(128),
    purpose         varchar(32)  not null,
    department      varchar(32)  not null,
    ticket_number   varchar(16),
    reservation     varchar(16),
    issued_at       timestamp with time zone not null,
    unique (kiosk_id, idempotency_key)
);
create index machine_ticket_by_time on machine_ticket (issued_at);
create index machine_ticket_by_reservation on machine_ticket (reservation);
