package jp.kakanai.forms.checkin;

/** The server's answer to a check-in: the visit's id and the resident's reception ticket number. */
public record CheckInReceipt(String visitId, String ticketNumber) {
}
