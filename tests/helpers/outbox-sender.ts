// A second Encaisse process sending the outbox of a dossier: `tsx outbox-sender.ts DOSSIER USERDATA`.
// The outbox test kills it mid-send to check that nothing is sent twice.
import { startCore } from '../../src-main/core'

const [dossierPath, userData] = process.argv.slice(2)
const core = startCore({ dossierPath, userData, today: '2026-11-23' })
void core.call('mail.send', { now: true }).then((result) => {
  console.log(JSON.stringify(result))
  core.close()
})
