package jp.kakanai.server.queue;

/** The steps of a visit through the counters, as the event log records them. */
public enum QueueEventType {
    /** Ticket handed out at check-in: the resident enters the first department's queue. */
    ISSUED,
    /** The ticket is called to a counter (again, for a recall). */
    CALLED,
    /** Called, but the resident did not come; a later call brings the ticket back. */
    NO_SHOW,
    /** The resident sits down at the counter. */
    SERVICE_STARTED,
    /** One procedure of the visit is finished. */
    PROCEDURE_DONE,
    /** Sent on to the next department of the visit's procedures: enters that department's queue. */
    TRANSFERRED,
    /** The visit is over: every procedure is done (or the clerk closed it). */
    CLOSED,
    /**
     * Still open when the office day ended (the closing time, or the first call of a later day): closed as
     * "not served at closing", so that nothing of a past day is called, shown or counted as waiting.
     */
    CLOSED_AT_DAY_END
}
