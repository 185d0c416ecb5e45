package jp.kakanai.forms.pack;

import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.navigation.LocalizedText;

/**
 * {@code fees.json}: the certificates a town issues and their fees (手数料条例). Defined and validated now;
 * the counter's fee calculation reads it when certificate fees are built.
 */
public record FeeTable(String currency, List<Certificate> certificates) {
    /** What one fee is charged for: each copy, each page, or each request. */
    public enum Per {
        COPY("copy"), PAGE("page"), REQUEST("request");

        private final String id;

        Per(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Optional<Per> byId(String id) {
            return java.util.Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
        }
    }

    /** A use for which the ordinance waives the fee, with the reason the clerk reads. */
    public record Exemption(String id, LocalizedText reason) {
    }

    /** One certificate: its fee in yen, what the fee is per, the form it is requested on, its exemptions. */
    public record Certificate(String id, LocalizedText name, int fee, Per per, Optional<String> form,
                              List<Exemption> exempt) {
        public Certificate {
            exempt = List.copyOf(exempt);
        }
    }

    public FeeTable {
        certificates = List.copyOf(certificates);
    }

    public Optional<Certificate> certificate(String id) {
        return certificates.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
