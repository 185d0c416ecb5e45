-- Ticket numbers in arrival order without a second connection (issue 14 §2, issue 18 §3). One row per ticket
-- prefix (department), created at start-up: issuing a ticket locks it (select … for update) inside the
-- check-in's or the transfer's own transaction, reads the server clock under that lock, then advances (or
-- creates) the day's row in ticket_counter. The lock serialises the prefix across servers sharing the
-- database, so the numbers of a day follow the recorded arrival times, and no row is ever created on a
-- second connection. last_issued_at keeps times from running backwards when servers' clocks differ.
-- Portable SQL: H2 and PostgreSQL.
create table ticket_series (
    prefix         varchar(8) not null primary key,
    last_issued_at timestamp with time zone
);
