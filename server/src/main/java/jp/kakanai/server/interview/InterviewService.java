package jp.kakanai.server.interview;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;
import jp.kakanai.forms.checkin.EventFacts;
import jp.kakanai.forms.checkin.Household;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.render.Placeholder;
import jp.kakanai.forms.render.RenderedForm;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.checklist.ChecklistService;
import jp.kakanai.server.checklist.ChecklistView;
import jp.kakanai.server.document.VisitPrint;
import jp.kakanai.server.navigation.NavigationInput;
import jp.kakanai.server.navigation.NavigationRequest;
import jp.kakanai.server.security.StaffScope;
import jp.kakanai.server.queue.Counter;
import jp.kakanai.server.queue.QueueService;
import jp.kakanai.server.queue.VisitTimeline;
import jp.kakanai.server.visit.CheckInService;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.visit.VisitOrigin;
import jp.kakanai.server.visit.VisitFacts;
import jp.kakanai.server.visit.VisitFactsRepository;
import jp.kakanai.server.visit.VisitRepository;
import jp.kakanai.server.address.AddressMaster;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter interview (対面型): a clerk starts a visit at the desk (typed, or read from a card) or takes
 * over a kiosk visit by its ticket, adds the household and the answers while talking, lets the resident
 * confirm, and prints every form at once.
 */
@Service
public class InterviewService {
    static final String DEFAULT_COUNTER = "対面窓口";
    private static final Pattern TICKET = Pattern.compile("([A-Z]{1,3})-?0*(\\d{1,4})");
    private final InterviewRepository interviews;
    private final VisitRepository visits;
    private final CheckInService checkIns;
    private final QueueService queue;
    private final ChecklistService checklists;
    private final NavigationInput navigation;
    private final VisitPrint print;
    private final VisitFactsRepository facts;
    private final AddressMaster addresses;
    private final OfficeClock clock;
    private final PostcodeTable postcodes = PostcodeTable.standard();

    public InterviewService(InterviewRepository interviews, VisitRepository visits, CheckInService checkIns,
                            QueueService queue, ChecklistService checklists, NavigationInput navigation,
                            VisitPrint print, VisitFactsRepository facts, AddressMaster addresses, OfficeClock clock) {
        this.interviews = interviews;
        this.visits = visits;
        this.checkIns = checkIns;
        this.queue = queue;
        this.checklists = checklists;
        this.navigation = navigation;
        this.print = print;
        this.facts = facts;
        this.addresses = addresses;
        this.clock = clock;
    }

    /**
     * A visit started at the desk: the same ticket and checklist as a kiosk check-in, and the resident is
     * being served at once (so no other clerk calls their ticket).
     */
    @Transactional
    public CheckInReceipt start(InterviewRequests.Start start, String clerk) {
        EntryRules rules = rules();
        LifeEvent event = rules.lifeEvent(start.lifeEvent(), navigation.catalog());
        Interview.Source source = Optional.ofNullable(start.source()).filter(List.of("card", "licence")::contains)
                .map(Interview.Source::ofId).orElse(Interview.Source.TYPED);
        if (start.source() != null && !List.of("typed", "card", "licence").contains(start.source())) {
            rules.reject("source", "受付の方法は typed（手入力）、card（マイナンバーカード）、licence（運転免許証）のどれかです。");
        }
        ResidentFacts resident = rules.resident(start.resident(), "resident", source == Interview.Source.TYPED);
        String counter = counter(rules, start.counter());
        rules.throwIfRejected();
        CheckInReceipt receipt = checkIns.checkInAtDesk(clerk,
                new CheckIn(resident.basic(), event.id(), List.of()));
        queue.startService(receipt.visitId(), new Counter(counter, clerk), StaffScope.current());
        interviews.insert(Interview.started(receipt.visitId(), source, clock.now(), clerk));
        facts.save(receipt.visitId(), new VisitFacts(resident.kana(), resident.postcode(), resident.phone(),
                Optional.empty(), Optional.empty(), EventFacts.none()));
        if (source == Interview.Source.CARD) {
            checklists.replaceFacts(visits.require(receipt.visitId()), Map.of(), null, true, clerk);
        }
        return receipt;
    }

