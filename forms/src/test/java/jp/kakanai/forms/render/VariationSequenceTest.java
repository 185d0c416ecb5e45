package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ideographic variation sequences (IVS) in names: drawn with the variant glyph of the first font whose cmap format 14
 * knows the sequence, read back as the base character, kept whole in the data and the back-office code.
 */
class VariationSequenceTest {
    private static final FontSettings FONTS = FontSettings.debianDefaults();
    private static final ParsedFont GOTHIC = ParsedFont.load("IPAex Gothic", FONTS.ipaexGothic(), "fonts-ipaexfont");
    private static final ParsedFont MJ = ParsedFont.load("IPAmj Mincho", FONTS.ipamjMincho(), "fonts-ipamj-mincho");
    private final FormRenderer renderer = TestRenderer.shared();

    static String ivs(String base, int selector) {
        return new StringBuilder(base).appendCodePoint(selector).toString();
    }

    @Test
    void fontsGiveTheSequencesOfTheirFormat14Map() {
        assertThat(MJ.sequences().size()).isEqualTo(11_474);
        assertThat(GOTHIC.sequences().size()).isEqualTo(445);
        assertThat(GOTHIC.variant('辻', 0xE0101)).as("a default sequence is the base glyph").isEqualTo(GOTHIC.glyph('辻'));
        assertThat(GOTHIC.variant('辻', 0xE0100)).isPositive().isNotEqualTo(GOTHIC.glyph('辻'));
        assertThat(GOTHIC.variant('邉', 0xE0110)).as("IPAex does not know this one").isZero();
        assertThat(MJ.variant('邉', 0xE0110)).isPositive().isNotEqualTo(MJ.glyph('邉'));
    }

    @Test
    void sequenceIpaexKnowsIsDrawnWithItsVariantGlyphAndReadsBackAsTheBaseCharacter() {
        RenderedForm form = renderer.render("juminhyo-request", TestRenderer.sample().put("resident.name", ivs("辻", 0xE0100) + " 一郎").build());

        assertThat(form.placeholders()).isEmpty();
        assertThat(PdfProbe.text(form.pdf())).contains("辻 一郎");
        PdfProbe.DrawnGlyph tsuji = drawn(form.pdf(), "辻").get(0);
        assertThat(tsuji.fontName()).endsWith("+IPAexGothic");
        assertThat(FontOutlines.segments(tsuji.outline()))
                .isEqualTo(FontOutlines.segments(FontOutlines.of(FONTS.ipaexGothic(), GOTHIC.variant('辻', 0xE0100))))
                .isNotEqualTo(FontOutlines.segments(FontOutlines.of(FONTS.ipaexGothic(), GOTHIC.glyph('辻'))));
    }

    @Test
    void sequenceOnlyIpamjKnowsIsDrawnWithIpamjMincho() {
        RenderedForm form = renderer.render("juminhyo-request", TestRenderer.sample().put("resident.name", "渡" + ivs("邉", 0xE0110) + " 花子").build());

        assertThat(form.placeholders()).isEmpty();
        assertThat(PdfProbe.text(form.pdf())).contains("渡邉 花子");
        PdfProbe.DrawnGlyph watanabe = drawn(form.pdf(), "邉").get(0);
        assertThat(watanabe.fontName()).endsWith("+IPAmjMincho");
        assertThat(FontOutlines.segments(watanabe.outline()))
                .isEqualTo(FontOutlines.segments(FontOutlines.of(FONTS.ipamjMincho(), MJ.variant('邉', 0xE0110))));
    }

    @Test
    void theSameCharacterWithAndWithoutASelectorGetsTwoGlyphsThatBothReadBackAsIt() {
        RenderedForm form = renderer.render("juminhyo-request", TestRenderer.sample()
                .put("resident.name", ivs("辻", 0xE0100) + "辻 一郎").build());

        assertThat(PdfProbe.text(form.pdf())).contains("辻辻 一郎");
        List<PdfProbe.DrawnGlyph> both = drawn(form.pdf(), "辻");
        assertThat(both).hasSize(2);
        assertThat(FontOutlines.segments(both.get(0).outline())).isNotEqualTo(FontOutlines.segments(both.get(1).outline()));
    }

    @Test
    void sequenceNoFontKnowsBecomesGetaAndIsReported() {
        String name = ivs("邉", 0xE01EF) + " 一郎";
        RenderedForm form = renderer.render("juminhyo-request", TestRenderer.sample().put("resident.name", name).build());

        assertThat(PdfProbe.text(form.pdf())).contains("〓 一郎");
        assertThat(form.placeholders()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("resident.name");
            assertThat(p.codePoint()).isEqualTo('邉');
            assertThat(p.codePoints()).isEqualTo("U+9089 U+E01EF");
        });
    }

    @Test
    void theBackOfficeCodeKeepsTheSequence() {
        String name = ivs("辻", 0xE0100) + " 一郎";
        FormData data = TestRenderer.sample().put("resident.name", name).build();

        BackOfficeData printed = BackOfficeData.fromCodes(renderer.sketch("juminhyo-request", data).qrCodes().stream()
                .map(PageSketch.QrCode::text).toList()).orElseThrow();

        assertThat(EveryFormTest.leaves("", printed.data())).containsEntry("resident.name", name);
    }

    private static List<PdfProbe.DrawnGlyph> drawn(byte[] pdf, String text) {
        return PdfProbe.glyphs(pdf).stream().filter(g -> g.text().equals(text)).toList();
    }
}
