package jp.kakanai.forms.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a form's back-office QR code holds, so a scanner takes the data without retyping: compact JSON
 * {@code {"v":1,"form":"juminhyo-request","data":{"resident":{"name":"山田 太郎",…},…}}} in UTF-8, where
 * {@code data} has the same shape and keys as {@link FormData} but only the values printed on the form, as
 * given (ISO dates, ISO 5218 sex codes). The My Number is never put in the code: it is printed in its boxes.
 *
 * @param version the payload format, {@value #VERSION} here
 */
public record BackOfficeData(int version, String formId, Map<String, Object> data) {
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("v", version);
        root.put("form", formId);
        root.put("data", data);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a scanned payload; empty when it is not a Kakanai form code. */
    @SuppressWarnings("unchecked")
    public static Optional<BackOfficeData> fromJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.path("v").isInt() || !root.path("form").isTextual() || !root.path("data").isObject()) {
                return Optional.empty();
            }
            return Optional.of(new BackOfficeData(root.get("v").asInt(), root.get("form").asText(),
                    JSON.convertValue(root.get("data"), Map.class)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * QR modules without quiet zone; UTF-8 with ECI (ZXing defaults to ISO-8859-1), error correction M for paper
     * (spec §2). ZXing scores all eight mask patterns and takes the best, although that is most of the encoding
     * time (about 1 ms per render): with the mask fixed to pattern 0, 5 of 40 visits' 国民年金 codes could not be
     * scanned from the page image, since a fixed mask can leave patterns in the data that look like the finder
     * marks (the scoring exists to avoid exactly that). {@code VisitQrCodesScanTest} keeps those visits.
     */
    BitMatrix qrModules() {
        try {
            return new QRCodeWriter().encode(toJson(), com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("form data too big for a QR code (" + toJson().length() + " characters)", e);
        }
    }
}
