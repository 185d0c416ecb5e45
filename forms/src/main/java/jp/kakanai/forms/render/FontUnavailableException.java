package jp.kakanai.forms.render;

import java.nio.file.Path;

/**
 * A configured font file is missing or unreadable. Thrown by {@link FormRenderer#create(FontSettings, jp.kakanai.forms.definition.FormCatalog)}, so a
 * server fails at start-up with a message that says which file and which Debian package to install.
 */
public class FontUnavailableException extends RuntimeException {
    private final transient Path path;
    private final String debianPackage;

    FontUnavailableException(String fontName, Path path, String debianPackage, Throwable cause) {
        super(fontName + " font not usable at " + path + (cause == null ? " (file not found)" : " (" + cause.getMessage() + ")")
                + (debianPackage == null ? ": configure the path of an existing TrueType font (.ttf)"
                : ": install the Debian package " + debianPackage + " (apt-get install " + debianPackage
                + ") or configure the font path"), cause);
        this.path = path;
        this.debianPackage = debianPackage;
    }

    public Path path() {
        return path;
    }

    /** The Debian package that installs the font; empty for a town's further font. */
    public java.util.Optional<String> debianPackage() {
        return java.util.Optional.ofNullable(debianPackage);
    }
}
