package jp.kakanai.kiosk.town;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.kakanai.kiosk.checkin.ServerEndpoint;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * The kiosk's texts from the town pack, one source for every text (issue 15/17): the town's languages and life
 * events ({@code GET /api/town}) and the kiosk screen's messages in each language ({@code GET
 * /api/town/messages/kiosk/{language}}, with the life events' and departments' names joined in). Fetched at
 * start-up and again whenever the pack's hash changes (a town swapped its pack), kept in memory; the page reads
 * them from the kiosk ({@code GET /api/texts}), never from the network itself.
 *
 * <p>Thread-safe: the refresh runs on the kiosk's timer, the page's requests read the last complete copy.
 */
public final class TownTexts implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TownTexts.class.getName());
    /** How often the pack is looked at again (its hash tells whether to fetch the texts anew). */
    private static final long REFRESH_SECONDS = 20;
    private final ServerEndpoint server;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-town-texts");
        t.setDaemon(true);
        return t;
    });
    private volatile Optional<ObjectNode> texts = Optional.empty();
    private volatile String hash = "";
    private volatile boolean saidUnreachable;

    public TownTexts(ServerEndpoint server) {
        this.server = Objects.requireNonNull(server);
    }

    /** Fetches the texts now and then every {@value #REFRESH_SECONDS} seconds, on a thread of its own. */
    public TownTexts start() {
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
        return this;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }

    /** {@code {hash, languages, lifeEvents, messages: {language: {key: text}}}}, once fetched. */
    public Optional<ObjectNode> texts() {
        return texts;
    }

    /** Fetches the pack's texts when there are none yet or the pack changed; false while the server is away. */
    public boolean refresh() {
        ServerReply<JsonNode> town = server.exchange(server.request("api/town").buildGet(), JsonNode.class);
        if (!(town instanceof ServerReply.Answered<JsonNode> answered)) {
            if (!saidUnreachable) {
                LOG.log(System.Logger.Level.WARNING, "The town pack's texts cannot be fetched yet ({0}); trying again",
                        town.getClass().getSimpleName());
                saidUnreachable = true;
            }
            return false;
        }
        JsonNode pack = answered.value();
        String newHash = pack.path("hash").asText("");
        if (texts.isPresent() && newHash.equals(hash)) {
            return true;
        }
        ObjectNode messages = JsonNodeFactory.instance.objectNode();
        for (JsonNode language : pack.path("languages")) {
            String id = language.path("id").asText();
            if (!id.matches("[a-z]{2,8}")) {
                continue;
            }
            ServerReply<JsonNode> screen = server.exchange(
                    server.request("api/town/messages/kiosk/" + id).buildGet(), JsonNode.class);
            if (!(screen instanceof ServerReply.Answered<JsonNode> got)) {
                return false;
            }
            messages.set(id, got.value().path("messages"));
        }
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        all.put("hash", newHash);
        all.set("languages", pack.path("languages"));
        all.set("lifeEvents", pack.path("lifeEvents"));
        all.set("messages", messages);
        texts = Optional.of(all);
        hash = newHash;
        saidUnreachable = false;
        return true;
    }
}
