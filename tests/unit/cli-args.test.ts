import { describe, expect, it } from 'vitest'
import { parseArgs, UsageError } from '../../src-main/cli/args'

describe('command-line arguments', () => {
  const spec = { flags: ['no-open'], options: ['dossier', 'search'] }

  it('reads flags, options in both spellings, and positionals', () => {
    const args = parseArgs(['clients.list', '--dossier', '/tmp/a b.sqlite', '--search=Dupré', '--no-open'], spec)
    expect(args.positionals).toEqual(['clients.list'])
    expect(args.options.get('dossier')).toBe('/tmp/a b.sqlite')
    expect(args.options.get('search')).toBe('Dupré')
    expect(args.flags.has('no-open')).toBe(true)
  })

  it('refuses unknown options and missing values in French', () => {
    expect(() => parseArgs(['--verbose'], spec)).toThrow(new UsageError('Option inconnue : --verbose. Voir --help.'))
    expect(() => parseArgs(['--dossier'], spec)).toThrow("L'option --dossier attend une valeur.")
  })
})
