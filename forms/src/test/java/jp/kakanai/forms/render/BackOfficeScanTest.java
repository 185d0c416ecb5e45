package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.FormDefinition;
import org.junit.jupiter.api.Test;

class BackOfficeScanTest {
    private static final float DPI = 300;
    private final FormRenderer renderer = TestRenderer.shared();
    private final FormDefinition form = renderer.definition("juminhyo-request").orElseThrow();

    @Test
    void aScannedPageGivesBackThePrintedData() {
        BufferedImage page = PdfProbe.image(renderer.render(form.id(), TestRenderer.sample().build()).pdf(), 0, DPI);

        assertThat(BackOfficeScan.read(page, form, DPI)).isInstanceOfSatisfying(BackOfficeScan.Result.Read.class,
                read -> assertThat(read.data().formId()).isEqualTo(form.id()));
    }

    @Test
    void aSmudgedCodeIsReportedWithItsPlaceNotSkipped() {
        BufferedImage page = PdfProbe.image(renderer.render(form.id(), TestRenderer.sample().build()).pdf(), 0, DPI);
        Box first = form.qrCodes().get(0);
        Graphics2D ink = page.createGraphics();
        ink.setColor(Color.DARK_GRAY);
        double px = DPI / 25.4;
        ink.fillRect((int) (first.x() * px), (int) ((first.y() + first.h() / 3) * px), (int) (first.w() * px), (int) (first.h() / 3 * px));
        ink.dispose();

        assertThat(BackOfficeScan.read(page, form, DPI)).isInstanceOfSatisfying(BackOfficeScan.Result.Unreadable.class,
                unreadable -> assertThat(unreadable.place()).isEqualTo(first));
    }

    @Test
    void aBlankSheetIsNoFormData() {
        BufferedImage blank = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
        Graphics2D paper = blank.createGraphics();
        paper.setColor(Color.WHITE);
        paper.fillRect(0, 0, blank.getWidth(), blank.getHeight());
        paper.dispose();

        assertThat(BackOfficeScan.read(blank, form, DPI)).isEqualTo(new BackOfficeScan.Result.Incomplete(List.of()));
    }
}
