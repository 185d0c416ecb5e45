package jp.kakanai.server.queue;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generator's rows by JDBC batches (H2), a transaction per flush. Values are set as they are; the
 * generator's only nullable columns are text, so a null is a null VARCHAR (no metadata round trip).
 */
final class JdbcBatchSink implements HistoryGenerator.Sink {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    JdbcBatchSink(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void rows(String table, String columns, List<Object[]> rows) {
        String sql = "insert into " + table + " (" + columns + ") values ("
                + "?, ".repeat(columns.split(",").length - 1) + "?)";
        transactions.executeWithoutResult(s -> jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Object[] row = rows.get(i);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] == null) {
                        ps.setNull(c + 1, Types.VARCHAR);
                    } else {
                        ps.setObject(c + 1, row[c]);
                    }
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        }));
    }
}
