import { fr } from '../i18n/fr'

/** A page not built yet says plainly what it will hold: no sample figures, no fake data. */
export function PlannedPage({ page }: { page: keyof typeof fr.planned.pages }) {
  return (
    <section className="planned">
      <h1>
        {fr.nav[page]} <span className="badge">{fr.planned.badge}</span>
      </h1>
      <p>{fr.planned.intro}</p>
      <ul>
        {fr.planned.pages[page].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  )
}
