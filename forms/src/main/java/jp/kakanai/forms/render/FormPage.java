package jp.kakanai.forms.render;

import java.util.Objects;

/**
 * One form of a visit's print with the data for that form alone: the household table of 児童手当 lists the
 * children, that of 住民異動届 everyone who moves, so each page of one PDF can carry different data.
 */
public record FormPage(String formId, FormData data) {
    public FormPage {
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(data, "data");
    }
}
