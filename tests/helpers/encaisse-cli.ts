import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from './test-core'

/** Runs the built `encaisse` command as a user would, its user data in `folder` and its clock on `today`. */
export function runEncaisse(folder: string, today: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'encaisse.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ENCAISSE_USER_DATA: join(folder, 'user-data'), ENCAISSE_TODAY: today },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
