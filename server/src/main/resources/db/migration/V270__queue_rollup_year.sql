-- Yearly rollups (issue 18 §4), built from a year's months once all twelve are: a five-year report reads some
-- thousands of rows instead of sixty months' worth. Same columns as queue_rollup_month; marked 'Y' in
-- queue_rollup_built. Portable SQL: H2 and PostgreSQL.
create table queue_rollup_year (
    year_start    date          not null,
    facet         char(1)       not null,
    kind          varchar(16)   not null,
    department    varchar(32)   not null,
    sub           varchar(64)   not null,
    local_weekday smallint      not null,
    local_hour    smallint      not null,
    n             bigint        not null,
    total_seconds bigint        not null,
    max_seconds   integer       not null,
    buckets       varchar(4000) not null
);
create index queue_rollup_year_by_year on queue_rollup_year (year_start);
