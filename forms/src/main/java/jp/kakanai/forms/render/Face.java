package jp.kakanai.forms.render;

/** The typeface a text prefers: IPAex Gothic for values and captions, IPAex Mincho for titles (see {@link FontLibrary}). */
enum Face {
    GOTHIC, MINCHO
}
