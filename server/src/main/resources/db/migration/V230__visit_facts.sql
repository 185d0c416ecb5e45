-- What a visit knows beyond the resident's 基本4情報 (numbered above V224, so it runs after the code-point column sizes of V151). Portable SQL: H2 and PostgreSQL.
-- Text columns hold twice their limit in code points (see V151: H2 counts UTF-16 units, 𠮷 takes two).
-- One row per visit: what the kiosk, a home QR or the counter interview gave; the household in visit_member.
create table visit_facts (
    visit_id          varchar(36)  not null primary key references visit (id) on delete cascade,
    resident_kana     varchar(200),
    postcode          varchar(8),
    phone             varchar(20),
    household_known   boolean      not null,   -- false: the resident did not say (the clerk asks)
    applicant_kinship varchar(80),             -- the applicant's 続柄 seen from the 世帯主 when someone else heads
    householder_name  varchar(400),            -- the 世帯主 when neither the applicant nor a listed member
    event_date        date,                    -- 出生日, 死亡日, the day of a marriage
    move_date         date,                    -- 異動日
    new_text          varchar(600),            -- the new address as printed
    new_postcode      varchar(8),
    new_machiaza_id   varchar(7),              -- a town address: the town's 町字 (Address Base Registry layout)
    new_chome         integer,
    new_block         integer,                 -- 住居表示: 番
    new_residence     integer,                 -- 住居表示: 号
    new_chiban        varchar(20),             -- 地番
    new_building      varchar(200),
    previous_text     varchar(600),
    previous_postcode varchar(8),
    previous_machiaza_id varchar(7),
    previous_chome    integer,
    previous_block    integer,
    previous_residence integer,
    previous_chiban   varchar(20),
    previous_building varchar(200)
);

-- The household members besides the applicant, in the order the forms list them.
create table visit_member (
    visit_id     varchar(36)  not null references visit (id) on delete cascade,
    ordinal      integer      not null,
    relationship varchar(16)  not null,   -- to the applicant: spouse, child, parent, grandchild, other
    birth_date   date         not null,
    sex          char(1),                 -- ISO 5218; null when not known
    name         varchar(400),            -- null when not known: printed blank, flagged for the clerk
    kana         varchar(200),
    deceased     boolean      not null,
    householder  boolean      not null,
    kinship      varchar(80),             -- the 続柄 to print, seen from the 世帯主, when given
    primary key (visit_id, ordinal)
);

-- The counter interview kept its own copy of these (V40): moved here, one place for every source of a visit.
insert into visit_facts (visit_id, resident_kana, postcode, phone, household_known, householder_name, move_date,
                         new_text, previous_text)
select i.visit_id, i.resident_kana, i.postcode, i.phone, true,
       case when i.householder_name = v.resident_name then null else i.householder_name end,
       i.move_date,
       case when v.life_event = 'move-in' then v.resident_address
            when v.life_event in ('move-out', 'move-within') then i.other_address end,
       case when v.life_event = 'move-in' then i.other_address
            when v.life_event in ('move-out', 'move-within') then v.resident_address end
from interview i join visit v on v.id = i.visit_id;

insert into visit_member (visit_id, ordinal, relationship, birth_date, sex, name, kana, deceased, householder)
select visit_id, ordinal, relationship, birth_date, sex, name, kana, false, false from interview_member;

drop table interview_member;
alter table interview drop column resident_kana;
alter table interview drop column postcode;
alter table interview drop column phone;
alter table interview drop column move_date;
alter table interview drop column other_address;
alter table interview drop column householder_name;
