package org.chorale.account;

/**
 * What a followed link turned out to be. Expired and used links still name their account,
 * so that the page can offer to send a new one.
 */
public enum LinkState {

	VALID, EXPIRED, USED, UNKNOWN

}
