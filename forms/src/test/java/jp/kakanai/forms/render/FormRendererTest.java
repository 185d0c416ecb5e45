package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormRendererTest {
    private final FormRenderer renderer = TestRenderer.shared();

    @Test
    void juminhyoRequestShowsNameAddressAndWarekiDates() {
        RenderedForm form = renderer.render("juminhyo-request", TestRenderer.sample().build());

        String text = PdfProbe.text(form.pdf());
        assertThat(text).contains("住民票の写し等交付請求書", "山田 太郎", "ヤマダ タロウ", "昭和64年1月7日", "令和8年11月22日", "A-012");
        assertThat(text.replaceAll("\\s", "")).contains("東京都千代田区霞が関一丁目2番3号かかないハイツ101号室");
        assertThat(form.placeholders()).isEmpty();
    }

    @Test
    void textReadBackIsUnifiedIdeographsNotKangxiRadicals() {
        var data = TestRenderer.sample().put("resident.name", "髙橋 山田").put("householder.name", "山田 一郎").build();

        String text = PdfProbe.text(renderer.render("juminhyo-request", data).pdf());

        assertThat(text).contains("髙橋 山田", "山田 一郎");
        assertThat(text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF)).as("CJK/Kangxi radicals").isEmpty();
    }

    @Test
    void fontsAreEmbeddedAsSubsets() {
        byte[] pdf = renderer.render("juminhyo-request", TestRenderer.sample().build()).pdf();

        List<PdfProbe.EmbeddedFont> fonts = PdfProbe.fonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name() + " embedded").isTrue();
            assertThat(font.isSubset()).as(font.name() + " subset tag").isTrue();
        });
        assertThat(fonts).extracting(PdfProbe.EmbeddedFont::name).anyMatch(n -> n.endsWith("+IPAexGothic"));
        assertThat(pdf.length).as("PDF size").isLessThan(60 * 1024);
    }

    @Test
    void characterMissingFromIpaexIsDrawnWithIpamjMincho() {
        var data = TestRenderer.sample().put("resident.name", "𠮷野 花子").build();

        RenderedForm form = renderer.render("juminhyo-request", data);

        assertThat(PdfProbe.text(form.pdf())).contains("𠮷野 花子");
        assertThat(form.placeholders()).isEmpty();
        assertThat(PdfProbe.fonts(form.pdf())).extracting(PdfProbe.EmbeddedFont::name).anyMatch(n -> n.endsWith("+IPAmjMincho"));
    }

    @Test
    void characterNoFontHasBecomesGetaAndIsReported() {
        var data = TestRenderer.sample().put("resident.name", "山田 \uD83D\uDE00子").build();

        RenderedForm form = renderer.render("juminhyo-request", data);

        assertThat(PdfProbe.text(form.pdf())).contains("山田 〓子");
        assertThat(form.placeholders()).containsExactly(new Placeholder("resident.name", 0x1F600));
        assertThat(form.placeholders().get(0).codePoints()).isEqualTo("U+1F600");
    }

    /** The card reader puts 〓 where the card's text had a 外字 it could not give: staff must see it too. */
    @Test
    void getaAlreadyInTheDataIsReportedLikeAMissingCharacter() {
        var data = TestRenderer.sample().put("resident.name", "〓橋 花子").build();

        RenderedForm form = renderer.render("juminhyo-request", data);

        assertThat(PdfProbe.text(form.pdf())).contains("〓橋 花子");
        assertThat(form.placeholders()).containsExactly(new Placeholder("resident.name", 0x3013));
    }

    /** fontbox's subsetter wrote a BMP-only cmap and failed on a subset mixing these with other characters (issue 16). */
    @Test
    void charactersBeyondTheBmpThatIpaexHasPrintAmongOthers() {
        var data = TestRenderer.sample().put("resident.name", "𠮟田 𡈽子").put("resident.address", "東京都𠀋区𩸽町1番地").build();

        RenderedForm form = renderer.render("seal-registration", data);

        assertThat(form.placeholders()).isEmpty();
        assertThat(PdfProbe.text(form.pdf())).contains("𠮟田 𡈽子", "東京都𠀋区𩸽町1番地");
        assertThat(PdfProbe.glyphs(form.pdf())).filteredOn(g -> g.text().equals("𠮟")).singleElement()
                .satisfies(g -> assertThat(g.fontName()).endsWith("+IPAexGothic"));
    }

    @Test
    void characterNoStandardFontHasIsDrawnWithAFurtherConfiguredFont() {
        FontSettings withHangul = FontSettings.debianDefaults().withFurtherFonts(List.of(Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")));
        var data = TestRenderer.sample().put("resident.name", "김 민준").build();

        RenderedForm form = FormRenderer.create(withHangul, jp.kakanai.forms.pack.TownPack.sample().forms()).render("juminhyo-request", data);
        RenderedForm without = renderer.render("juminhyo-request", data);

        assertThat(form.placeholders()).isEmpty();
        assertThat(PdfProbe.text(form.pdf())).contains("김 민준");
        assertThat(PdfProbe.fonts(form.pdf())).extracting(PdfProbe.EmbeddedFont::name).anyMatch(n -> n.endsWith("+NanumGothic"));
        assertThat(without.placeholders()).extracting(Placeholder::codePoint).containsExactly((int) '김', (int) '민', (int) '준');
    }

    @Test
    void furtherFontThatIsNotTrueTypeFailsAtCreationNamingIt() {
        var settings = FontSettings.debianDefaults().withFurtherFonts(List.of(Path.of("/usr/share/unicode/Blocks.txt")));

        assertThatThrownBy(() -> FormRenderer.create(settings, jp.kakanai.forms.pack.TownPack.sample().forms()))
                .isInstanceOf(FontUnavailableException.class)
                .hasMessageContaining("/usr/share/unicode/Blocks.txt")
                .hasMessageContaining("TrueType");
    }

    @Test
    void unknownFormIdIsNamedInTheError() {
        assertThatThrownBy(() -> renderer.render("no-such-form", TestRenderer.sample().build()))
                .isInstanceOf(UnknownFormException.class)
                .hasMessageContaining("no-such-form");
        assertThat(renderer.hasForm("no-such-form")).isFalse();
        assertThat(renderer.hasForm("juminhyo-request")).isTrue();
    }

    @Test
    void catalogListsFormsWithJapaneseTitles() {
        assertThat(renderer.forms()).contains(new FormSummary("juminhyo-request", "住民票の写し等交付請求書"));
    }

    @Test
    void missingFontFailsAtCreationNamingPathAndDebianPackage() {
        FontSettings defaults = FontSettings.debianDefaults();
        var settings = new FontSettings(Path.of("/nonexistent/ipaexg.ttf"), defaults.ipaexMincho(), defaults.ipamjMincho());

        assertThatThrownBy(() -> FormRenderer.create(settings, jp.kakanai.forms.pack.TownPack.sample().forms()))
                .isInstanceOf(FontUnavailableException.class)
                .hasMessageContaining("/nonexistent/ipaexg.ttf")
                .hasMessageContaining("fonts-ipaexfont");
    }

    @Test
    void missingMjFontFailsAtCreationToo() {
        FontSettings defaults = FontSettings.debianDefaults();
        var settings = new FontSettings(defaults.ipaexGothic(), defaults.ipaexMincho(), Path.of("/nonexistent/ipamjm.ttf"));

        assertThatThrownBy(() -> FormRenderer.create(settings, jp.kakanai.forms.pack.TownPack.sample().forms()))
                .isInstanceOf(FontUnavailableException.class)
                .hasMessageContaining("/nonexistent/ipamjm.ttf")
                .hasMessageContaining("fonts-ipamj-mincho");
    }

    @Test
    void badDateNamesTheField() {
        var data = TestRenderer.sample().put("resident.birthDate", "1989-02-30").build();

        assertThatThrownBy(() -> renderer.render("juminhyo-request", data))
                .isInstanceOf(InvalidFormDataException.class)
                .hasMessageContaining("resident.birthDate");
    }

    @Test
    void severalFormsOfOneVisitBecomeOnePdfInOrder() {
        RenderedForm both = renderer.renderAll(List.of("juminhyo-request", "juminhyo-request"), TestRenderer.sample().build());

        assertThat(PdfProbe.pages(both.pdf())).isEqualTo(2);
    }
}
