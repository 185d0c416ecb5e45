package jp.kakanai.forms.render;

/** The typefaces a form uses: IPAex Gothic for values, IPAex Mincho for printed captions, IPAmj Mincho as fallback. */
enum Face {
    GOTHIC, MINCHO, MJ_MINCHO
}
