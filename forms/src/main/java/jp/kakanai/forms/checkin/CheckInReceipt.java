package jp.kakanai.forms.checkin;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The server's answer to a check-in: the visit's id, the resident's reception ticket number and, where the
 * town publishes one, the address of the ticket's status page for the resident's phone (else null), which
 * the kiosk prints on the ticket as a QR code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckInReceipt(String visitId, String ticketNumber, String statusUrl) {
    public CheckInReceipt(String visitId, String ticketNumber) {
        this(visitId, ticketNumber, null);
    }

    public CheckInReceipt withStatusUrl(String url) {
        return new CheckInReceipt(visitId, ticketNumber, url);
    }
}
