package jp.kakanai.server.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import jp.kakanai.server.OfficeClock;

/**
 * The log as CSV for the auditor's spreadsheet: UTF-8 with a byte-order mark (Excel in Japan reads it as
 * UTF-8 only then), times in Asia/Tokyo, the chain hashes so an exported copy can be checked later too.
 */
final class AccessLogCsv {
    static final String HEADER = "seq,at,actor,action,visit_id,purpose,status,client,prev_hash,hash";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private final Writer out;

    AccessLogCsv(OutputStream stream) throws IOException {
        stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(HEADER + "\r\n");
    }

    void write(AccessLogEntry entry) {
        AccessRecord r = entry.record();
        try {
            out.write(String.join(",", Long.toString(entry.seq()), r.at().atZone(OfficeClock.ZONE).format(TIME),
                    cell(r.actor()), r.action().id(), r.visitId().orElse(""), cell(r.purpose()),
                    Integer.toString(r.status()), cell(r.client().orElse("")), entry.previousHash(), entry.hash()) + "\r\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void finish() throws IOException {
        out.flush();
    }

    /** Quoted when needed; a leading = + - @ is defused so that a spreadsheet never runs a cell as a formula. */
    static String cell(String text) {
        String safe = text.matches("(?s)[=+\\-@\\t\\r].*") ? "'" + text : text;
        return safe.matches("(?s).*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
