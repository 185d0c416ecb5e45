package jp.kakanai.forms.resident;

import java.util.Arrays;

/** Sex as the My Number Card stores it: ISO/IEC 5218 codes. */
public enum Sex {
    NOT_KNOWN("0"), MALE("1"), FEMALE("2"), NOT_APPLICABLE("9");

    private final String iso5218;

    Sex(String iso5218) {
        this.iso5218 = iso5218;
    }

    public String iso5218() {
        return iso5218;
    }

    public static Sex ofIso5218(String code) {
        return Arrays.stream(values())
                .filter(s -> s.iso5218.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an ISO 5218 sex code: '" + code + "'"));
    }
}
