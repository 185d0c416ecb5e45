-- 来庁予約 (issue 18 §6): a slot booked from the public phone page, identified only by its code (the
-- resident gives no personal data). cancelled_at / used_at end it; visit_id is the ticket it became.
-- Booking locks the department's row in reservation_lock, so two phones never take a slot's last place.
-- Portable SQL: H2 and PostgreSQL.
create table reservation (
    code         varchar(16)  not null primary key,
    item         varchar(32)  not null,
    department   varchar(32)  not null,
    slot_start   timestamp with time zone not null,
    slot_end     timestamp with time zone not null,
    created_at   timestamp with time zone not null,
    cancelled_at timestamp with time zone,
    used_at      timestamp with time zone,
    visit_id     varchar(36)
);
create index reservation_by_slot on reservation (department, slot_start);

create table reservation_lock (
    department varchar(32) not null primary key
);
