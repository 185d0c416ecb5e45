package jp.kakanai.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kakanai.server.demo.DemoCredentials;

/**
 * Requests whose hostile part is not the JSON body — the request line, headers, cookies, credentials, a body
 * cut short or badly chunked — written byte for byte to a socket, since an HTTP client library refuses to
 * send most of them. Each carries the marker somewhere, raw (UTF-8 bytes where only ASCII belongs) or
 * encoded. These are what reaches code outside the API's handlers: Tomcat's parser, the filters, /error.
 */
final class HostileRequests {
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
    private final String marker;

    HostileRequests(String marker) {
        this.marker = marker;
    }

    /** A name and the request's bytes (a body, when there is one, after a Content-Length of its own). */
    record Hostile(String name, byte[] bytes) {
        Hostile renamed(String other) {
            return new Hostile(other, bytes);
        }
    }

    List<Hostile> all() {
        String m = marker;
        String kiosk = "Authorization: Bearer " + DemoCredentials.KIOSK_TOKEN + "\r\n";
        String clerk = "Authorization: Basic " + base64(DemoCredentials.CLERK + ":" + DemoCredentials.CLERK_PASSWORD) + "\r\n";
        String manager = "Authorization: Basic " + base64(DemoCredentials.MANAGER + ":" + DemoCredentials.MANAGER_PASSWORD)
                + "\r\n";
        String encoded = URLEncoder.encode(m, StandardCharsets.UTF_8);
        return List.of(
                get("raw text in the path", "/api/board/tickets/" + m, ""),
                get("raw text in the query", "/api/board?t=" + m, ""),
                get("broken percent-encoding", "/api/board/tickets/%zz" + encoded, ""),
                get("a path parameter", "/api/board;jsessionid=" + encoded, ""),
                get("an encoded slash", "/api/board/tickets/a%2F" + encoded, ""),
                get("an encoded NUL", "/api/board/tickets/a%00" + encoded, ""),
                get("a dot segment", "/api/../api/board?x=" + encoded, ""),
                get("/error asked for directly", "/error?x=" + encoded, ""),
                get("a static page that does not exist", "/board/" + encoded + ".js", ""),
                get("raw text in Accept", "/api/board", "Accept: " + m + "/json\r\n"),
                get("raw text in Accept-Language", "/api/congestion", "Accept-Language: " + m + "\r\n"),
                get("raw text in a cookie", "/api/board", "Cookie: SESSION=" + m + "\r\n"),
                get("a session cookie of no session", "/api/visits", "Cookie: SESSION=" + base64(m) + "\r\n"),
                get("raw text in Basic credentials", "/api/visits", "Authorization: Basic " + m + "\r\n"),
                get("unknown Basic credentials", "/api/visits", "Authorization: Basic " + base64(m + ":" + m) + "\r\n"),
                get("raw text in X-Forwarded-For", "/api/board", "X-Forwarded-For: " + m + "\r\n"),
                get("raw text in Host", "/api/board", "Host: " + m + "\r\n"),
                get("a header of 12,000 bytes", "/api/board", "X-Big: " + m.repeat(1000) + "\r\n"),
                get("raw text in Range", "/board/board.js", "Range: bytes=" + m + "\r\n"),
                get("raw text in If-Modified-Since", "/board/board.js", "If-Modified-Since: " + m + "\r\n"),
                get("text for numbers in the query", "/api/visits?page=" + encoded + "&size=" + encoded, clerk),
                get("text for dates in the query", "/api/manager/report?from=" + encoded, manager),
                request("TRACE", "/api/board", "", null).renamed("TRACE"),
                request("PROPFIND", "/api/board/" + encoded, "", null).renamed("PROPFIND"),
                post("a charset that does not exist", "/api/visits", kiosk + "Content-Type: application/json; charset=x-" + encoded + "\r\n", "{}"),
                post("raw text in the charset", "/api/visits", kiosk + "Content-Type: application/json; charset=" + m + "\r\n", "{}"),
                post("UTF-16 announced, UTF-8 sent", "/api/visits", kiosk + "Content-Type: application/json; charset=UTF-16\r\n",
                        "{\"resident\": {\"name\": \"" + m + "\"}}"),
                post("raw text as Content-Type", "/api/home-qr", "Content-Type: " + m + "\r\n", "{}"),
                post("a form instead of JSON", "/api/home-qr", "Content-Type: application/x-www-form-urlencoded\r\n", "name=" + encoded),
                post("multipart with a raw boundary", "/api/home-qr", "Content-Type: multipart/form-data; boundary=" + m + "\r\n", "--x\r\n"),
                post("raw text as bearer token", "/api/visits", "Authorization: Bearer " + m + "\r\nContent-Type: application/json\r\n", "{}"),
                post("raw text as Idempotency-Key", "/api/visits", kiosk + "Idempotency-Key: " + m + "\r\nContent-Type: application/json\r\n", "{}"),
                post("an encoded Idempotency-Key", "/api/visits", kiosk + "Idempotency-Key: " + encoded + "\r\nContent-Type: application/json\r\n", "{}"),
                post("a gzip body that is not gzip", "/api/visits", kiosk + "Content-Type: application/json\r\nContent-Encoding: gzip\r\n",
                        "{\"name\": \"" + m + "\"}"),
                post("raw text as Origin", "/api/home-qr", "Origin: " + m + "\r\nContent-Type: application/json\r\n", "{}"),
                post("raw text as XSRF token", "/api/visits/x/checklist/items", "Cookie: XSRF-TOKEN=" + m + "\r\nX-XSRF-TOKEN: " + m
                        + "\r\nContent-Type: application/json\r\n", "{}"),
                raw("a body shorter than its Content-Length", "POST /api/visits HTTP/1.1\r\nHost: localhost\r\n" + kiosk
                        + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"resident\": {\"name\": \"" + m),
                raw("broken chunked encoding", "POST /api/visits HTTP/1.1\r\nHost: localhost\r\n" + kiosk
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" + m + "\r\n0\r\n\r\n"));
    }

    /** Sends one request on its own connection; the answer's status, or -1 when the server sent nothing. */
    static int send(int port, Hostile hostile) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(hostile.bytes());
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            Matcher status = STATUS.matcher(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            return status.find() ? Integer.parseInt(status.group(1)) : -1;
        }
    }

    private static Hostile get(String name, String target, String headers) {
        return request("GET", target, headers, null).renamed(name);
    }

    private static Hostile post(String name, String target, String headers, String body) {
        return request("POST", target, headers, body).renamed(name);
    }

    private static Hostile request(String method, String target, String headers, String body) {
        String host = headers.contains("Host: ") ? "" : "Host: localhost\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + target + " HTTP/1.1\r\n" + host + headers
                + (body == null ? "" : "Content-Length: " + content.length + "\r\n") + "Connection: close\r\n\r\n";
        bytes.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(content);
        return new Hostile(method + " " + target, bytes.toByteArray());
    }

    private static Hostile raw(String name, String request) {
        return new Hostile(name, request.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