    /** A visit the resident started at the kiosk today, found by the number on their ticket. */
    @Transactional
    public CheckInReceipt takeOver(InterviewRequests.TakeOver request, String clerk) {
        EntryRules rules = rules();
        String counter = counter(rules, request.counter());
        Optional<String> ticket = ticketNumber(request.ticketNumber());
        if (ticket.isEmpty()) {
            rules.reject("ticketNumber", "受付番号は「A-012」のように入力してください。");
        }
        rules.throwIfRejected();
        Visit visit = visits.findByTicket(clock.today(), ticket.get()).orElseThrow(() -> new ApiProblem(404,
                "本日の受付番号「" + ticket.get() + "」の来庁者は見つかりません。", "ticketNumber"));
        // What the kiosk collected (household, move, kana, answers) is the visit's own: nothing to copy.
        if (interviews.find(visit.id()).isEmpty()) {
            interviews.insert(Interview.started(visit.id(), Interview.Source.TICKET, clock.now(), clerk));
        }
        var status = queue.live().ticketOf(visit.id()).map(t -> t.status());
        if (status.filter(s -> s == VisitTimeline.Status.WAITING || s == VisitTimeline.Status.CALLED).isPresent()) {
            queue.startService(visit.id(), new Counter(counter, clerk), StaffScope.current());
        }
        return new CheckInReceipt(visit.id(), visit.ticket().toString());
    }

    @Transactional
    public InterviewView view(String visitId) {
        Visit visit = visits.require(visitId);
        return InterviewView.of(visit, require(visit), checklists.view(visit), print.printed(visit));
    }

    /**
     * Everything the interview knows, replacing what was stored; every mistake is reported at once. The
     * visit's checklist follows the answers and the household (the members' relationships and birth dates).
     */
    @Transactional
    public InterviewView update(String visitId, InterviewRequests.Update update, String clerk) {
        Visit visit = visits.require(visitId);
        Interview current = require(visit);
        if (update.version() == null) {
            throw ApiProblem.badField("version", "Send the version you last saw (optimistic locking).");
        }
        EntryRules rules = rules();
        ResidentFacts resident = residentOf(visit, current, update.resident(), rules);
        List<Member> members = rules.members(update.members());
        LifeEvent event = print.lifeEventOf(visit);
        MoveFacts move = rules.move(update.move(), event, resident == null ? null : resident.basic().address());
        Optional<LocalDate> eventDate = rules.date("eventDate", update.eventDate(), "日付");
        Optional<String> householder = rules.householderName(update.householderName());
        Optional<String> applicantKinship = Optional.ofNullable(
                rules.text("applicantKinship", update.applicantKinship(), 20, false, "続柄"));
        rules.throwIfRejected();
        var answers = navigation.answers(update.answers(), "answers");
        if (update.version() != current.version()) {
            throw stale(current);
        }
        Interview next = current.updated(clock.now(), clerk);
        if (!interviews.update(next, current.version())) {
            throw stale(interviews.find(visitId).orElse(current));
        }
        // The body before issue 13 named the 世帯主 only by name: a listed member of that name heads the household.
        if (members.stream().noneMatch(Member::isHouseholder) && householder.isPresent()) {
            members = members.stream().map(m -> m.name().equals(householder) ? m.asHouseholder() : m).toList();
        }
        boolean listed = members.stream().anyMatch(Member::isHouseholder);
        facts.save(visitId, new VisitFacts(resident.kana(), resident.postcode(), resident.phone(),
                Optional.of(new Household(members, applicantKinship)),
                householder.filter(name -> !listed && !name.equals(resident.basic().name())),
                new EventFacts(eventDate, Optional.of(move))));
        if (current.source() == Interview.Source.TYPED && !resident.basic().equals(visit.resident())) {
            visits.updateResident(visitId, resident.basic());
            visit = visits.require(visitId);
        }
        List<NavigationRequest.MemberFacts> household = members.stream()
                .map(m -> new NavigationRequest.MemberFacts(m.relationship(), m.birthDate(), m.isDeceased())).toList();
        ChecklistView checklist = checklists.replaceFacts(visit, answers.values(), household, null, clerk);
        return InterviewView.of(visit, next, checklist, print.printed(visit));
    }

    /** The data as the forms will print it, and the characters that will print as 〓. */
    @Transactional
    public Confirmation confirmation(String visitId) {
        Visit visit = visits.require(visitId);
        Interview interview = require(visit);
        ChecklistView checklist = checklists.view(visit);
        // No My Number here: the preview needs only what could print as 〓, and digits always print.
        RenderedForm rendered = print.preview(visit);
        return Confirmations.of(visit, print.lifeEventOf(visit), interview, checklist,
                print.printed(visit), print.forms(visit), flagged(rendered.placeholders()), print.blanks(visit));
    }

