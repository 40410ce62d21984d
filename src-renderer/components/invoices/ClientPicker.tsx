import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { ClientListItem } from '../../../src-shared/contract/clients'
import { fr } from '../../i18n/fr'
import { useQuery } from '../../use-channel'

const t = fr.invoices.picker

/** Options shown at once; typing more narrows the list (the core searches, accent-insensitive). */
const SHOWN = 12
const TYPING_DELAY_MS = 200

export type PickedClient = Pick<ClientListItem, 'id' | 'code' | 'name' | 'balanceCents' | 'overdueCents' | 'creditCents'>

interface ClientPickerProps {
  value: PickedClient | null
  onChange(client: PickedClient | null): void
  /** From Field: id, aria-invalid and aria-describedby of the input. */
  inputProps: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }
  autoFocus?: boolean
  /** A correction keeps the document's client: shown, not changeable. */
  disabled?: boolean
}

const display = (client: PickedClient) => `${client.code} — ${client.name}`

/** Search-as-you-type over the client files (combobox pattern): code and name, keyboard and mouse. */
export function ClientPicker({ value, onChange, inputProps, autoFocus, disabled }: ClientPickerProps) {
  const listId = useId()
  const [text, setText] = useState(value ? display(value) : '')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  /** The search asked for, and how many times: each one asks the core again, even for the same text. */
  const [asked, setAsked] = useState<{ text: string; round: number } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const list = useQuery('clients.list', asked === null ? null : { search: asked.text || undefined, limit: SHOWN }, asked?.round ?? 0)
  const options = list.data ?? []
  const found = list.data ? list.data.length : null

  useEffect(() => () => clearTimeout(timer.current), [])
  useEffect(() => setActive(0), [list.data])

  function search(query: string, delay: number) {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setAsked((previous) => ({ text: query.trim(), round: (previous?.round ?? 0) + 1 })), delay)
  }

  function choose(client: ClientListItem) {
    onChange(client)
    setText(display(client))
    setOpen(false)
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) {
        setOpen(true)
        search(value ? '' : text, 0)
        return
      }
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current) => (options.length === 0 ? 0 : (current + step + options.length) % options.length))
    } else if (event.key === 'Enter' && open) {
      // Enter picks the highlighted client instead of submitting the form.
      event.preventDefault()
      const client = options[active]
      if (client) choose(client)
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      setOpen(false)
    }
  }

  const activeId = open && options[active] ? `${listId}-${options[active].id}` : undefined
  const query = value ? '' : text.trim()

  return (
    <div className="picker">
      <input
        {...inputProps}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={activeId}
        autoComplete="off"
        autoFocus={autoFocus}
        disabled={disabled}
        placeholder={t.placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          if (value) onChange(null)
          setOpen(true)
          search(event.target.value, TYPING_DELAY_MS)
        }}
        onFocus={(event) => {
          // Selecting the whole text lets a new search replace the chosen client in one keystroke.
          event.target.select()
          if (!value) {
            setOpen(true)
            search(text, 0)
          }
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKey}
      />
      {open && list.error ? <p className="field-error" role="alert">{list.error.message}</p> : null}
      {open && found !== null ? (
        <ul className="picker-options" role="listbox" id={listId} aria-label={t.options}>
          {options.map((client, index) => (
            <li
              key={client.id}
              id={`${listId}-${client.id}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault()
                choose(client)
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className="code">{client.code}</span>
              <span className="picker-name">{client.name}</span>
              {client.city ? <span className="muted picker-city">{client.city}</span> : null}
            </li>
          ))}
          {options.length === 0 ? (
            <li className="picker-note muted" role="presentation">
              {query ? t.noMatch(query) : t.noClients}
            </li>
          ) : found > options.length ? (
            <li className="picker-note muted" role="presentation">
              {t.more(found - options.length)}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  )
}
