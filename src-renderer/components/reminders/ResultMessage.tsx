/** What an action on a reminders panel gave: a notice when it worked, an alert with the refusal otherwise. */
export function ResultMessage({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null
  return (
    <p className={message.ok ? 'notice' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  )
}
