/**
 * People the kit records: the checked form of a trainee's name as it enters the kit. JDK only.
 */
package org.securebase.model.person;
