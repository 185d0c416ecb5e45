package jp.kakanai.server.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.navigation.Document;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.render.BlankBoxes;
import jp.kakanai.forms.render.CoverSheet;
import jp.kakanai.forms.render.CoverTexts;
import jp.kakanai.forms.render.FormPage;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.InvalidFormDataException;
import jp.kakanai.forms.render.RenderedForm;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.checklist.ChecklistService;
import jp.kakanai.server.checklist.ChecklistView;
import jp.kakanai.server.privacy.MyNumberVault;
import jp.kakanai.server.security.StaffScope;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.visit.VisitFactsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visit's print (一括印刷), the one the staff list and the counter interview both give: a cover sheet that tells the
 * resident where to go and what to show, then every form of the checklist's procedures that is not marked 不要, in
 * walking order, each once, each filled from the visit's facts ({@link PrintedVisit}) with the people its procedure
 * concerns in its table, each with its back-office QR code. Everything comes from the town pack version the visit
 * was started on, and every print is recorded with that version.
 */
@Service
public class VisitPrint {
    private static final String NOT_NEEDED = "not-needed";
    private final ChecklistService checklists;
    private final VisitFactsRepository facts;
    private final MyNumberVault myNumbers;
    private final VisitForms visitForms;
    private final TownPacks packs;

    public VisitPrint(ChecklistService checklists, VisitFactsRepository facts, MyNumberVault myNumbers,
                      VisitForms visitForms, TownPacks packs) {
        this.checklists = checklists;
        this.facts = facts;
        this.myNumbers = myNumbers;
        this.visitForms = visitForms;
        this.packs = packs;
    }

    /** The visit as its forms print it, from its stored facts and its checklist's answers. */
    @Transactional
    public PrintedVisit printed(Visit visit) {
        ChecklistView checklist = checklists.view(visit);
        return new PrintedVisit(visit, lifeEventOf(visit), facts.find(visit.id()),
                checklist.answers(), checklist.myNumberCardRead());
    }

    /** The visit's life event, as the pack version it was started on defines it. */
    public LifeEvent lifeEventOf(Visit visit) {
        return packs.forVisit(visit.id()).pack().catalog().lifeEventOrThrow(visit.lifeEvent());
    }

    /** The forms to print in walking order, each once, with what their procedures fix on them ({@link PrintedForms}). */
    @Transactional
    public List<PrintedForm> forms(Visit visit) {
        return PrintedForms.of(checklists.view(visit), renderer(visit), packs.forVisit(visit.id()).pack().catalog(),
                visitForms.formsOf(visit));
    }

    /** The catalog procedures still to do, in walking order: the queue routes the resident by them. */
    @Transactional
    public List<String> procedures(Visit visit) {
        return checklists.view(visit).departments().stream().flatMap(d -> d.items().stream())
                .filter(i -> !NOT_NEEDED.equals(i.status()))
                .flatMap(i -> i.procedureId().stream()).toList();
    }

    /**
     * The whole print, for {@code staff} at the one-stop counter (the interview): a My Number stored with the visit
     * is decrypted for this print only when a form has its boxes (and the decryption recorded).
     */
    @Transactional
    public RenderedForm render(Visit visit, String staff) {
        return render(visit, staff, StaffScope.everything());
    }

    /**
     * The print as the caller's departments give it: a department clerk gets their departments' forms and their
     * stops on the cover, nothing of what the resident does elsewhere (特定個人情報ガイドライン: access limited to
     * what each person's work needs); the one-stop counter gets all of it.
     */
    @Transactional
    public RenderedForm render(Visit visit, String staff, StaffScope scope) {
        List<String> theirs = visitForms.formsOf(visit, scope);
        List<PrintedForm> forms = forms(visit).stream().filter(f -> theirs.contains(f.formId())).toList();
        if (forms.isEmpty()) {
            throw ApiProblem.notFound("受付番号 " + visit.ticket() + " には印刷する帳票がありません。");
        }
        FormRenderer renderer = renderer(visit);
        List<String> withBoxes = forms.stream().map(PrintedForm::formId)
                .filter(id -> VisitForms.hasMyNumberBoxes(renderer, id)).toList();
        Optional<String> myNumber = withBoxes.isEmpty() ? Optional.empty()
                : myNumbers.reveal(visit.id(), "print " + String.join(",", withBoxes), staff);
        RenderedForm rendered = render(visit, forms, myNumber, scope);
        recordPrint(visit, forms.stream().map(PrintedForm::formId).toList(), staff);
        return rendered;
    }

