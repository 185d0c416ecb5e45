-- Counter interview (対面型, interview helper's migrations: V40-V49). Portable SQL: H2 and PostgreSQL.
-- A clerk may start a visit at the desk: then kiosk_id is null and desk_clerk names the clerk.
alter table visit alter column kiosk_id drop not null;
alter table visit add column desk_clerk varchar(100);
alter table visit add constraint visit_started_by_kiosk_or_desk
    check ((kiosk_id is not null and desk_clerk is null) or (kiosk_id is null and desk_clerk is not null));

-- What the interview adds to a visit (one started at the desk, or a kiosk visit a clerk took over):
-- the resident's facts no card carries, the move, who heads the household; answers live in checklist.
create table interview (
    visit_id         varchar(36)   not null primary key references visit (id) on delete cascade,
    source           varchar(8)    not null,   -- typed, card (desk reader), ticket (taken over from a kiosk)
    resident_kana    varchar(100),
    postcode         varchar(8),
    phone            varchar(20),
    move_date        date,
    other_address    varchar(200),             -- previous address on a move-in, the new one otherwise
    householder_name varchar(200),
    version          integer       not null,
    started_at       timestamp with time zone not null,
    started_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(100)  not null,
    confirmed_at     timestamp with time zone, -- the resident checked the data on the confirmation screen
    confirmed_by     varchar(100)
);

-- The household members the clerk adds (spouse, children, …), in the order the forms list them.
create table interview_member (
    visit_id     varchar(36)  not null references interview (visit_id) on delete cascade,
    ordinal      integer      not null,
    name         varchar(200) not null,
    kana         varchar(100),
    birth_date   date         not null,
    sex          char(1)      not null,
    relationship varchar(16)  not null,      -- spouse, child, parent, grandchild, other (navigation ids)
    primary key (visit_id, ordinal)
);
