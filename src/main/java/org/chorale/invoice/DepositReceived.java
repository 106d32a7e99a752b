package org.chorale.invoice;

/** A deposit's originals are committed and its files wait for processing. */
public record DepositReceived(long depositId, long structureId, int files) {

}
