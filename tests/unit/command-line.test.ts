import { describe, expect, it } from 'vitest'
import { parseArgs, UsageError } from '../../src-main/command-line'

describe('command-line arguments', () => {
  const spec = { flags: ['no-open'], options: ['dossier', 'search'] }

  it('reads flags, options in both spellings, and positionals', () => {
    const args = parseArgs(['clients.list', '--dossier', '/tmp/a b.sqlite', '--search=Dupré', '--no-open'], spec)
    expect(args.positionals).toEqual(['clients.list'])
    expect(args.options.get('dossier')).toBe('/tmp/a b.sqlite')
    expect(args.options.get('search')).toBe('Dupré')
    expect(args.flags.has('no-open')).toBe(true)
  })

  it('takes what follows -- as positionals, and a value starting with a dash written inline', () => {
    const args = parseArgs(['call', '--search=-12', '--', '--no-open'], spec)
    expect(args.positionals).toEqual(['call', '--no-open'])
    expect(args.options.get('search')).toBe('-12')
    expect(args.flags.size).toBe(0)
  })

  it('refuses unknown options and missing values in French', () => {
    expect(() => parseArgs(['--verbose'], spec)).toThrow(new UsageError('Option inconnue : --verbose. Voir --help.'))
    expect(() => parseArgs(['--dossier'], spec)).toThrow("L'option --dossier attend une valeur.")
    expect(() => parseArgs(['--dossier', '--no-open'], spec)).toThrow("L'option --dossier attend une valeur.")
    expect(() => parseArgs(['--search='], spec)).toThrow("L'option --search attend une valeur.")
    expect(() => parseArgs(['--no-open=oui'], spec)).toThrow("L'option --no-open ne prend pas de valeur.")
    expect(() => parseArgs(['-v'], spec)).toThrow(new UsageError('Option inconnue : -v. Voir --help.'))
  })
})
