-- The public snapshot of the queue (issue 14 §4): what the board, the phone's ticket page and the congestion
-- page show, published by the staff servers at most once a second and read by the public endpoints through a
-- one-second cache. One row: publishing locks it (select … for update), so servers sharing the database take
-- turns and each build sees everything committed before it; a server skips when the row was checked less than
-- a second ago. content is JSON with ticket numbers, counters, department counts and queue times only — no
-- name, address, birth date or visit id — so that a public application can be given read access to this table
-- alone (docs/queue.md "The public snapshot"). version goes up only when the content changes (content_hash),
-- checked_at every time a server looked: the time the figures are "as of".
-- Portable SQL: H2 and PostgreSQL.
create table public_snapshot (
    id           integer      not null primary key,
    version      bigint       not null,
    checked_at   timestamp with time zone,
    content_hash varchar(64),
    content      text
);
insert into public_snapshot (id, version) values (1, 0);
