import { useEffect, useRef, useState, type RefObject } from 'react'

/**
 * After a refused submit, takes the user to what must be fixed: the first field marked
 * invalid (in the form's order) gets the focus and is scrolled to the middle of the view;
 * when no field is named, the form's summary is. Without this, a long form refused at its
 * button shows its errors above the fold and nothing seems to happen.
 *
 * Returns the function to call when the submit is refused: the move happens once the
 * errors are on screen.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>): () => void {
  const [refusals, setRefusals] = useState(0)
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>('.form-summary')
    if (!target) return
    if (!target.matches('input, select, textarea, button')) target.tabIndex = -1
    target.focus({ preventScroll: true })
    target.scrollIntoView({ block: 'center' })
  }, [refusals, form])
  return () => setRefusals((count) => count + 1)
}
