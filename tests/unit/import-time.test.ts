import { describe, expect, it } from 'vitest'
import { formatImportTime } from '../../src-renderer/components/import/import-time'

describe('an import instant as the user reads it', () => {
  it('is the local date and time, in French', () => {
    expect(formatImportTime(new Date(2026, 10, 23, 14, 5, 59).toISOString())).toBe('23/11/2026 à 14:05')
    expect(formatImportTime(new Date(2027, 0, 1, 0, 0).toISOString())).toBe('01/01/2027 à 00:00')
  })
})
