import { fr } from '../../i18n/fr'
import { isFiltered, useAging } from '../../stores/aging'
import { useQuery } from '../../use-channel'

const t = fr.aging

/** The date of the balance and the filters above the table; every change asks the core again. */
export function AgingFilters({ today }: { today: string }) {
  const aging = useAging()
  const { asOf, segment, minimum, onlyLate, search, minimumUnreadable, setFilters, clearFilters } = aging
  const segments = useQuery('clients.segments', {})

  return (
    <div className="aging-filters" role="group" aria-label={t.filters}>
      <label className="aging-as-of">
        <span>{t.asOf}</span>
        <input
          type="date"
          value={asOf || today}
          required
          onChange={(event) => {
            // A date being retyped is empty for a moment: the balance keeps its last date meanwhile.
            const date = event.target.value
            if (date) setFilters({ asOf: date === today ? '' : date })
          }}
        />
      </label>
      {asOf !== '' ? (
        <button type="button" className="secondary small" onClick={() => setFilters({ asOf: '' })}>
          {t.backToToday}
        </button>
      ) : null}
      <input
        type="search"
        className="search"
        aria-label={t.searchLabel}
        placeholder={t.search}
        value={search}
        onChange={(event) => setFilters({ search: event.target.value })}
      />
      <select aria-label={t.segment} value={segment} onChange={(event) => setFilters({ segment: event.target.value })}>
        <option value="">{t.allSegments}</option>
        {(segments.data ?? []).map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <label className={`aging-minimum${minimumUnreadable ? ' invalid' : ''}`}>
        <span>{t.minimum}</span>
        <input
          inputMode="decimal"
          className="num"
          placeholder={t.minimumPlaceholder}
          value={minimum}
          aria-invalid={minimumUnreadable}
          aria-describedby={minimumUnreadable ? 'aging-minimum-error' : undefined}
          onChange={(event) => setFilters({ minimum: event.target.value })}
        />
      </label>
      <label className="inline-check">
        <input type="checkbox" checked={onlyLate} onChange={(event) => setFilters({ onlyLate: event.target.checked })} /> {t.onlyLate}
      </label>
      {isFiltered(aging) ? (
        <button type="button" className="secondary small" onClick={clearFilters}>
          {t.clearFilters}
        </button>
      ) : null}
      {segments.error ? (
        <p className="field-error" role="alert">
          {segments.error.message}
        </p>
      ) : null}
      {minimumUnreadable ? (
        <p className="field-error" id="aging-minimum-error" role="alert">
          {t.unreadableMinimum}
        </p>
      ) : null}
    </div>
  )
}
