package org.chorale.invoice;

/** A supporting document as lists show it, downloaded by its SHA-256. */
public record AttachmentView(String fileName, String mediaType, String sha256, long size) {

}
