-- Crypto-shredding of My Numbers (security range V250-V259). Each stored number is sealed with a data key
-- of its own, kept wrapped with the master key in the data key file outside the database
-- (kakanai.privacy.data-key-file); this column names its slot there. The purge destroys the key, after
-- which no copy of this database opens the number. Values stored before have no slot until the server
-- seals them anew at its next start.
alter table visit_my_number add column data_key_slot integer;
create unique index visit_my_number_by_data_key on visit_my_number (data_key_slot);
