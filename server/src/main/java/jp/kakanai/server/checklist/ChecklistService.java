package jp.kakanai.server.checklist;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Checklist;
import jp.kakanai.forms.navigation.ChecklistItem;
import jp.kakanai.forms.navigation.Household;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.Navigator;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.navigation.NavigationInput;
import jp.kakanai.server.navigation.NavigationRequest;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.visit.VisitCheckedIn;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A visit's checklist from the navigation: created at check-in (in the check-in's transaction), then
 * kept up to date as the kiosk or the counter interview sends answers and the household. Rule items
 * nobody has touched follow the answers; what clerks did or added stays.
 */
@Service
public class ChecklistService {
    static final LocalizedText CHOSEN_AT_KIOSK = LocalizedText.of("キオスクで選択", "Chosen at the kiosk");
    private final ChecklistRepository repository;
    private final ChecklistViews views;
    private final TownPacks packs;
    private final NavigationInput input;
    private final OfficeClock clock;
    private final TransactionTemplate savepoint;

    public ChecklistService(ChecklistRepository repository, ChecklistViews views, TownPacks packs,
                            NavigationInput input, OfficeClock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.views = views;
        this.packs = packs;
        this.input = input;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventListener
    public void onCheckIn(VisitCheckedIn checkedIn) {
        create(checkedIn.visit(), checkedIn.visit().origin().by(), new Answers(checkedIn.answers()),
                checkedIn.household());
    }

    @Transactional
    public ChecklistView view(Visit visit) {
        return views.render(visit, facts(visit));
    }

    /** The procedures still to do (todo or in progress), which decide where the resident goes next. */
    @Transactional
    public List<OpenItem> open(Visit visit) {
        facts(visit);
        return repository.entries(visit.id()).stream()
                .filter(e -> e.status() == ItemStatus.TODO || e.status() == ItemStatus.IN_PROGRESS)
                .map(e -> new OpenItem(e.itemId(), e.departmentId(), views.name(visit, e), e.status()))
                .toList();
    }

    /** The stored entries of the visit's checklist (made now for a visit from before checklists). */
    @Transactional
    List<ChecklistEntry> entries(Visit visit) {
        facts(visit);
        return repository.entries(visit.id());
    }

    /** The navigator of the town pack version the visit was started on. */
    Navigator navigator(Visit visit) {
        return packs.forVisit(visit.id()).navigator();
    }

    /** The department of a procedure on the visit's checklist; empty when it is not on it. */
    @Transactional
    public Optional<String> departmentOf(Visit visit, String itemId) {
        facts(visit);
        return repository.entry(visit.id(), itemId).map(ChecklistEntry::departmentId);
    }

    /**
     * The stored facts; a visit from before checklists existed gets its checklist now, in the caller's
     * transaction behind a savepoint: when another request creates it at the same moment, the insert fails on
     * the key, only the savepoint is rolled back (on PostgreSQL the transaction would otherwise be aborted) and
     * the other's checklist is read. Never on a second connection: requests holding one while waiting for
     * another starve the pool (issue 14 §2, the same pattern as the ticket counters had).
     */
    StoredFacts facts(Visit visit) {
        return repository.facts(visit.id()).orElseGet(() -> {
            try {
                savepoint.executeWithoutResult(status -> create(visit, "system", Answers.none(), Optional.empty()));
            } catch (DuplicateKeyException createdMeanwhile) {
                // another request created it first, and has committed it: the key wait ended when it did
            }
            return repository.facts(visit.id()).orElseThrow();
        });
    }

    private void create(Visit visit, String actor, Answers answers, Optional<Household> household) {
        Instant now = clock.now();
        Navigator navigator = packs.forVisit(visit.id()).navigator();
        StoredFacts facts = new StoredFacts(visit.id(), navigator.catalog().lifeEventOrThrow(visit.lifeEvent()), answers,
                household, false, 0, now, actor);
        repository.insert(facts);
        repository.record(visit.id(), null, now, actor, "created", null, null);
        Checklist navigation = navigator.navigate(ChecklistViews.factsOf(visit, facts));
        Set<String> chosen = Set.copyOf(visit.procedures());
        for (ChecklistItem item : navigation.items()) {
            ItemOrigin origin = chosen.contains(item.procedureId()) ? ItemOrigin.KIOSK : ItemOrigin.RULES;
            repository.insert(visit.id(), ChecklistEntry.fromNavigation(item, origin, now, actor));
        }
        // The kiosk's list may name procedures the rules cannot see yet (its answers come later) or ids that
        // are not procedures (form ids); the first are kept as the kiosk's choice, the others stay on the visit.
        Set<String> listed = navigation.items().stream().map(ChecklistItem::procedureId).collect(Collectors.toSet());
        visit.procedures().stream().filter(id -> !listed.contains(id))
                .flatMap(id -> navigator.catalog().procedure(id).stream())
                .forEach(procedure -> repository.insert(visit.id(),
                        ItemChanges.catalogEntry(procedure, ItemOrigin.KIOSK, CHOSEN_AT_KIOSK, Optional.empty(), now, actor)));
    }

    /** New answers and household for the visit: the checklist follows them. */
    @Transactional
    public ChecklistView updateFacts(Visit visit, ChecklistRequests.FactsUpdate update, String actor) {
        StoredFacts current = facts(visit);
        int expected = ItemChanges.requireVersion(update.version());
        Answers answers = input.answers(update.answers(), "answers", packs.forVisit(visit.id()).pack().catalog());
        Optional<Household> household = input.household(update.household(), "household", clock.today());
        Instant now = clock.now();
        boolean cardRead = update.myNumberCardRead() != null ? update.myNumberCardRead() : current.cardRead();
        StoredFacts next = new StoredFacts(visit.id(), current.event(), answers, household, cardRead, expected + 1,
                now, actor);
        if (expected != current.version() || !repository.update(next, expected)) {
            StoredFacts latest = repository.facts(visit.id()).orElse(current);
            throw ApiProblem.conflict("回答と世帯は " + latest.updatedBy() + " さんが " + ItemChanges.time(latest.updatedAt())
                    + " に変更しました。画面を更新してから、もう一度操作してください。 / The answers were changed by "
                    + latest.updatedBy() + " (now version " + latest.version() + "); reload and try again.");
        }
        repository.record(visit.id(), null, now, actor, "facts", null, String.join(",", answers.values().keySet()));
        follow(visit, next, now, actor);
        return views.render(visit, next);
    }

    /**
     * The counter interview's answers and household, replacing the stored ones whatever their version: the
     * interview holds the facts for its visit (it has its own version for the clerk's page).
     */
    @Transactional
    public ChecklistView replaceFacts(Visit visit, Map<String, String> answers,
                                      List<NavigationRequest.MemberFacts> household, Boolean myNumberCardRead,
                                      String actor) {
        return updateFacts(visit, new ChecklistRequests.FactsUpdate(facts(visit).version(), answers, household,
                myNumberCardRead), actor);
    }

    private void follow(Visit visit, StoredFacts facts, Instant now, String actor) {
        Checklist navigation = packs.forVisit(visit.id()).navigator().navigate(ChecklistViews.factsOf(visit, facts));
        Map<String, ChecklistEntry> existing = repository.entries(visit.id()).stream()
                .collect(Collectors.toMap(ChecklistEntry::itemId, Function.identity()));
        Set<String> listed = new HashSet<>();
        for (ChecklistItem item : navigation.items()) {
            listed.add(item.procedureId());
            ChecklistEntry entry = existing.get(item.procedureId());
            if (entry == null) {
                repository.insert(visit.id(), ChecklistEntry.fromNavigation(item, ItemOrigin.RULES, now, actor));
                repository.record(visit.id(), item.procedureId(), now, actor, "added", ItemStatus.TODO.id(), null);
            } else if (entry.origin() != ItemOrigin.CLERK && !entry.withNavigation(item).sameNavigationAs(entry)) {
                // A clerk's concurrent change wins; the navigation's wording is refreshed on the next answer.
                repository.update(visit.id(), ItemChanges.touched(entry.withNavigation(item), now, actor), entry.version());
            }
        }
        List<ChecklistEntry> gone = existing.values().stream()
                .filter(e -> !listed.contains(e.itemId()) && e.untouched()).toList();
        for (ChecklistEntry entry : gone) {
            repository.delete(visit.id(), entry.itemId());
            repository.record(visit.id(), entry.itemId(), now, actor, "removed", null, "no longer needed by the answers");
        }
    }
}
