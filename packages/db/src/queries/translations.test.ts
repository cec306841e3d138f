import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../connect'
import { createRecord, initiativeStore, readRecord, tourStore, updateRecord } from '../records'
import { seedDataset } from '../seed/dataset'
import { openTestDatabase, testEngines } from '../testing'
import { getGroupDetail } from './groupDetail'
import { listGroups } from './groups'
import { listInitiatives } from './initiatives'
import { getInstitutionDetail } from './institutionDetail'
import { findTour, listTours } from './tours'

const data = seedDataset()

/** Each record's translations by its id. */
const translationsOf = (records: { id: string; translations?: unknown }[]) =>
  Object.fromEntries(records.map((record) => [record.id, record.translations]))

describe.each(testEngines())('translations on %s', (engine) => {
  let connection: Connection
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
  })
  afterAll(() => connection.close())

  it('come with every initiative, group and tour the lists and details give', async () => {
    const { db } = connection
    expect(translationsOf(await listInitiatives(db))).toEqual(translationsOf(data.initiatives))
    expect(translationsOf(await listGroups(db))).toEqual(translationsOf(data.groups))
    expect(translationsOf(await listTours(db))).toEqual(translationsOf(data.tours))
    const consortium = data.groups.find((g) => g.id === 'sino-polish-university-consortium')
    const detail = await getGroupDetail(db, 'sino-polish-university-consortium')
    expect(detail?.group.translations).toEqual(consortium?.translations)
    const lodz = await getInstitutionDetail(db, 'lodz-university-of-technology')
    expect(lodz?.groups.map((g) => g.translations)).toEqual([consortium?.translations])
    for (const tour of data.tours) {
      const stops = (await findTour(db, tour.id))?.stops
      expect(stops?.map((stop) => stop.translations)).toEqual(tour.stops.map((stop) => stop.translations))
    }
  })

  it('are written and read back with the record, and a record written without any reads back with none', async () => {
    const { db } = connection
    const opened = await readRecord(db, initiativeStore, 'belt-and-road')
    if (!opened) throw new Error('the seed has no Belt and Road')
    const translations = { ...opened.record.translations, zh: { name: '一带一路' } }
    await updateRecord(db, initiativeStore, { ...opened.record, translations }, opened.version, null)
    expect((await readRecord(db, initiativeStore, 'belt-and-road'))?.record.translations).toEqual(
      translations,
    )

    const { translations: _, ...untranslated } = opened.record
    await createRecord(db, initiativeStore, { ...untranslated, id: 'untranslated', parentId: null }, null)
    expect((await readRecord(db, initiativeStore, 'untranslated'))?.record.translations).toEqual({})

    const [tour] = data.tours
    if (!tour) throw new Error('the seed has no tour')
    const stops = tour.stops.map(({ translations: _, ...stop }) => stop)
    await createRecord(db, tourStore, { ...tour, id: 'untranslated', translations: undefined, stops }, null)
    const read = await findTour(db, 'untranslated')
    expect(read?.translations).toEqual({})
    expect(read?.stops.map((stop) => stop.translations)).toEqual(stops.map(() => ({})))
  })
})
