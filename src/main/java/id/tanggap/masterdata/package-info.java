/**
 * The master data screens ({@code /data-induk}) for Diskominfo and administrators: OPDs, positions and their holders,
 * categories, escalation contacts, forwarding targets and the holiday calendar, with the history of every change.
 * The records stay in their owning modules (routing, officials, escalation, forwarding, sla), which validate and
 * record each change; this module only shows and submits the forms.
 */
package id.tanggap.masterdata;
