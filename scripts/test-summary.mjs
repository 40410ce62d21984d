#!/usr/bin/env node
// Prints the one closing line CI reads, "N passed, N failed, N skipped", from the JSON
// reports of vitest and Playwright. Exits non-zero on a failure, a missing report, or no test.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
let missing = false

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`report missing: ${file} (a step before it failed)`)
    missing = true
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  if ('numPassedTests' in report) {
    passed += report.numPassedTests
    failed += report.numFailedTests
    skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  } else {
    passed += report.stats.expected + report.stats.flaky
    failed += report.stats.unexpected
    skipped += report.stats.skipped
  }
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(missing || failed > 0 || passed === 0 ? 1 : 0)
