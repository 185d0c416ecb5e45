package jp.kakanai.forms.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text files of a town pack by relative path ({@code forms/nhi-enroll.json}), wherever they come from: a
 * directory, the sample built into the jar, a zip archive a manager uploaded, or a version stored in the
 * database. Immutable; its {@link #sha256()} names exactly this content.
 */
public final class DataFiles {
    /** Where the sample town lives on the class path (the repository's {@code town/sample/}). */
    public static final String SAMPLE = "town/sample/";
    private static final long MAX_FILE_BYTES = 4L << 20;

    private final Map<String, String> files;

    public DataFiles(Map<String, String> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public Map<String, String> all() {
        return files;
    }

    /** The files under a folder ({@code "forms/"}), named relative to it. */
    public DataFiles under(String folder) {
        Map<String, String> inside = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(folder)) {
                inside.put(path.substring(folder.length()), text);
            }
        });
        return new DataFiles(inside);
    }

    public java.util.Optional<String> text(String path) {
        return java.util.Optional.ofNullable(files.get(path));
    }

    /** SHA-256 over every path and text in path order: two packs with the same files have the same hash. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file below the directory (hidden files and folders left out). */
    public static DataFiles fromDirectory(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (Stream.of(name.split("/")).noneMatch(part -> part.startsWith("."))) {
                    files.put(name, utf8(name, Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the town pack in " + dir, e);
        }
        return new DataFiles(files);
    }

    /**
     * The files of a zip archive; a single top folder holding everything (as zipping a directory makes it)
     * is taken off, so {@code mytown/forms/x.json} reads as {@code forms/x.json}.
     */
    public static DataFiles fromZip(byte[] zip) {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || name.startsWith("/") || name.contains("../")
                        || Stream.of(name.split("/")).anyMatch(part -> part.startsWith(".") || part.equals("__MACOSX"))) {
                    continue;
                }
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw new IllegalArgumentException(name + " is larger than 4 MB");
                }
                files.put(name, utf8(name, bytes));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable zip archive: " + e.getMessage(), e);
        }
        return new DataFiles(withoutCommonTopFolder(files));
    }

    private static Map<String, String> withoutCommonTopFolder(Map<String, String> files) {
        String first = files.keySet().stream().findFirst().orElse("");
        int slash = first.indexOf('/');
        String top = first.substring(0, slash + 1);
        if (slash < 0 || !files.keySet().stream().allMatch(k -> k.startsWith(top))) {
            return files;
        }
        Map<String, String> inside = new TreeMap<>();
        files.forEach((k, v) -> inside.put(k.substring(top.length()), v));
        return inside;
    }

    /** The files below a folder on the class path, from a directory (tests, IDE) or a jar. */
    public static DataFiles fromClasspath(String folder) {
        URL url = DataFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no " + folder + " on the class path");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return fromDirectory(Path.of(url.toURI()));
            }
            Map<String, String> files = new TreeMap<>();
            JarURLConnection jar = (JarURLConnection) url.openConnection();
            jar.setUseCaches(false);
            Enumeration<JarEntry> entries = jar.getJarFile().entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith(folder) && !entry.isDirectory()) {
                    try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(entry.getName())) {
                        files.put(entry.getName().substring(folder.length()), utf8(entry.getName(), in.readAllBytes()));
                    }
                }
            }
            return new DataFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + " from the class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample town built into the jar. */
    public static DataFiles sample() {
        return fromClasspath(SAMPLE);
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + " is not UTF-8 text");
        }
    }
}
