-- queue_measure (V2) held durations by the definitions before issue 18; queue_span (V220, filled from the
-- event log by V221) replaces it. Nothing is lost: both are projections of queue_event, which stays.
drop table queue_measure;
