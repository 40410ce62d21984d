import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '../../src-shared/contract'
import { joinChannelGroups } from '../../src-shared/contract/channel'
import { handlers } from '../../src-main/handlers'

describe('channel registration', () => {
  it('refuses a channel name two groups declare, naming it', () => {
    const clients = { 'clients.list': 1, 'clients.get': 2 }
    const letters = { 'letters.list': 3, 'clients.get': 4 }
    expect(() => joinChannelGroups(clients, letters)).toThrow('channel « clients.get » is declared twice')
  })

  it('keeps every channel of distinct groups, in order', () => {
    expect(joinChannelGroups({ a: 1 }, { b: 2, c: 3 })).toEqual({ a: 1, b: 2, c: 3 })
  })

  it('gives the contract and the handler table the same channels', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort())
  })
})
