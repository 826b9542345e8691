package fr.openmarches.evidence;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/**
 * Who the availability probe deposits as: the submission module asks, before it takes an upload
 * or a deposit in probe mode, whether this account is the probe's and this consultation the probe's
 * test consultation (both made once, {@code ProbeSetup}). Nobody else can make a probe deposit.
 */
@Service
public class ProbeAccounts {

	private final JdbcClient sql;

	ProbeAccounts(DataSource dataSource) {
		this.sql = JdbcClient.create(dataSource);
	}

	/** Whether {@code account} is the availability probe's and {@code consultation} its test consultation. */
	public boolean isProbe(AccountId account, ConsultationId consultation) {
		return sql.sql("""
				select exists (select 1 from evidence.availability_probe_setup
				where account_id = ? and consultation_id = ?)""")
			.params(account.value(), consultation.value())
			.query(Boolean.class)
			.single();
	}
}
