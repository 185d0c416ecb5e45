package jp.kakanai.server.queue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/** The generator's rows into PostgreSQL by {@code COPY … FROM STDIN (FORMAT csv)}: the fast way to load a history. */
final class PostgresCopySink implements HistoryGenerator.Sink {
    private final DataSource dataSource;

    PostgresCopySink(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void rows(String table, String columns, List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 120);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(field(row[i]));
            }
            csv.append('\n');
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns
                    + ") from stdin with (format csv)", new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime time) {
            return time.toString();
        }
        String text = value.toString();
        return text.isEmpty() || text.matches(".*[,\"\\n\\r].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
