package org.chorale.invoice;

/** A file as a supplier hands it over, named as they named it. */
record IncomingFile(String name, byte[] content) {

}
