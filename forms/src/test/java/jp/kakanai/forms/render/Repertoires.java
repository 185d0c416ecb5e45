package jp.kakanai.forms.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Character sets a Japanese form must print, from sources outside the project: the 常用漢字 and 人名用漢字 lists as
 * the Unihan database records them (Debian's {@code unicode-data}: {@code kJoyoKanji}, {@code kJinmeiyoKanji}) and
 * every character of JIS X 0213 planes 1 and 2 as the JDK's {@code x-SJIS_0213} charset decodes them (a character
 * may be a sequence, e.g. か゚ U+304B U+309A).
 */
final class Repertoires {
    static final Path UNIHAN = Path.of("/usr/share/unicode/Unihan_OtherMappings.txt.bz2");

    private Repertoires() {
    }

    static List<String> joyoKanji() {
        return unihan("kJoyoKanji");
    }

    static List<String> jinmeiyoKanji() {
        return unihan("kJinmeiyoKanji");
    }

    /** Each code of the two-byte area of Shift_JIS-2004 that decodes to a character (plane 1 and plane 2). */
    static List<String> jisX0213() {
        CharsetDecoder decoder = Charset.forName("x-SJIS_0213").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Set<String> characters = new LinkedHashSet<>();
        for (int lead = 0x81; lead <= 0xFC; lead++) {
            if (lead > 0x9F && lead < 0xE0) {
                continue;
            }
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                try {
                    CharBuffer decoded = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
                    String text = decoded.toString();
                    if (!text.isEmpty() && text.codePoints().noneMatch(cp -> cp == 0xFFFD || Character.isWhitespace(cp))) {
                        characters.add(text);
                    }
                } catch (CharacterCodingException unassigned) {
                    // a code JIS X 0213 leaves empty
                }
            }
        }
        return List.copyOf(characters);
    }

    /** The characters Unihan gives a value of the field for, e.g. {@code U+4E00	kJoyoKanji	2010}. */
    private static List<String> unihan(String field) {
        if (!Files.isReadable(UNIHAN)) {
            throw new IllegalStateException(UNIHAN + " is missing: install the Debian package unicode-data");
        }
        try {
            Process bzcat = new ProcessBuilder("bzcat", UNIHAN.toString()).redirectErrorStream(false).start();
            List<String> characters = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(bzcat.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] parts = line.split("\t");
                    if (parts.length >= 2 && parts[1].equals(field) && parts[0].startsWith("U+")) {
                        characters.add(Character.toString(Integer.parseInt(parts[0].substring(2), 16)));
                    }
                }
            }
            if (bzcat.waitFor() != 0) {
                throw new IllegalStateException("bzcat " + UNIHAN + " failed");
            }
            return characters;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
