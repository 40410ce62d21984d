/**
 * The identity of a reminder: the client, the scenario step and the exact set of invoices
 * (plus the attempt for a call tried again). `reminder_actions.dedup_key` is unique, so the
 * database itself refuses a second action for the same client, step and invoices.
 */
export function reminderDedupKey(clientId: number, stepId: number, invoiceIds: readonly number[], attempt = 1): string {
  const invoices = [...invoiceIds].sort((a, b) => a - b).join(',')
  return `c${clientId}|s${stepId}|i${invoices}${attempt > 1 ? `|a${attempt}` : ''}`
}
