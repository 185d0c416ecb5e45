package jp.kakanai.forms.definition;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an element of a form draws. The names are what definition files write in {@code "kind"}. */
public enum ElementKind {
    /** A labelled box with a value from the data, shrunk to fit (names, addresses, phone numbers). */
    TEXT("text", true),
    /** Like text, for フリガナ (kana readings): smaller type. */
    KANA("kana", true),
    /** A date from the data printed in 和暦, e.g. 平成元年1月8日. */
    DATE("date", true),
    /** 男・女 with the resident's one circled (ISO 5218 code in the data). */
    SEX("sex", true),
    /** □ with a caption; ticked when the data value equals {@code value} (or is true). */
    CHECKBOX("checkbox", true),
    /** 個人番号: twelve cells, one digit each. */
    MY_NUMBER("my-number", true),
    /** Rows of a list in the data (e.g. the household), with a header row and one column per item key. */
    TABLE("table", true),
    /** The office's own box (受付・審査・入力 stamps), always left empty. */
    OFFICE("office", false),
    /** Fixed text, e.g. an instruction; shrinks and wraps to its box. */
    LABEL("label", false),
    /** A shaded heading bar across the form, e.g. 請求者. */
    SECTION("section", false),
    /** An empty labelled box for the resident to write or sign in (署名). */
    BOX("box", false);

    private final String jsonName;
    private final boolean takesData;

    ElementKind(String jsonName, boolean takesData) {
        this.jsonName = jsonName;
        this.takesData = takesData;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Whether the element shows a value from the form data (and needs a {@code source}). */
    public boolean takesData() {
        return takesData;
    }

    public static Optional<ElementKind> ofJsonName(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }

    static String allNames() {
        return Arrays.stream(values()).map(ElementKind::jsonName).collect(Collectors.joining(", "));
    }
}
