-- Each resident's use of a kiosk, for the manager (kiosk helper's range V280-V289): how long to the
-- ticket, how it ended, where residents gave up. No personal data: no name, no card, no visit id.
-- id is chosen by the kiosk (a resent report is stored once); local_date is the Asia/Tokyo day it began.
create table kiosk_session (
    id                varchar(36)  not null primary key,
    kiosk_id          varchar(64)  not null,
    local_date        date         not null,
    started_at        timestamp with time zone not null,
    ended_at          timestamp with time zone not null,
    seconds_to_ticket integer,
    outcome           varchar(16)  not null,   -- ticket, help-ticket, added, abandoned
    end_reason        varchar(16)  not null,   -- resident, idle, card-removed, started
    last_screen       varchar(32),
    life_event        varchar(32),
    language          varchar(8),
    taps              integer      not null,
    keystrokes        integer      not null,
    wrong_pins        integer      not null,
    screens           integer      not null
);
create index kiosk_session_by_day on kiosk_session (local_date);
