import { groupInputSchema, type ImportReport } from '@atlas/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../connect'
import { openTestDatabase, testEngines } from '../testing'
import { addEditor, csvFile, tableDigests, xlsxFile } from './fixtures'
import { applyImport, ImportRefused, planImport } from './index'

const SOURCE = 'sino-polish-consortium-2017'
const HEADER = 'id,name,native_name,alt_names,kind,country,city,lat,lon,precision,website,source'

// Line 2 is new, with its native name and other names; 3 names no country; 4 is a point in Poland said to be in
// Spain, its source cited by address; 5 cites a source the atlas does not have (its country in English); 6
// updates an institution's website; 7 is an institution as the atlas has it.
const INSTITUTIONS = `${HEADER}
,Gdańsk University of Technology,Politechnika Gdańska,Gdańsk Tech; PG,university,pl,Gdańsk,54.3716,18.6128,campus,https://pg.edu.pl/,${SOURCE}
,Universidad Inventada,,,university,XX,Madrid,40.4168,-3.7038,city,,${SOURCE}
,Universitat Politècnica de Catalunya,,,university,ES,Barcelona,52.2,21.0,city,,https://valencian.es/where-is-valencia/
,Hangzhou Dianzi University,杭州电子科技大学,,university,China,Hangzhou,30.3146,120.3431,city,,no-such-source
warsaw-university-of-technology,Warsaw University of Technology,Politechnika Warszawska,WUT,university,PL,Warszawa,52.22028,21.01056,campus,https://www.pw.edu.pl/,${SOURCE}
opole-university-of-technology,Opole University of Technology,Politechnika Opolska,,university,PL,Opole,50.683056,17.944611,campus,,${SOURCE}
`

const INSTITUTIONS_REPORT: ImportReport = {
  kind: 'institutions',
  rows: 6,
  created: 1,
  updated: 1,
  unchanged: 1,
  newSources: 0,
  issues: [
    {
      line: 3,
      column: 'country',
      message: 'country "XX" is not a country code (such as "PL") nor the English name of a country',
    },
    { line: 4, column: 'lat', message: 'the point 52.2, 21 is not in Spain (ES); it lies in Poland (PL)' },
    {
      line: 5,
      column: 'source',
      message:
        'there is no source with the id "no-such-source" in the atlas; cite an existing source by its id or address, or describe a new one in "source_title" and "source_url"',
    },
  ],
  issueCount: 3,
}

const IN_THE_ATLAS = 'which is already in the atlas'

