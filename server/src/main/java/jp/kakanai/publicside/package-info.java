/**
 * The public side (issue 19 §5): the hall's board, a resident's ticket status, 混雑状況, the home QR page and
 * 来庁予約, as an application of their own — the same jar, started with {@code java -jar server.jar public} —
 * so that a town can run it in the internet-facing segment while the staff server, with every resident's
 * data and the My Numbers, stays in the 個人番号利用事務系/LGWAN segment (総務省 三層の対策; docs/deployment.md).
 *
 * <p>What it holds: no personal data. Its database user may read {@code public_snapshot} (the queue as the staff
 * servers publish it, {@link jp.kakanai.server.publicqueue}) and book and cancel in {@code reservation} — a
 * booking is a slot and its code, no name — and nothing else; {@link jp.kakanai.publicside.StaffTablesOutOfReach}
 * refuses to start when the user can read more. No staff API, page, session or sign-in exists here: every other
 * address answers 404 ({@link jp.kakanai.publicside.PublicSideSecurity}).
 *
 * <p>This package lies outside {@code jp.kakanai.server} on purpose: the staff server's component scan never
 * finds it, and the public side is assembled from the few staff-server classes it names in {@link
 * jp.kakanai.publicside.PublicSide}, not by scanning.
 */
package jp.kakanai.publicside;
