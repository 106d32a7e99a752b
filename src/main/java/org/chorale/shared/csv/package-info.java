/**
 * Reading and writing the CSV files registers come in (SIRENE, the directory): a
 * streaming reader that names the line at fault, and rows streamed to PostgreSQL's COPY.
 */
package org.chorale.shared.csv;