describe.each(testEngines())('import on %s', (engine) => {
  let connection: Connection
  let editor: string

  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    editor = await addEditor(connection.db, 'importer')
  })

  afterAll(async () => {
    await connection?.close()
  })

  describe('the dry run', () => {
    it('reports each bad row with its line and column, and what the good ones would do', async () => {
      const progress: number[] = []
      const report = await planImport(connection.db, csvFile('institutions', INSTITUTIONS), {
        onProgress: ({ rows }) => progress.push(rows),
      })
      expect(report).toEqual(INSTITUTIONS_REPORT)
      expect(progress.at(-1)).toBe(6)
    })

    it('gives the same report for the same rows in an XLSX workbook', async () => {
      const report = await planImport(connection.db, await xlsxFile('institutions', INSTITUTIONS))
      expect(report).toEqual(INSTITUTIONS_REPORT)
    })

    it('finds duplicates by folded name and by a campus within 1 km, in the atlas and in the file', async () => {
      const report = await planImport(
        connection.db,
        csvFile(
          'institutions',
          `name,kind,country,city,lat,lon,precision,source
Łódź University of Technology,university,PL,Łódź,51.7530,19.4530,city,${SOURCE}
Warsaw Tech Annex,institute,PL,Warszawa,52.2230,21.0130,campus,${SOURCE}
Gdańsk University of Technology,university,Poland,Gdańsk,"54,3716","18,6128",campus,${SOURCE}
GDANSK UNIVERSITY OF TECHNOLOGY,university,PL,Gdańsk,54.1,18.6,city,${SOURCE}
Gdańsk Maritime Campus,institute,PL,Gdańsk,54.3740,18.6150,campus,${SOURCE}
Beihang,university,CN,Beijing,39.9,116.4,city,${SOURCE}`,
        ),
      )
      expect(report.issues).toEqual([
        {
          line: 2,
          column: 'name',
          message: `"Łódź University of Technology" is the name of "Lodz University of Technology" (lodz-university-of-technology), ${IN_THE_ATLAS}; to update it, write its id in the id column`,
        },
        {
          line: 3,
          column: 'lat',
          message: `the campus at 52.223, 21.013 is 0.3 km from that of "Warsaw University of Technology" (warsaw-university-of-technology), ${IN_THE_ATLAS}; if it is the same institution, write its id in the id column to update it`,
        },
        {
          line: 5,
          column: 'name',
          message: '"GDANSK UNIVERSITY OF TECHNOLOGY" is already the name of line 4',
        },
        { line: 6, column: 'lat', message: 'the campus at 54.374, 18.615 is 0.3 km from that of line 4' },
        {
          line: 7,
          column: 'name',
          message: `"Beihang" is the name of "Beihang University" (beihang-university), ${IN_THE_ATLAS}; to update it, write its id in the id column`,
        },
      ])
      expect(report).toMatchObject({ rows: 6, created: 1, issueCount: 5 })
    })

    it('reports an unknown column and a link to an institution the atlas does not have', async () => {
      const report = await planImport(
        connection.db,
        csvFile(
          'links',
          `from,to,kind,initiatives,start,status,source,remarks
Lodz University of Technology,warsaw-university-of-technology,cooperation_agreement,sino-polish-consortium,2019,active,${SOURCE},
lodz-university-of-technology,Politechnika Krakowska,cooperation_agreement,sino-polish-consortium,,,${SOURCE},
cnmc,beijing-polytechnic-college,vocational_cooperation,belt-and-road; no-such-initiative,2016,,bpc-international-about,`,
        ),
      )
      expect(report.issues).toEqual([
        {
          line: 1,
          column: 'remarks',
          message:
            'the column "remarks" is not a column of links files, which are: from, to, kind, initiatives, id, start, end, status, description, source, source_title, source_url, source_publisher, source_date',
        },
        {
          line: 3,
          column: 'to',
          message: 'there is no institution with the id or name "Politechnika Krakowska" in the atlas',
        },
        {
          line: 4,
          column: 'initiatives',
          message: 'there is no initiative with the id "no-such-initiative" in the atlas',
        },
        {
          line: 4,
          column: 'to',
          message:
            'the atlas already has a vocational_cooperation link between cnmc and beijing-polytechnic-college ("bpc-cnmc-going-out-pilot"); to update it, write its id in the id column',
        },
      ])
      expect(report).toMatchObject({ rows: 3, created: 1 })
    })

    it('refuses a cell the database could not store, naming its column', async () => {
      const text = `${HEADER}\n,Gdańsk\u0000Tech,,,university,PL,Gdańsk,54.3716,18.6128,city,,${SOURCE}`
      const report = await planImport(connection.db, csvFile('institutions', text))
      expect(report.issues).toEqual([
        { line: 2, column: 'name', message: 'the name must not contain a NUL character' },
      ])
    })

    it('lists problems up to maxIssues, counting them all', async () => {
      const bad = `,Universidad Inventada,,,university,XX,Madrid,40.4168,-3.7038,city,,${SOURCE}`
      const text = [HEADER, bad, bad, bad, bad, bad].join('\n')
      const report = await planImport(connection.db, csvFile('institutions', text), { maxIssues: 2 })
      expect(report.issues.map((issue) => issue.line)).toEqual([2, 3])
      expect(report.issueCount).toBe(5)
    })

    it('reports a missing column, counting the rows it could not check', async () => {
      const report = await planImport(
        connection.db,
        csvFile('members', 'group,institution\nsino-polish-university-consortium,cnmc\nx,y'),
      )
      expect(report).toMatchObject({
        rows: 2,
        created: 0,
        issues: [
          {
            line: 1,
            column: 'role',
            message: 'the file has no "role" column, which every members file needs',
          },
        ],
      })
    })

    it('reports a file that is not the format it claims, rather than failing', async () => {
      const report = await planImport(connection.db, {
        ...csvFile('institutions', INSTITUTIONS),
        format: 'xlsx',
      })
      expect(report.issues).toEqual([
        { line: 1, column: null, message: expect.stringMatching(/^the file could not be read as XLSX: /) },
      ])
    })
  })

  describe('applying', () => {
    it('writes nothing when a row in the middle is bad, though batches before it were written', async () => {
      const before = await tableDigests(connection.db)
      const lines = ['name,kind,country,city,lat,lon,source']
      for (let i = 0; i < 1_500; i++) {
        const country = i === 1_200 ? 'XX' : 'PL'
        lines.push(
          `Atomic Institute ${i},institute,${country},Warszawa,${52.2 + (i % 40) / 1000},${21 + i / 1e5},${SOURCE}`,
        )
      }
      const refusal = await applyImport(
        connection.db,
        csvFile('institutions', lines.join('\n')),
        editor,
      ).catch((error: unknown) => error)
      expect(refusal).toBeInstanceOf(ImportRefused)
      expect(refusal instanceof ImportRefused && refusal.report).toMatchObject({
        rows: 1_500,
        created: 1_499,
        issueCount: 1,
        issues: [{ line: 1_202, column: 'country' }],
      })
      expect(await tableDigests(connection.db)).toEqual(before)
    })

    it('creates institutions with their new source and history, and updates with a new version', async () => {
      const upc = 'UPC,https://www.upc.edu/en'
      const report = await applyImport(
        connection.db,
        csvFile(
          'institutions',
          `id,name,native_name,kind,country,city,lat,lon,website,source_title,source_url
,Universitat Politècnica de Catalunya,,university,ES,Barcelona,41.3888,2.1130,,${upc}
,Beihang Hangzhou Innovation Institute,北京航空航天大学杭州创新研究院,institute,CN,Hangzhou,30.2741,120.1551,,${upc}
warsaw-university-of-technology,Warsaw University of Technology,Politechnika Warszawska,university,PL,Warszawa,52.22028,21.01056,https://www.pw.edu.pl/,${upc}`,
        ),
        editor,
      )
      expect(report).toMatchObject({
        rows: 3,
        created: 2,
        updated: 1,
        unchanged: 0,
        newSources: 1,
        issueCount: 0,
      })
      const { db } = connection
      const institution = (id: string) =>
        db.selectFrom('institutions').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
      expect(await institution('universitat-politecnica-de-catalunya')).toMatchObject({
        name: 'Universitat Politècnica de Catalunya',
        precision: 'city',
        coordinate_source_id: 'upc',
        version: 1,
      })
      expect(await institution('beihang-hangzhou-innovation-institute')).toMatchObject({
        native_name: '北京航空航天大学杭州创新研究院',
      })
      expect(
        await db
          .selectFrom('institution_sources')
          .select('source_id')
          .where('institution_id', '=', 'universitat-politecnica-de-catalunya')
          .execute(),
      ).toEqual([{ source_id: 'upc' }])
      // The file has no alt_names column, so the institution keeps its other names.
      expect(await institution('warsaw-university-of-technology')).toMatchObject({
        website: 'https://www.pw.edu.pl/',
        alt_names: ['WUT'],
        version: 2,
      })
      const history = await db
        .selectFrom('changes')
        .select(['entity', 'record_id', 'action', 'before', 'after'])
        .where('user_id', '=', editor)
        .orderBy('id')
        .execute()
      expect(history.map((c) => [c.entity, c.record_id, c.action])).toEqual([
        ['source', 'upc', 'create'],
        ['institution', 'universitat-politecnica-de-catalunya', 'create'],
        ['institution', 'beihang-hangzhou-innovation-institute', 'create'],
        ['institution', 'warsaw-university-of-technology', 'update'],
      ])
      expect(history[3]?.before).toMatchObject({ website: null, sourceIds: [SOURCE] })
      expect(history[3]?.after).toMatchObject({
        website: 'https://www.pw.edu.pl/',
        sourceIds: [SOURCE, 'upc'],
      })
    })

    it('adds and updates links, with their initiatives and history', async () => {
      const report = await applyImport(
        connection.db,
        csvFile(
          'links',
          `id,from,to,kind,initiatives,end,status,source
,Lodz University of Technology,Universitat Politècnica de Catalunya,cooperation_agreement,china-spain-csp;sino-polish-consortium,,active,upc
bpc-cnmc-staff-training,beijing-polytechnic-college,cnmc,training_programme,belt-and-road,2019,ended,bpc-international-about`,
        ),
        editor,
      )
      expect(report).toMatchObject({ rows: 2, created: 1, updated: 1, issueCount: 0 })
      const { db } = connection
      const link = (id: string) =>
        db.selectFrom('links').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
      const created = await link('lodz-university-of-technology-universitat-politecnica-de-catalunya')
      expect(created).toMatchObject({ status: 'active', source_id: 'upc', group_id: null, version: 1 })
      const initiatives = await db
        .selectFrom('link_initiatives')
        .select('initiative_id')
        .where('link_id', '=', created.id)
        .orderBy('initiative_id')
        .execute()
      expect(initiatives.map((i) => i.initiative_id)).toEqual(['china-spain-csp', 'sino-polish-consortium'])
      // The file has no start column, so the link keeps its start.
      expect(await link('bpc-cnmc-staff-training')).toMatchObject({
        status: 'ended',
        start_date: null,
        end_date: '2019-01-01',
        version: 2,
      })
      const history = await db
        .selectFrom('changes')
        .select(['record_id', 'action'])
        .where('entity', '=', 'link')
        .where('user_id', '=', editor)
        .orderBy('id')
        .execute()
      expect(history).toEqual([
        { record_id: created.id, action: 'create' },
        { record_id: 'bpc-cnmc-staff-training', action: 'update' },
      ])
    })

    it('adds and updates members with their dates, redrawing their links to the seat', async () => {
      const group = 'sino-polish-university-consortium'
      const report = await applyImport(
        connection.db,
        csvFile(
          'members',
          `group,institution,role,joined,left
${group},Universitat Politècnica de Catalunya,member,2019-09,
${group},lodz-university-of-technology,member,,2024
${group},poznan-university-of-technology,member,,`,
        ),
        editor,
      )
      expect(report).toMatchObject({ rows: 3, created: 1, updated: 1, unchanged: 1, issueCount: 0 })
      const { db } = connection
      const links = await db
        .selectFrom('links')
        .select(['id', 'start_date', 'start_precision', 'end_date', 'status', 'group_id', 'version'])
        .where('id', 'in', [
          `${group}-universitat-politecnica-de-catalunya`,
          `${group}-lodz-university-of-technology`,
        ])
        .orderBy('id')
        .execute()
      expect(links).toEqual([
        {
          id: `${group}-lodz-university-of-technology`,
          start_date: '2017-03-21',
          start_precision: 'day',
          end_date: '2024-01-01',
          status: 'ended',
          group_id: group,
          version: 2,
        },
        {
          id: `${group}-universitat-politecnica-de-catalunya`,
          start_date: '2019-09-01',
          start_precision: 'month',
          end_date: null,
          status: 'active',
          group_id: group,
          version: 1,
        },
      ])
      const joined = await db
        .selectFrom('group_members')
        .selectAll()
        .where('group_id', '=', group)
        .where('institution_id', '=', 'universitat-politecnica-de-catalunya')
        .executeTakeFirstOrThrow()
      expect(joined).toMatchObject({
        role: 'member',
        position: 23,
        joined_date: '2019-09-01',
        joined_precision: 'month',
      })
      const history = await db
        .selectFrom('changes')
        .select(['record_id', 'action', 'before', 'after'])
        .where('entity', '=', 'group')
        .where('user_id', '=', editor)
        .execute()
      expect(history.map((c) => [c.record_id, c.action])).toEqual([[group, 'update']])
      const before = groupInputSchema.parse(history[0]?.before).members
      const after = groupInputSchema.parse(history[0]?.after).members
      expect([before.length, after.length]).toEqual([23, 24])
      expect(after.find((m) => m.institutionId === 'lodz-university-of-technology')?.left).toBe('2024')
      const { version } = await db
        .selectFrom('groups')
        .select('version')
        .where('id', '=', group)
        .executeTakeFirstOrThrow()
      expect(version).toBe(2)
    })
  })
})
