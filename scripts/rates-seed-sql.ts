// Prints the SQL that seeds a dossier's rate table from assets/data/rates-fr.json, for a
// new migration when a release brings new half-years:
//   npx drizzle-kit generate --custom --name rates_2026_h2 && npx tsx scripts/rates-seed-sql.ts > that file
// INSERT OR IGNORE: a half-year the user already typed or corrected is never overwritten.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { rateTableFromFrenchRatesJson } from '../src-main/domain/penalties'

const json: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'assets', 'data', 'rates-fr.json'), 'utf8'))
const source = 'Encaisse : BCE (taux des opérations principales de refinancement), Trésor (taux de l’intérêt légal)'
const rows = rateTableFromFrenchRatesJson(json).rows
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`
const statements = rows.map(
  (row) =>
    `INSERT OR IGNORE INTO rate_half_years (half_year, ecb_ref_bp, legal_individual_bp, legal_other_bp, source) ` +
    `VALUES (${quote(row.halfYear)}, ${row.ecbRefBp}, ${row.legalIndividualBp}, ${row.legalOtherBp}, ${quote(source)});`,
)
console.log(statements.join('\n--> statement-breakpoint\n'))
