import type { ReactNode } from 'react'

interface FieldProps {
  id: string
  label: string
  error?: string | undefined
  hint?: string
  required?: boolean
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode
  /** Columns of the form grid the field spans (1 to 4). */
  span?: 1 | 2 | 3 | 4
}

/** A labelled input with its hint and the French error the core returned for it. */
export function Field({ id, label, error, hint, required, children, span = 1 }: FieldProps) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined
  return (
    <div className={`field span-${span}${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required" aria-hidden="true"> *</span> : null}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}
