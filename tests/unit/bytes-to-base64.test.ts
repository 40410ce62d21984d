import { describe, expect, it } from 'vitest'
import { bytesToBase64 } from '../../src-renderer/bytes-to-base64'

describe('base64 of an upload slice', () => {
  it('matches Node’s encoding across the pieces it is built from, on a 4 MiB slice', () => {
    const bytes = new Uint8Array(4 * 1024 * 1024 + 3)
    for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7919) % 256
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
  })

  it('encodes an empty slice and the bytes of a Windows-1252 export', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('')
    expect(bytesToBase64(new Uint8Array([0x92, 0x8c, 0xe9, 0x3b]))).toBe(Buffer.from([0x92, 0x8c, 0xe9, 0x3b]).toString('base64'))
  })
})
