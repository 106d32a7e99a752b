package org.chorale.cpro;

import org.chorale.account.AccountId;
import org.chorale.structure.StructureId;

/**
 * Who an API call acts as: a structure's technical user, authenticated by the
 * {@code cpro-account} header beside a valid access token.
 */
record Caller(long technicalAccount, AccountId account, StructureId structure, String login) {

}
