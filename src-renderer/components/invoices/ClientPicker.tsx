import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { ClientListItem } from '../../../src-shared/contract/clients'
import { invoke } from '../../api'
import { fr } from '../../i18n/fr'

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
  const [options, setOptions] = useState<ClientListItem[]>([])
  const [found, setFound] = useState<number | null>(null)
  const [active, setActive] = useState(0)
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => () => clearTimeout(timer.current), [])

  function search(query: string, delay: number) {
    clearTimeout(timer.current)
    timer.current = setTimeout(async () => {
      const request = ++latest.current
      const result = await invoke('clients.list', { search: query.trim() || undefined, limit: SHOWN })
      if (request !== latest.current || !result.ok) return
      setOptions(result.data)
      setFound(result.data.length)
      setActive(0)
    }, delay)
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
