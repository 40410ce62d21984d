// A second program holding a dossier's write lock, as a long import in another Encaisse
// would: the writer note beside the dossier names it, then a write transaction is begun
// IMMEDIATE and left open until this process is killed. Prints "held" once it holds it.
import Database from 'better-sqlite3'
import { noteWriter } from '../../src-main/data/writer-note'

const [path, program, activity] = process.argv.slice(2) as [string, string, string]
const sqlite = new Database(path, { fileMustExist: true })
noteWriter(path, program, activity, '2026-11-23T09:41:00.000Z')
sqlite.prepare('BEGIN IMMEDIATE').run()
sqlite.prepare("INSERT INTO clients (code, name, search_key) VALUES ('TENU', 'Jamais validé', 'jamais valide')").run()
process.stdout.write('held\n')
// The timer keeps a reference to the connection: with none left, the garbage collector may
// finalise it, which closes it and rolls the transaction back, freeing the lock mid-test.
setInterval(() => sqlite.inTransaction, 60_000)
