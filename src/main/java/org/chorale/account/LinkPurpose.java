package org.chorale.account;

/** What a single-use e-mailed link is for. */
enum LinkPurpose {

	ACTIVATION, RESET

}
