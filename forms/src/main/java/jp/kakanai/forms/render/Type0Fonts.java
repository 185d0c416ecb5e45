package jp.kakanai.forms.render;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes an {@link EmbeddableFont} as PDF objects (ISO 32000 §9.7): a Type 0 font with {@code Identity-H} encoding
 * (two-byte codes are CIDs), its CIDFontType2 descendant with {@code CIDToGIDMap /Identity} (CID n is glyph n of the
 * subset), the font descriptor with the TrueType program as {@code FontFile2}, the widths and the ToUnicode map.
 */
final class Type0Fonts {
    private static final COSName CIDFONT_TYPE2 = COSName.getPDFName("CIDFontType2");
    private static final int SYMBOLIC = 4;
    private static final int FIXED_PITCH = 1;

    private Type0Fonts() {
    }

    static void fill(COSDictionary type0, EmbeddableFont font, PDDocument doc) throws IOException {
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, font.baseFont());
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont(font, doc));
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, PdfAssembler.flateStream(doc, font.toUnicode()));
    }

    private static COSDictionary cidFont(EmbeddableFont font, PDDocument doc) throws IOException {
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, CIDFONT_TYPE2);
        cid.setName(COSName.BASE_FONT, font.baseFont());
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "Identity");
        system.setInt(COSName.SUPPLEMENT, 0);
        cid.setItem(COSName.CIDSYSTEMINFO, system);
        cid.setItem(COSName.FONT_DESC, descriptor(font, doc));
        cid.setInt(COSName.DW, 1000);
        cid.setItem(COSName.W, widths(font.widths()));
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        return cid;
    }

    private static COSDictionary descriptor(EmbeddableFont font, PDDocument doc) throws IOException {
        ParsedFont.Metrics m = font.metrics();
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, font.baseFont());
        descriptor.setInt(COSName.FLAGS, SYMBOLIC | (m.fixedPitch() ? FIXED_PITCH : 0));
        COSArray bbox = new COSArray();
        for (float v : m.bbox()) {
            bbox.add(new COSFloat(Math.round(v)));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setFloat(COSName.ITALIC_ANGLE, m.italicAngle());
        descriptor.setFloat(COSName.ASCENT, Math.round(m.ascent()));
        descriptor.setFloat(COSName.DESCENT, Math.round(m.descent()));
        descriptor.setFloat(COSName.CAP_HEIGHT, Math.round(m.capHeight()));
        descriptor.setFloat(COSName.STEM_V, Math.round(m.stemV()));
        COSStream program = PdfAssembler.flateStream(doc, font.program());
        program.setInt(COSName.LENGTH1, font.programLength());
        descriptor.setItem(COSName.FONT_FILE2, program);
        return descriptor;
    }

    /** {@code [1 [w1 w2 …]]}, leaving out the widths of 1000 (the default, {@code DW}) where runs of them allow. */
    private static COSArray widths(int[] widths) {
        COSArray w = new COSArray();
        int i = 0;
        while (i < widths.length) {
            if (widths[i] == 1000) {
                i++;
                continue;
            }
            int start = i;
            COSArray run = new COSArray();
            while (i < widths.length && widths[i] != 1000) {
                run.add(COSInteger.get(widths[i]));
                i++;
            }
            w.add(COSInteger.get(start + 1L));
            w.add(run);
        }
        return w;
    }
}
