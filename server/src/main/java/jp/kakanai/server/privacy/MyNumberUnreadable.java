package jp.kakanai.server.privacy;

import jp.kakanai.server.api.ApiProblem;

/**
 * A stored My Number that does not decrypt: the server runs with another key than the one it was stored
 * with (a configuration error an administrator must fix), or the row was altered. Answered as 500 with
 * the sentence, never with a stack trace, and never with any digit.
 */
public class MyNumberUnreadable extends ApiProblem {
    public MyNumberUnreadable(String message) {
        super(500, message + " Check " + MyNumberKeys.KEY_PROPERTY + " / " + MyNumberKeys.FILE_PROPERTY + ".", null);
    }
}