    /**
     * The resident has checked the version they saw: the confirmation is recorded, and the visit's procedures
     * are settled from the checklist (the visit list shows them with their forms).
     */
    @Transactional
    public Confirmation confirm(String visitId, InterviewRequests.Confirm confirm, String clerk) {
        Visit visit = visits.require(visitId);
        Interview interview = require(visit);
        if (confirm == null || confirm.version() == null) {
            throw ApiProblem.badField("version", "Send the version the resident confirmed.");
        }
        if (confirm.version() != interview.version()) {
            throw ApiProblem.conflict("確認画面を開いた後に内容が変わりました（" + interview.updatedBy() + " さん）。"
                    + "確認画面を開き直して、もう一度お客さまに確認していただいてください。");
        }
        List<String> blanks = print.blanks(visit).stream().map(VisitPrint.BlankBox::key).toList();
        if (!blanks.isEmpty() && !Boolean.TRUE.equals(confirm.printWithBlanks())) {
            throw ApiProblem.conflict("必要な欄が " + blanks.size() + " か所空いています（確認画面に一覧があります）。"
                    + "入力してから印刷するか、空欄のまま印刷することを選んでください。");
        }
        if (!interviews.update(interview.confirmed(clock.now(), clerk, blanks), interview.version())) {
            throw stale(interviews.find(visitId).orElse(interview));
        }
        visits.replaceProcedures(visitId, print.procedures(visit));
        return confirmation(visitId);
    }

    /**
     * Every form of the visit in one PDF, after the resident's cover sheet. A My Number stored with the visit
     * (read from the card at the kiosk) is decrypted for this print only when a form has its boxes.
     */
    @Transactional
    public Printout print(String visitId, String clerk) {
        Visit visit = visits.require(visitId);
        return new Printout(visit.ticket().toString(), print.render(visit, clerk));
    }

    public record Printout(String ticketNumber, RenderedForm rendered) {
    }

    private ResidentFacts residentOf(Visit visit, Interview current, InterviewRequests.ResidentEntry entry,
                                     EntryRules rules) {
        if (current.source() == Interview.Source.TYPED) {
            return rules.resident(entry, "resident", true);
        }
        // A card's data is not retyped: only what no card carries can change.
        var fromCard = visit.resident();
        var given = entry == null ? new InterviewRequests.ResidentEntry(null, null, null, null, null, null, null) : entry;
        ResidentFacts checked = rules.resident(new InterviewRequests.ResidentEntry(fromCard.name(), given.kana(),
                fromCard.birthDate().toString(), fromCard.sex().iso5218(), fromCard.address(), given.postcode(),
                given.phone()), "resident", false);
        if (entry != null && entry.name() != null && !entry.name().strip().equals(fromCard.name())) {
            rules.reject("resident.name", "カードから読み取った氏名・住所・生年月日・性別は、ここでは変更できません。");
        }
        return checked;
    }

    private Interview require(Visit visit) {
        return interviews.find(visit.id()).orElseThrow(() -> ApiProblem.notFound(
                "受付番号 " + visit.ticket() + " は対面受付で始まっていません。受付番号から引き継いでください。"));
    }

    private EntryRules rules() {
        return new EntryRules(postcodes, addresses, clock.today());
    }

    private static String counter(EntryRules rules, String typed) {
        String counter = rules.text("counter", typed, 32, false, "窓口名");
        return counter == null ? DEFAULT_COUNTER : counter;
    }

    /** A ticket number as printed or typed loosely (a12, Ａ－１２). */
    static Optional<String> ticketNumber(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT)
                .replaceAll("[\\s‐ー−-]+", "-");
        Matcher m = TICKET.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "-" + String.format("%03d", Integer.parseInt(m.group(2))));
    }

    private static ApiProblem stale(Interview latest) {
        return ApiProblem.conflict("この受付の内容は " + latest.updatedBy() + " さんが先に変更しました。"
                + "画面を更新してから、もう一度入力してください。");
    }

    private static List<Confirmation.Flagged> flagged(List<Placeholder> placeholders) {
        Map<String, Confirmation.Flagged> bySequence = new LinkedHashMap<>();
        for (Placeholder p : placeholders) {
            Confirmation.Flagged before = bySequence.get(p.sequence());
            List<String> fields = new ArrayList<>(before == null ? List.of() : before.fields());
            if (!fields.contains(p.field())) {
                fields.add(p.field());
            }
            bySequence.put(p.sequence(), new Confirmation.Flagged(p.sequence(), p.codePoints(), fields));
        }
        return List.copyOf(bySequence.values());
    }
}
