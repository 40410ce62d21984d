/** A refusal of the command line itself: printed in French, exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[]
  flags: Set<string>
  options: Map<string, string>
}

/** `--name value`, `--name=value` and `--flag`; anything not declared is refused by name. */
export function parseArgs(argv: string[], spec: { flags: string[]; options: string[] }): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    if (spec.flags.includes(name)) {
      parsed.flags.add(name)
    } else if (spec.options.includes(name)) {
      const value = inline ?? argv[++i]
      if (value === undefined || value === '') throw new UsageError(`L'option --${name} attend une valeur.`)
      parsed.options.set(name, value)
    } else {
      throw new UsageError(`Option inconnue : --${name}. Voir --help.`)
    }
  }
  return parsed
}
