#!/usr/bin/env node
// The `encaisse` command: the CLI bundle built by `npm run build`.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const cli = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(cli)) {
  console.error("Encaisse n'est pas construit : lancez d'abord « npm run build ».")
  process.exit(2)
}
require(cli)
