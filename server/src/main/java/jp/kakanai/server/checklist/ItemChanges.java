package jp.kakanai.server.checklist;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.navigation.ChecklistItem;
import jp.kakanai.forms.navigation.Department;
import jp.kakanai.forms.navigation.Document;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.navigation.Procedure;
import jp.kakanai.forms.text.TextProblem;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.visit.Visit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What clerks do on a checklist: set a procedure's status, write a note, add a procedure the rules
 * missed. Every change names the version it was made on; a stale one is refused with 409 and says who
 * changed the procedure meanwhile, so two clerks never silently overwrite each other.
 */
@Service
public class ItemChanges {
    static final LocalizedText ADDED_BY_CLERK = LocalizedText.of("職員が追加", "Added by a clerk");
    static final LocalizedText ADDED_AT_KIOSK = LocalizedText.of("受付機で追加（同じ日の2回目の受付）",
            "Added at the kiosk (the same resident's second check-in today)");
    static final int MAX_NOTE = 2000;
    static final int MAX_REASON = 500;
    static final int MAX_NAME = 200;
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("H:mm");
    private final ChecklistRepository repository;
    private final ChecklistService checklists;
    private final ChecklistViews views;
    private final TownPacks packs;
    private final OfficeClock clock;
    private final ApplicationEventPublisher events;

