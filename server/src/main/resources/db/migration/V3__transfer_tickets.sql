-- Each department issues its own ticket (issue 7 §1): the ticket a step handed out is part of the event
-- (ISSUED at check-in, TRANSFERRED to the next department). Null on older events: the visit's ticket.
-- Adding a column changes no event: the log stays append-only. Portable SQL: H2 and PostgreSQL.
alter table queue_event add column ticket_number varchar(16);
