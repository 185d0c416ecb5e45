package jp.kakanai.server.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import jp.kakanai.forms.address.Machiaza;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.pack.TownPack;
import org.junit.jupiter.api.Test;

class AddressMasterTest {
    private static final AddressMaster SHIMODA = new AddressMaster(TownPack.sample());
    private static final String HEADER = "lg_code,machiaza_id,machiaza_type,pref,county,city,ward,oaza_cho,oaza_cho_kana,"
            + "chome,chome_kana,chome_number,rsdt_addr_flg,ablt_date,post_code";

    private static Address resolved(AddressCheck check) {
        assertThat(check).isInstanceOf(AddressCheck.Resolved.class);
        return ((AddressCheck.Resolved) check).address();
    }

    @Test
    void theSampleTownIsShimodaWithItsChomeUnderTheirOaza() {
        assertThat(SHIMODA.lgCode()).isEqualTo("222194");
        assertThat(SHIMODA.townName()).isEqualTo("静岡県下田市");
        Machiaza nishiHongo = SHIMODA.machiaza().stream().filter(m -> m.id().equals("0028000")).findFirst().orElseThrow();
        assertThat(SHIMODA.chomeOf(nishiHongo)).extracting(Machiaza::printed).containsExactly("西本郷一丁目", "西本郷二丁目");
    }

    @Test
    void aResidentialAddressPrintsChomeBanAndGoWithTheBuildingAndItsPostcode() {
        Address address = resolved(SHIMODA.check(new Address(Optional.empty(), Optional.empty(), Optional.of("0028000"),
                Optional.of(2), Optional.of(1), Optional.of(1), Optional.empty(), Optional.of("ハイツ西本郷 3号室")), "a"));

        assertThat(address.text()).hasValue("静岡県下田市西本郷二丁目1番1号 ハイツ西本郷 3号室");
        assertThat(address.postcode()).hasValue("415-0036");
        assertThat(address.machiazaId()).hasValue("0028002");
    }

    @Test
    void aParcelAddressPrintsItsChibanAsWritten() {
        assertThat(resolved(SHIMODA.check(Address.parcelInTown("0013000", "２７３２の７", null), "a")).text())
                .hasValue("静岡県下田市白浜2732番地7");
        assertThat(resolved(SHIMODA.check(Address.parcelInTown("0013000", "2011", null), "a")).text())
                .hasValue("静岡県下田市白浜2011番地");
    }

    @Test
    void eachWrongPartIsNamed() {
        assertThat(SHIMODA.check(Address.parcelInTown("0000003", "12", null), "x"))
                .isEqualTo(new AddressCheck.Rejected("x.chiban", "三丁目は住居表示の地区です。番と号を選んでください。"));
        assertThat(SHIMODA.check(Address.inTown("0013000", 1, 2, null), "x"))
                .isEqualTo(new AddressCheck.Rejected("x.block", "白浜は地番の地区です。地番を入力してください。"));
        assertThat(SHIMODA.check(Address.inTown("0028000", 1, 2, null), "x"))
                .isEqualTo(new AddressCheck.Rejected("x.chome", "西本郷の何丁目かを選んでください。"));
        assertThat(SHIMODA.check(Address.inTown("0000003", 1000, 2, null), "x"))
                .isEqualTo(new AddressCheck.Rejected("x.block", "番（街区の番号、1〜999）を選んでください。"));
        assertThat(SHIMODA.check(Address.text("東京都千代田区").withPostcode("12"), "x"))
                .isEqualTo(new AddressCheck.Rejected("x.postcode", "郵便番号は7桁の数字で入力してください（例: 415-0021）。"));
    }

    @Test
    void anAddressElsewhereIsKeptAsTextWithItsPostcodeNormalised() {
        Address address = resolved(SHIMODA.check(Address.text(" 東京都千代田区霞が関一丁目2番3号 ").withPostcode("〒１００－００１３"), "a"));

        assertThat(address.text()).hasValue("東京都千代田区霞が関一丁目2番3号");
        assertThat(address.postcode()).hasValue("100-0013");
        assertThat(address.isInTown()).isFalse();
    }

    @Test
    void aBrokenTownFileNamesEachBadLine() {
        String csv = HEADER + "\n"
                + "222194,0001000,1,静岡県,,下田市,,白浜,シラハマ,,,,0,,4150012\n"
                + "222194,12,1,静岡県,,下田市,,中,ナカ,,,,0,,4150016\n"
                + "222194,0001000,1,静岡県,,下田市,,柿崎,カキサキ,,,,0,,415001\n"
                + "131016,0002000,1,東京都,,千代田区,,霞が関,カスミガセキ,,,,1,,1000013\n";

        assertThatThrownBy(() -> AddressMaster.of("town.csv", csv))
                .hasMessageContaining("town.csv:3: machiaza_id '12' is not 7 digits")
                .hasMessageContaining("town.csv:4: machiaza_id 0001000 appears twice")
                .hasMessageContaining("town.csv:4: post_code '415001' is not 7 digits")
                .hasMessageContaining("town.csv:5: another town (131016 東京都千代田区); one file holds one town");
        assertThatThrownBy(() -> AddressMaster.of("town.csv", "lg_code,machiaza_id\n"))
                .hasMessageContaining("town.csv:1: missing columns [machiaza_type, pref");
    }
}
