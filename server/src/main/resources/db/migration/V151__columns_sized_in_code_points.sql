-- Limits are counted in code points, as people count characters (𠮷 is one), and checked before anything is
-- stored (issue 14 §3). H2 sizes VARCHAR in UTF-16 units, where 𠮷 takes two, so a 200-character address of
-- such characters was refused by the column: a 500 whose log quoted the address. Each column that holds text
-- people type gets twice its limit in code points; PostgreSQL counts code points and simply has room to spare.
-- Portable SQL: H2 and PostgreSQL both accept ALTER COLUMN … SET DATA TYPE.
alter table visit alter column resident_name set data type varchar(400);
alter table visit alter column resident_address set data type varchar(400);
alter table interview alter column other_address set data type varchar(400);
alter table checklist_item alter column custom_name set data type varchar(400);
alter table checklist_item alter column not_needed_reason set data type varchar(1000);
alter table checklist_item alter column note set data type varchar(4000);
alter table checklist_event alter column detail set data type varchar(4000);
-- A counter's name ("3番窓口"): at most 32 code points (QueueResource).
alter table queue_event alter column counter_name set data type varchar(64);
