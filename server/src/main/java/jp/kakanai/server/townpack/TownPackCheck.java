package jp.kakanai.server.townpack;

import java.util.List;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.pack.TownPack;

/**
 * A check of a town pack's file that the server reads but the forms library does not know (the queue's
 * reservations and ticket purposes): run on every version before it is stored or put back in force, so a
 * version in force is always one every part of the server can read.
 */
public interface TownPackCheck {
    /** Every problem of the pack's file, with the file it is in; empty when it is fine. */
    List<FileProblem> problemsOf(TownPack pack);
}
