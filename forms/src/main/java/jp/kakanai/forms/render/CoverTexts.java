package jp.kakanai.forms.render;

/**
 * The fixed wording of the cover sheet, from the town pack's {@code cover-sheet.json}: a town words its own
 * guidance. {@code heading} holds {@code {event}} where the life event's name goes.
 */
public record CoverTexts(String title, String heading, String headingWithoutEvent, String ticketLabel,
                         String honorific, String route, String noStops, String bring, String nothingToBring,
                         String toConfirm, String note) {
    /** The sample town's wording. */
    public static CoverTexts standard() {
        return new CoverTexts("本日のお手続きのご案内", "{event}のお手続き", "本日のお手続き", "受付番号", "様",
                "この順番で窓口をお回りください", "回っていただく窓口はありません。", "お持ちいただくもの: ", "特にありません",
                "（要確認）", "この用紙を各窓口でお見せください。わからないことは、近くの職員にお声がけください。");
    }

    /** The heading for a visit about {@code eventName}, or the general one when the visit names no event. */
    public String headingFor(java.util.Optional<String> eventName) {
        return eventName.map(name -> heading.replace("{event}", name)).orElse(headingWithoutEvent);
    }
}
