import { describe, expect, expectTypeOf, it } from 'vitest'
import { CHANNEL_NAMES } from '../../src-shared/contract'
import { joinChannelGroups } from '../../src-shared/contract/channel'
import type { Core } from '../../src-main/core'
import { handlers } from '../../src-main/handlers'
import type { ClientDetail } from '../../src-shared/contract/clients'
import type { Result } from '../../src-shared/result'

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

describe('Core.call', () => {
  it('is typed by channel: its input and its result are the contract’s (checked by tsc)', () => {
    type Call = Core['call']
    const getClient = (call: Call) => call('clients.get', { id: 1 })
    expectTypeOf(getClient).returns.toEqualTypeOf<Promise<Result<ClientDetail>>>()
    function mistakes(call: Call) {
      // @ts-expect-error a channel the contract does not declare
      void call('clients.delete', {})
      // @ts-expect-error an input of the wrong shape
      void call('clients.get', { id: 'x' })
    }
    expect(typeof mistakes).toBe('function')
  })
})
