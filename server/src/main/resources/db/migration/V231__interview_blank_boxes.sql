-- The clerk's choice at 一括印刷 (issue 13): the required boxes still blank when the resident confirmed and the clerk
-- chose to print anyway ("form-id:field" per line), recorded with the confirmation. Null: nothing was blank.
alter table interview add column blank_boxes varchar(4000);
