-- The same resident checking in at a kiosk a second time the same day (kiosk helper's range V280-V289):
-- asked whether to add to the first visit, a resident who says yes keeps the first ticket and the new
-- procedures join that visit's checklist. Each such addition is recorded for the clerks' list. id is
-- chosen by the kiosk, so a retry after a lost answer adds nothing twice.
create table kiosk_visit_addition (
    id          varchar(36)  not null primary key,
    visit_id    varchar(36)  not null references visit (id) on delete cascade,
    kiosk_id    varchar(64)  not null,
    life_event  varchar(32)  not null,
    procedures  varchar(2000) not null,   -- the procedure ids added, comma-separated (none: all were there)
    added_at    timestamp with time zone not null
);
create index kiosk_visit_addition_by_visit on kiosk_visit_addition (visit_id);
