import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'

// Disabled fields cannot take the focus: a dialog whose first field is one (a correction's fixed client) starts at the next.
const FOCUSABLE = 'select:not(:disabled), textarea:not(:disabled), input:not(:disabled), button:not(:disabled), a[href]'

interface DialogProps {
  title: string
  className?: string
  onCancel(): void
  children: ReactNode
}

/**
 * A modal dialog: focus goes to its first field and stays inside, Escape or a click
 * outside cancels, and the focus returns to what opened it.
 */
export function Dialog({ title, className, onCancel, children }: DialogProps) {
  const dialog = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // A dialog still loading its content has no field yet: it takes the focus itself, so Escape works.
    ;(dialog.current?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog.current)?.focus()
    return () => trigger?.focus()
  }, [])

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onCancel()
      return
    }
    if (event.key !== 'Tab' || !dialog.current) return
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const [head, tail] = [focusable[0], focusable[focusable.length - 1]]
    if (event.shiftKey && document.activeElement === head) {
      event.preventDefault()
      tail?.focus()
    } else if (!event.shiftKey && document.activeElement === tail) {
      event.preventDefault()
      head?.focus()
    }
  }

  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onCancel()}>
      <div ref={dialog} className={`dialog ${className ?? ''}`} tabIndex={-1} role="dialog" aria-modal="true" aria-label={title} onKeyDown={onKeyDown}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  )
}
