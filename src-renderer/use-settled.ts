import { useEffect, useState } from 'react'

/**
 * The value once it has stayed the same for `ms` (compared as JSON): a query fed from what
 * is being typed asks once the typing pauses, not at every key.
 */
export function useSettled<T>(value: T, ms: number): T {
  const key = JSON.stringify(value)
  const [settled, setSettled] = useState(value)
  // Runs again only when the value's JSON changes: a new object of the same value keeps the timer.
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [key, ms])
  return settled
}
