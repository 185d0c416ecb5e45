package jp.kakanai.kiosk.card;

/** The identity cards the kiosk reads, told apart by the applications they answer, never by ATR. */
public enum CardType {
    /** マイナンバーカード, read through its 券面事項入力補助AP. */
    MY_NUMBER_CARD("mynumber"),
    /** 運転免許証 (IC driver's licence), read through DF1 with PIN1. */
    DRIVERS_LICENCE("drivers-licence");

    private final String id;

    CardType(String id) {
        this.id = id;
    }

    /** The id used in JSON output ({@code "cardType"}). */
    public String id() {
        return id;
    }
}
