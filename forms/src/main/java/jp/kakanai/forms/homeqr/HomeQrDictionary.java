package jp.kakanai.forms.homeqr;

import java.nio.charset.StandardCharsets;

/**
 * The preset Deflate dictionary of format 1: words a payload is likely to repeat (question ids and answers,
 * relationships, address words), so that even the first occurrence compresses. It is part of the format:
 * changing one byte makes every issued code unreadable, so a new dictionary needs a new format version.
 * It holds ids as shipped when format 1 was fixed; a town's new question ids still work, they just
 * compress less. Deflate finds the most recent match soonest, so the commonest words come last.
 */
final class HomeQrDictionary {
    static final byte[] V1 = String.join("",
            "号室アパートマンションハイツコーポ荘棟階",
            "北海道青森県岩手県宮城県秋田県山形県福島県茨城県栃木県群馬県埼玉県千葉県東京都神奈川県新潟県富山県",
            "石川県福井県山梨県長野県岐阜県静岡県愛知県三重県滋賀県京都府大阪府兵庫県奈良県和歌山県鳥取県島根県",
            "岡山県広島県山口県徳島県香川県愛媛県高知県福岡県佐賀県長崎県熊本県大分県宮崎県鹿児島県沖縄県",
            "郡町村市区丁目番地号",
            "death-registereddeceased-health-insurancedeceased-received-pensiondeceased-was-householder",
            "survivor-third-categorymarriage-movewithin-townmerge-householdsurname-changeseal-registered",
            "joins-spouse-insurancemother-first-categorycare-certifieddeceased-dog",
            "move-inmove-outmove-withinbirthdeathmarriage",
            "grandchildparentspousechildother",
            "health-insurancenationalworkplacenonepension-first-categorypublic-servantmy-number-card",
            "seal-wantedjuminhyo-wanteddogdont-knowyesno").getBytes(StandardCharsets.UTF_8);

    private HomeQrDictionary() {
    }
}
