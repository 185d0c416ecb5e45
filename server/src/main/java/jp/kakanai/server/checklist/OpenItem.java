package jp.kakanai.server.checklist;

import jp.kakanai.forms.navigation.LocalizedText;

/** A procedure of a visit's checklist that is neither done nor "not needed": what still routes the resident. */
public record OpenItem(String itemId, String departmentId, LocalizedText name, ItemStatus status) {
}
