import { useEffect } from 'react'
import { Sidebar } from './components/Sidebar'
import { DossierBar } from './components/DossierBar'
import { fr } from './i18n/fr'
import { AgingPage } from './pages/AgingPage'
import { ClientPage } from './pages/ClientPage'
import { DashboardPage } from './pages/DashboardPage'
import { ImportPage } from './pages/ImportPage'
import { InvoicesPage } from './pages/InvoicesPage'
import { ClientsPage } from './pages/ClientsPage'
import { RemindersPage } from './pages/RemindersPage'
import { LettersPage } from './pages/LettersPage'
import { SettingsPage } from './pages/SettingsPage'
// Échéanciers (#13)
import { PlansPage } from './pages/PlansPage'
import { PlanPage } from './pages/PlanPage'
import { useDossier } from './stores/dossier'
import { useNavigation } from './stores/navigation'

export function App() {
  const { page, recordId } = useNavigation()
  const loadDossier = useDossier((state) => state.load)

  useEffect(() => {
    void loadDossier()
  }, [loadDossier])

  return (
    <div className="app">
      <Sidebar />
      <div className="app-main">
        <DossierBar />
        <main className="page" aria-label={fr.nav[page]}>
          {page === 'clients' ? (
            recordId === null ? <ClientsPage /> : <ClientPage clientId={recordId} />
          ) : page === 'dashboard' ? (
            <DashboardPage />
          ) : page === 'invoices' ? (
            <InvoicesPage />
          ) : page === 'aging' ? (
            <AgingPage />
          ) : page === 'import' ? (
            <ImportPage />
          ) : page === 'settings' ? (
            <SettingsPage />
          ) : page === 'reminders' ? (
            <RemindersPage />
          ) : page === 'letters' ? (
            <LettersPage />
          ) : recordId === null ? (
            <PlansPage />
          ) : (
            <PlanPage planId={recordId} />
          )}
        </main>
      </div>
    </div>
  )
}
