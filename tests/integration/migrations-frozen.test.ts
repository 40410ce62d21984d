import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../helpers/test-core'

/**
 * Released migrations are frozen: users' dossiers were built by these exact files.
 * A change to the schema is a new migration, never an edit. Add each new file here
 * once it is released.
 */
const RELEASED: Record<string, string> = {
  '0000_init.sql': '937d0e047e9e917d2a86840a6bf53f35959fb2100fa03be0cd89e8c2554db5db',
  '0001_seed_rates.sql': '5412a474465d9d555ebed33390a3926bab3ff27f2c8b941a8ebc26e46f28b62d',
  '0002_allocation-caches.sql': 'db0f28e850e4d8bf9bfc3b506359bacf50fa99ecd4bdef27ee9c6d359138849a',
  '0003_split-allocation-triggers.sql': 'ce14e06f7f7c1dc83e3aeccc49b594fe73750c7c40f05c58b278617f9099597d',
}

describe('released migrations', () => {
  const folder = join(REPO_ROOT, 'migrations')
  const files = readdirSync(folder).filter((name) => name.endsWith('.sql'))

  it.each(Object.entries(RELEASED))('%s is unchanged', (file, hash) => {
    expect(createHash('sha256').update(readFileSync(join(folder, file))).digest('hex')).toBe(hash)
  })

  it('every migration file on disk is either released or newer than all released ones', () => {
    const released = Object.keys(RELEASED).sort()
    const last = released[released.length - 1] as string
    for (const file of files) expect(RELEASED[file] !== undefined || file > last).toBe(true)
    for (const file of released) expect(files).toContain(file)
  })
})
