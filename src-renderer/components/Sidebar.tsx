import { fr } from '../i18n/fr'
import { PAGES, useNavigation } from '../stores/navigation'

export function Sidebar() {
  const { page, go } = useNavigation()
  return (
    <nav className="sidebar" aria-label="Navigation principale">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">€</span>
        {fr.appName}
      </div>
      <ul>
        {PAGES.map((id) => (
          <li key={id}>
            <a
              href={`#/${id}`}
              className={id === page ? 'active' : undefined}
              aria-current={id === page ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault()
                go(id)
              }}
            >
              {fr.nav[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
