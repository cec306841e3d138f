import type { Connection } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../context'
import { appRouter } from '../root'
import type { Context } from '../trpc'

describe.each(testEngines())('group.get on %s', (engine) => {
  let connection: Connection
  let context: Context
  let api: ReturnType<typeof appRouter.createCaller>
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    context = createContext(connection)
    api = appRouter.createCaller(context)
  })
  afterAll(async () => {
    await context?.monitor.close()
    await connection?.close()
  })

  it('gives the consortium with every member, its role, in the source’s order, and the source', async () => {
    const detail = await api.group.get({ id: 'sino-polish-university-consortium' })
    expect(detail.group).toMatchObject({
      name: 'Sino-Polish University Consortium',
      kind: 'consortium',
      seatId: 'beijing-university-of-technology',
      foundedDate: '2017-03-21',
      foundedPrecision: 'day',
    })
    expect(detail.seat.name).toBe('Beijing University of Technology')
    expect(detail.members).toHaveLength(23)
    expect(detail.members[0]).toMatchObject({
      institution: { id: 'beijing-university-of-technology', name: 'Beijing University of Technology' },
      role: 'co_initiator',
    })
    expect(detail.members.filter((m) => m.role === 'co_initiator').map((m) => m.institution.id)).toEqual([
      'beijing-university-of-technology',
      'chongqing-jiaotong-university',
      'opole-university-of-technology',
    ])
    const countries = detail.members.map((m) => m.institution.country)
    expect(countries.filter((c) => c === 'CN')).toHaveLength(14)
    expect(countries.filter((c) => c === 'PL')).toHaveLength(9)
    const lodz = detail.members.find((m) => m.institution.id === 'lodz-university-of-technology')
    expect(lodz?.institution.nativeName).toBe('Politechnika Łódzka')
    expect(detail.sources.map((s) => s.id)).toEqual(['sino-polish-consortium-2017'])
  })

  it('gives a joint institute, seated in its own building, with its host and partner', async () => {
    const detail = await api.group.get({ id: 'beihang-valencia-polytechnic-institute' })
    expect(detail.seat).toMatchObject({ id: 'beihang-valencia-polytechnic-institute', kind: 'institute' })
    expect(detail.members.map((m) => [m.institution.country, m.role])).toEqual([
      ['CN', 'host'],
      ['ES', 'partner'],
    ])
  })

  it('answers NOT_FOUND for an unknown group and BAD_REQUEST for an id that is not one', async () => {
    const missing = await api.group.get({ id: 'no-such-group' }).catch((error: unknown) => error)
    expect(missing).toBeInstanceOf(TRPCError)
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'group "no-such-group" does not exist' })
    const bad = await api.group.get({ id: '../groups' }).catch((error: unknown) => error)
    expect(bad).toMatchObject({ code: 'BAD_REQUEST' })
  })
})
