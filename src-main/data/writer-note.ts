import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'

/**
 * The lock between programs is SQLite's own (a write transaction begun IMMEDIATE): it
 * dies with its holder, so a crash never leaves a dossier locked. This note beside the
 * dossier only says who holds it during a long write, so that another program refused
 * meanwhile can name the holder; a note whose process is gone is ignored.
 */
interface WriterNote {
  program: string
  activity: string
  pid: number
  host: string
  since: string
}

function noteFile(dossierPath: string): string {
  return `${dossierPath}-occupe.json`
}

/** Leaves the note for the length of a long write; returns its removal. */
export function noteWriter(dossierPath: string, program: string, activity: string, since: string): () => void {
  const note: WriterNote = { program, activity, pid: process.pid, host: hostname(), since }
  try {
    writeFileSync(noteFile(dossierPath), JSON.stringify(note))
  } catch {
    return () => undefined // a folder we cannot write: the lock still holds, only the holder's name is lost
  }
  return () => rmSync(noteFile(dossierPath), { force: true })
}

/** Who holds the dossier, as far as a live note says. */
function currentWriter(dossierPath: string): WriterNote | null {
  let note: WriterNote
  try {
    note = JSON.parse(readFileSync(noteFile(dossierPath), 'utf8')) as WriterNote
  } catch {
    return null
  }
  if (note.host === hostname() && !isAlive(note.pid)) return null
  return note
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The French refusal of a write that found the dossier busy, naming the holder when a note says who. */
export function busyMessage(dossierPath: string): string {
  const writer = currentWriter(dossierPath)
  const holder = writer
    ? `Dossier occupé par ${writer.program} (${writer.activity} en cours depuis ${writer.since.slice(11, 16)} UTC, poste ${writer.host}, processus ${writer.pid})`
    : 'Dossier occupé par un autre programme (une écriture en cours)'
  return `${holder} : rien n’a été modifié. Réessayez à la fin de cette opération.`
}
