/**
 * Exports: signed continuing-education certificates, score reports and quiz handouts as PDF,
 * gradebooks as XLSX and CSV.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..}, OpenPDF and Apache POI.
 */
package org.securebase.export;
