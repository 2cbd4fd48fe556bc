/**
 * Tells the complainant of every public change of their case, on the channel they used (e-mail, WhatsApp, direct
 * message, a reply under their comment, SMS or a call-back, SP4N-LAPOR!), exactly once per case and change.
 */
package id.tanggap.complainantnotice;