    public ItemChanges(ChecklistRepository repository, ChecklistService checklists, ChecklistViews views,
                       TownPacks packs, OfficeClock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.checklists = checklists;
        this.views = views;
        this.packs = packs;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public ChecklistView change(Visit visit, String itemId, ChecklistRequests.ItemChange change, String actor) {
        StoredFacts facts = checklists.facts(visit);
        ChecklistEntry entry = repository.entry(visit.id(), itemId).orElseThrow(() ->
                ApiProblem.notFound("No procedure '" + itemId + "' on this visit's checklist."));
        int expected = requireVersion(change.version());
        if (change.status() == null && change.note() == null) {
            throw ApiProblem.badField("status", "Send a status, a note or both.");
        }
        ItemStatus status = change.status() == null ? entry.status() : ItemStatus.byId(change.status())
                .orElseThrow(() -> ApiProblem.badField("status", "Status must be one of todo, in-progress, done, not-needed."));
        Optional<String> notNeededReason = status != ItemStatus.NOT_NEEDED ? Optional.empty()
                : text(change.notNeededReason(), "notNeededReason", MAX_REASON).or(entry::notNeededReason);
        if (status == ItemStatus.NOT_NEEDED && notNeededReason.isEmpty()) {
            throw ApiProblem.badField("notNeededReason", "Say why the procedure is not needed.");
        }
        Optional<String> note = change.note() == null ? entry.note() : text(change.note(), "note", MAX_NOTE);
        if (expected != entry.version()) {
            throw stale(visit, entry);
        }
        Instant now = clock.now();
        ChecklistEntry changed = new ChecklistEntry(entry.itemId(), entry.procedureId(), entry.customName(),
                entry.departmentId(), entry.origin(), entry.certainty(), entry.reason(), entry.concerns(), entry.bring(),
                entry.deadline(), status, notNeededReason, note, expected + 1, now, actor);
        if (!repository.update(visit.id(), changed, expected)) {
            throw stale(visit, repository.entry(visit.id(), itemId).orElse(entry));
        }
        if (status != entry.status()) {
            repository.record(visit.id(), itemId, now, actor, "status", status.id(), notNeededReason.orElse(null));
            if (status == ItemStatus.DONE) {
                events.publishEvent(new ChecklistItemDone(visit.id(), itemId, entry.departmentId(), actor));
            }
        }
        if (!note.equals(entry.note())) {
            repository.record(visit.id(), itemId, now, actor, "note", null, note.orElse(""));
        }
        return views.render(visit, facts);
    }

    /**
     * Marks a procedure done from the counter panel (the queue's "procedure done"), whatever version the
     * clerk last saw: the step itself is the clerk's decision. An item already done stays as it is.
     */
    @Transactional
    public void markDone(Visit visit, String itemId, String actor) {
        checklists.facts(visit);
        repository.entry(visit.id(), itemId).filter(e -> e.status() != ItemStatus.DONE).ifPresent(e -> {
            Instant now = clock.now();
            ChecklistEntry done = new ChecklistEntry(e.itemId(), e.procedureId(), e.customName(), e.departmentId(),
                    e.origin(), e.certainty(), e.reason(), e.concerns(), e.bring(), e.deadline(), ItemStatus.DONE,
                    Optional.empty(), e.note(), e.version() + 1, now, actor);
            if (repository.update(visit.id(), done, e.version())) {
                repository.record(visit.id(), itemId, now, actor, "status", ItemStatus.DONE.id(), null);
            }
        });
    }

    @Transactional
    public ChecklistView add(Visit visit, ChecklistRequests.NewItem item, String actor) {
        StoredFacts facts = checklists.facts(visit);
        if ((item.procedureId() == null) == (item.name() == null)) {
            throw ApiProblem.badField("procedureId", "Send either a catalog procedureId, or a name and a departmentId.");
        }
        Optional<String> note = text(item.note(), "note", MAX_NOTE);
        Instant now = clock.now();
        ProcedureCatalog catalog = packs.forVisit(visit.id()).pack().catalog();
        ChecklistEntry entry;
        if (item.procedureId() != null) {
            Procedure procedure = catalog.procedure(item.procedureId()).orElseThrow(() ->
                    ApiProblem.badField("procedureId", "No procedure '" + item.procedureId() + "' in the catalog."));
            repository.entry(visit.id(), procedure.id()).ifPresent(existing -> {
                throw ApiProblem.conflict("「" + procedure.name().ja() + "」は すでにチェックリストにあります。"
                        + " / " + procedure.name().en() + " is already on the checklist.");
            });
            entry = catalogEntry(procedure, ItemOrigin.CLERK, ADDED_BY_CLERK, note, now, actor);
        } else {
            String name = item.name().strip();
            TextProblem.ofName(name, MAX_NAME).ifPresent(problem -> {
                throw ApiProblem.badField("name", problem);
            });
            Department department = Optional.ofNullable(item.departmentId()).flatMap(catalog::department)
                    .orElseThrow(() -> ApiProblem.badField("departmentId", "Department must be one of "
                            + catalog.departments().stream().map(Department::id).toList() + "."));
            entry = new ChecklistEntry(freeCustomId(visit), Optional.empty(), Optional.of(name), department.id(),
                    ItemOrigin.CLERK, ChecklistItem.Certainty.NEEDED, ADDED_BY_CLERK, List.of(), List.of(),
                    Optional.empty(), ItemStatus.TODO, Optional.empty(), note, 0, now, actor);
        }
        repository.insert(visit.id(), entry);
        repository.record(visit.id(), entry.itemId(), now, actor, "added", ItemStatus.TODO.id(), note.orElse(null));
        return views.render(visit, facts);
    }

    /**
     * Procedures a kiosk adds to a visit the same resident checked in to earlier the same day (they chose to
     * add to it rather than take a second ticket): each catalog procedure not on the checklist yet, marked as
     * the kiosk's. Returns the ids it added.
     */
    @Transactional
    public List<String> addFromKiosk(Visit visit, List<String> procedureIds, String actor) {
        checklists.facts(visit);
        Instant now = clock.now();
        List<String> added = new java.util.ArrayList<>();
        for (String id : procedureIds) {
            Optional<Procedure> procedure = packs.forVisit(visit.id()).pack().catalog().procedure(id);
            if (procedure.isEmpty() || repository.entry(visit.id(), id).isPresent() || added.contains(id)) {
                continue;
            }
            ChecklistEntry entry = catalogEntry(procedure.get(), ItemOrigin.KIOSK, ADDED_AT_KIOSK, Optional.empty(), now, actor);
            repository.insert(visit.id(), entry);
            repository.record(visit.id(), entry.itemId(), now, actor, "added", ItemStatus.TODO.id(), null);
            added.add(id);
        }
        return added;
    }

    /** A new entry for a catalog procedure that did not come from the rules. */
    static ChecklistEntry catalogEntry(Procedure procedure, ItemOrigin origin, LocalizedText reason,
                                       Optional<String> note, Instant at, String by) {
        return new ChecklistEntry(procedure.id(), Optional.of(procedure.id()), Optional.empty(),
                procedure.department().id(), origin, ChecklistItem.Certainty.NEEDED, reason, List.of(),
                procedure.bring().stream().map(Document::id).toList(), procedure.deadline(), ItemStatus.TODO,
                Optional.empty(), note, 0, at, by);
    }

    /** The entry with its version moved on, as changed by someone now. */
    static ChecklistEntry touched(ChecklistEntry e, Instant at, String by) {
        return new ChecklistEntry(e.itemId(), e.procedureId(), e.customName(), e.departmentId(), e.origin(),
                e.certainty(), e.reason(), e.concerns(), e.bring(), e.deadline(), e.status(), e.notNeededReason(),
                e.note(), e.version() + 1, at, by);
    }

    static int requireVersion(Integer version) {
        if (version == null) {
            throw ApiProblem.badField("version", "Send the version you last saw (optimistic locking).");
        }
        return version;
    }

    static String time(Instant instant) {
        return HOUR_MINUTE.format(instant.atZone(OfficeClock.ZONE));
    }

    private ApiProblem stale(Visit visit, ChecklistEntry current) {
        LocalizedText name = views.name(visit, current);
        return ApiProblem.conflict("「" + name.ja() + "」は " + current.updatedBy() + " さんが " + time(current.updatedAt())
                + " に変更しました（現在: " + current.status().ja() + "）。画面を更新してから、もう一度操作してください。"
                + " / " + name.en() + " was changed by " + current.updatedBy() + " at " + time(current.updatedAt())
                + " (now " + current.status().id() + ", version " + current.version() + "); reload and try again.");
    }

    private String freeCustomId(Visit visit) {
        int n = 1;
        while (repository.entry(visit.id(), "custom-" + n).isPresent()) {
            n++;
        }
        return "custom-" + n;
    }

    private static Optional<String> text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw ApiProblem.badField(field, "At most " + max + " characters.");
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n')) {
            throw ApiProblem.badField(field, "Control characters are not allowed.");
        }
        return Optional.of(text);
    }
}
