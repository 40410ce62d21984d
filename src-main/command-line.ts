import { parseArgs as parseNodeArgs } from 'node:util'

/** A refusal of the command line itself: printed in French, exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[]
  flags: Set<string>
  options: Map<string, string>
}

/**
 * `--name value`, `--name=value` and `--flag`, read by Node's own parser; anything not
 * declared is refused by name, in French. Shared by the CLI and the loopback host's
 * launcher, which both take options on their command line.
 */
export function parseArgs(argv: string[], spec: { flags: string[]; options: string[] }): ParsedArgs {
  // Not strict: Node's refusals are English sentences, so the tokens are checked here.
  const { tokens } = parseNodeArgs({
    args: argv,
    options: Object.fromEntries([
      ...spec.flags.map((name) => [name, { type: 'boolean' as const }]),
      ...spec.options.map((name) => [name, { type: 'string' as const }]),
    ]),
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() }
  for (const token of tokens) {
    if (token.kind === 'positional') parsed.positionals.push(token.value)
    if (token.kind !== 'option') continue
    if (spec.flags.includes(token.name)) {
      if (token.value !== undefined) throw new UsageError(`L'option --${token.name} ne prend pas de valeur.`)
      parsed.flags.add(token.name)
    } else if (spec.options.includes(token.name)) {
      // `--dossier --no-open` forgot the value: a value starting with a dash is written `--name=-x`.
      const takenFromNextOption = token.inlineValue === false && token.value?.startsWith('-')
      if (token.value === undefined || token.value === '' || takenFromNextOption) {
        throw new UsageError(`L'option --${token.name} attend une valeur.`)
      }
      parsed.options.set(token.name, token.value)
    } else {
      throw new UsageError(`Option inconnue : ${token.rawName}. Voir --help.`)
    }
  }
  return parsed
}