    /**
     * One form of the visit, printed for {@code staff}, filled as in the whole print. Only a form of the procedures on
     * the visit's checklist prints (番号法 第9条: the My Number only for what the resident came for), and a department
     * clerk only their departments' forms; a refusal never decrypts the number.
     */
    @Transactional
    public RenderedForm renderOne(Visit visit, String formId, String staff, StaffScope scope) {
        FormRenderer renderer = renderer(visit);
        if (!renderer.hasForm(formId)) {
            throw new ApiProblem(404, "No form '" + formId + "' exists.", "formId");
        }
        PrintedForm form = forms(visit).stream().filter(f -> f.formId().equals(formId)).findFirst()
                .orElseThrow(() -> new ApiProblem(403, "'" + formId + "' is not a form of visit " + visit.ticket()
                        + "'s checklist: a resident's data is printed only on the forms of the procedures they came for."
                        + " Add the procedure to the checklist first.", "formId"));
        if (!visitForms.formsOf(visit, scope).contains(formId)) {
            throw new ApiProblem(403, "'" + formId + "' is another department's form: it is printed where that"
                    + " procedure is handled, or at the one-stop counter.", "formId");
        }
        Optional<String> myNumber = VisitForms.hasMyNumberBoxes(renderer, formId)
                ? myNumbers.reveal(visit.id(), "print " + formId, staff) : Optional.empty();
        PrintedVisit printed = printed(visit);
        try {
            RenderedForm rendered = renderer.render(formId,
                    printed.data(renderer.definition(formId).orElseThrow(), form, myNumber));
            recordPrint(visit, List.of(formId), staff);
            return rendered;
        } catch (InvalidFormDataException e) {
            throw new ApiProblem(422, "The stored visit cannot fill this form: " + e.getMessage(), e.field());
        }
    }

    /** A required box that the print leaves blank, on which form. */
    public record BlankBox(String formId, String title, String field, String label) {
        /** As recorded with the confirmation: {@code resident-change:move.date}. */
        public String key() {
            return formId + ":" + field;
        }
    }

    /** Every required box still blank on every form of the print, in print order (the My Number is never asked). */
    @Transactional
    public List<BlankBox> blanks(Visit visit) {
        FormRenderer renderer = renderer(visit);
        PrintedVisit printed = printed(visit);
        List<BlankBox> blanks = new ArrayList<>();
        for (PrintedForm form : forms(visit)) {
            var definition = renderer.definition(form.formId()).orElseThrow();
            BlankBoxes.of(definition, printed.data(definition, form, Optional.empty()))
                    .forEach(b -> blanks.add(new BlankBox(form.formId(), form.title(), b.field(), b.label())));
        }
        return blanks;
    }

    /** The print without the My Number, for what the resident checks on screen (digits always print). */
    @Transactional
    public RenderedForm preview(Visit visit) {
        return render(visit, forms(visit), Optional.empty(), StaffScope.everything());
    }

    private RenderedForm render(Visit visit, List<PrintedForm> forms, Optional<String> myNumber, StaffScope scope) {
        FormRenderer renderer = renderer(visit);
        PrintedVisit printed = printed(visit);
        List<FormPage> pages = forms.stream().map(f -> new FormPage(f.formId(),
                printed.data(renderer.definition(f.formId()).orElseThrow(), f, myNumber))).toList();
        try {
            return renderer.renderVisit(cover(visit, scope), pages);
        } catch (InvalidFormDataException e) {
            throw new ApiProblem(422, "The visit's data cannot fill a form: " + e.getMessage(), e.field());
        }
    }

    /** Which pack version laid out the paper a clerk handed over (auditors ask). */
    private void recordPrint(Visit visit, List<String> formIds, String staff) {
        packs.recordPrint(visit.id(), formIds, packs.forVisit(visit.id()), staff);
    }

    private FormRenderer renderer(Visit visit) {
        return packs.forVisit(visit.id()).renderer();
    }

    private CoverSheet cover(Visit visit, StaffScope scope) {
        var pack = packs.forVisit(visit.id()).pack();
        CoverTexts texts = pack.coverTexts();
        ChecklistView checklist = checklists.view(visit);
        List<CoverSheet.Stop> stops = new ArrayList<>();
        for (ChecklistView.DepartmentGroup department : checklist.departments()) {
            if (!scope.worksFor(department.id())) {
                continue;
            }
            List<ChecklistView.Item> items = department.items().stream()
                    .filter(i -> !NOT_NEEDED.equals(i.status())).toList();
            if (items.isEmpty()) {
                continue;
            }
            LinkedHashSet<String> bring = new LinkedHashSet<>();
            items.forEach(i -> i.bring().stream().map(Document::text).map(t -> t.ja()).forEach(bring::add));
            stops.add(new CoverSheet.Stop(department.name().ja(), items.stream()
                    .map(i -> i.name().ja() + ("to-confirm".equals(i.certainty()) ? texts.toConfirm() : "")).toList(),
                    List.copyOf(bring)));
        }
        String heading = texts.headingFor(pack.catalog().lifeEvent(visit.lifeEvent()).map(e -> e.displayName().ja()));
        return new CoverSheet(heading, visit.ticket().toString(), visit.resident().name(), visit.visitDate(), stops, texts);
    }

}
