package jp.kakanai.server.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.privacy.MasterKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor (TOTP): a staff member turns it on from their account page with an
 * authenticator app, an administrator can turn it off (a lost phone). The secret is stored sealed
 * (AES-256-GCM, a key derived from the master key, the account name as associated data): the database
 * alone does not give the codes. A secret being set up is kept in the session until its first code is
 * right, so a typo never locks anyone out.
 */
@Service
public class SecondFactors {
    public static final String ISSUER = "Kakanai";
    private final StaffAccounts accounts;
    private final OfficeClock clock;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecondFactors(StaffAccounts accounts, OfficeClock clock, MasterKey masterKey) {
        this.accounts = accounts;
        this.clock = clock;
        this.key = new SecretKeySpec(masterKey.derive("kakanai totp secrets"), "AES");
    }

    public boolean required(String username) {
        return accounts.secondFactor(username).isPresent();
    }

    /** Whether the code is right for the account now, and not used before; it is then used up. */
    @Transactional
    public boolean accepts(String username, String code) {
        Optional<StaffAccounts.SecondFactor> factor = accounts.secondFactor(username);
        if (factor.isEmpty()) {
            return true;
        }
        byte[] secret = open(username, factor.get().sealedSecret());
        OptionalLong step = Totp.verify(secret, code, clock.now(), factor.get().lastStep());
        return step.isPresent() && accounts.useStep(username, step.getAsLong());
    }

    /** Turns the factor on with a secret shown to the person before, once they typed a right code from it. */
    @Transactional
    public boolean enable(String username, byte[] secret, String code) {
        if (Totp.verify(secret, code, clock.now(), 0).isEmpty()) {
            return false;
        }
        accounts.setSecondFactor(username, Optional.of(seal(username, secret)), clock.now(), username);
        return true;
    }

    @Transactional
    public void disable(String username, String by) {
        accounts.setSecondFactor(username, Optional.empty(), clock.now(), by);
    }

    private String seal(String username, byte[] secret) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    private byte[] open(String username, String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, 12, bytes.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The second factor of " + username + " does not open with the configured"
                    + " master key; an administrator can turn it off and the person set it up again.", e);
        }
    }
}
