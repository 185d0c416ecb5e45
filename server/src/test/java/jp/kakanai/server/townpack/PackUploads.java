package jp.kakanai.server.townpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.kakanai.forms.json.DataFiles;

/** The sample town edited as a town's editor would, zipped as a manager uploads it. */
public final class PackUploads {
    private final Map<String, String> files = new TreeMap<>(DataFiles.sample().all());

    /** The sample with one file edited, zipped. */
    public static byte[] sampleWith(String file, UnaryOperator<String> edit) {
        return new PackUploads().edit(file, edit).zip();
    }

    public PackUploads edit(String file, UnaryOperator<String> edit) {
        String before = files.get(file);
        String after = edit.apply(before);
        assertThat(after).as("the edit of " + file).isNotEqualTo(before);
        files.put(file, after);
        return this;
    }

    /** A zip of the directory, as zipping a folder makes it (everything under one top folder). */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("my-town/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
