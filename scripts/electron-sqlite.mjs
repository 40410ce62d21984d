#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron-<version>/, beside (not over)
// the Node build in node_modules that tests and the CLI use. Electron's main process loads
// it through better-sqlite3's `nativeBinding` option, so `npm test` and `npm start` both work.
//
// It compiles a scratch copy against Electron's headers with npm_config_nodedir removed:
// an inherited nodedir=/usr makes node-gyp build silently against Node's headers (TOOLCHAIN
// §4.3), so the result is checked for Electron's module version before it is kept.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const electronVersion = require('electron/package.json').version
const abi = readFileSync(require.resolve('electron/abi_version'), 'utf8').trim()
const target = join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node')
// What electron-builder packs (electron-builder.yml, extraResources): always the verified build.
const packaged = join(root, 'native', 'current', 'better_sqlite3.node')

function keep(file) {
  mkdirSync(dirname(packaged), { recursive: true })
  cpSync(file, packaged)
}

function builtFor(file) {
  return existsSync(file) && readFileSync(file).includes(`node_register_module_v${abi}`)
}

if (builtFor(target)) {
  keep(target)
  process.exit(0)
}

const scratch = join(root, 'native', '.build', 'better-sqlite3')
rmSync(scratch, { recursive: true, force: true })
mkdirSync(dirname(scratch), { recursive: true })
cpSync(dirname(require.resolve('better-sqlite3/package.json')), scratch, {
  recursive: true,
  filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`),
})

const env = { ...process.env }
for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key]

console.log(`Compilation de better-sqlite3 pour Electron ${electronVersion} (ABI ${abi})…`)
try {
  execFileSync(
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
      `--arch=${process.arch}`,
    ],
    { cwd: scratch, env, stdio: 'inherit' },
  )
} catch {
  console.error(
    "Impossible de compiler better-sqlite3 pour Electron (les en-têtes d'Electron se téléchargent depuis electronjs.org). " +
      'Sans réseau, utilisez « npm run serve », qui sert la même application dans le navigateur.',
  )
  process.exit(1)
}

const built = join(scratch, 'build', 'Release', 'better_sqlite3.node')
if (!builtFor(built)) {
  console.error(`better-sqlite3 compilé, mais pas pour l'ABI ${abi} d'Electron : refusé.`)
  process.exit(1)
}
mkdirSync(dirname(target), { recursive: true })
cpSync(built, target)
keep(target)
rmSync(join(root, 'native', '.build'), { recursive: true, force: true })
console.log(`better-sqlite3 pour Electron : ${target}`)
