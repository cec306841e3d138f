import type {
  CountryCode,
  Group,
  InitiativeWithCounts,
  InstitutionSummary,
  Link,
  LinkKind,
} from '@atlas/schema'
import { NO_FILTER } from '../state/atlasView'
import type { LayerState } from './layers/atlasLayers'

/** A small data set in the shape of the seed (a consortium, a joint institute, lone links), for the unit tests. */

const BEIJING = { lon: 116.4074, lat: 39.9042 }

function institution(
  id: string,
  country: CountryCode,
  city: string,
  [lon, lat]: [number, number],
  nativeName: string | null = null,
): InstitutionSummary {
  return {
    id,
    name: id.toUpperCase(),
    nativeName,
    altNames: [],
    kind: 'university',
    country,
    city,
    lon,
    lat,
    precision: 'city',
  }
}

export const INSTITUTIONS: InstitutionSummary[] = [
  institution('bjut', 'CN', 'Beijing', [116.481, 39.873], '北京工业大学'),
  institution('bistu', 'CN', 'Beijing', [BEIJING.lon, BEIJING.lat], '北京信息科技大学'),
  { ...institution('bpc', 'CN', 'Beijing', [BEIJING.lon, BEIJING.lat]), kind: 'college' },
  institution('lodz', 'PL', 'Łódź', [19.453, 51.753], 'Politechnika Łódzka'),
  institution('upv', 'ES', 'València', [-0.344, 39.481], 'UPV'),
  institution('beihang', 'CN', 'Beijing', [116.347, 39.981]),
  { ...institution('institute', 'CN', 'Hangzhou', [120.1551, 30.2741]), kind: 'institute' },
  { ...institution('zambia', 'ZM', 'Luanshya', [28.4, -13.1333]), kind: 'college' },
  institution('lonely', 'DE', 'Berlin', [13.4, 52.5]),
]

function initiative(id: string, parentId: string | null = null): InitiativeWithCounts {
  return {
    id,
    name: id,
    colour: '#123456',
    description: id,
    parentId,
    sourceIds: ['s'],
    counts: { institutions: 0, links: 0, groups: 0 },
  }
}

/** The consortium's initiative `sp` is part of `bri`, as the Sino-Polish consortium is of Belt and Road. */
export const INITIATIVES: InitiativeWithCounts[] = [
  initiative('bri'),
  initiative('sp', 'bri'),
  initiative('csp'),
]

function link(
  id: string,
  fromId: string,
  toId: string,
  kind: LinkKind,
  initiatives: string[],
  startDate: string | null,
  groupId: string | null = null,
): Link {
  return {
    id,
    fromId,
    toId,
    kind,
    initiatives,
    startDate,
    startPrecision: startDate ? 'year' : null,
    endDate: null,
    endPrecision: null,
    status: 'active',
    description: null,
    groupId,
    sourceId: 's',
  }
}

export const LINKS: Link[] = [
  link('m-bistu', 'bistu', 'bjut', 'consortium_membership', ['bri', 'sp'], '2017-03-21', 'consortium'),
  link('m-lodz', 'lodz', 'bjut', 'consortium_membership', ['bri', 'sp'], '2018-01-01', 'consortium'),
  link('ji-beihang', 'beihang', 'institute', 'joint_institute', ['csp'], '2025-01-01', 'institute-group'),
  link('ji-upv', 'upv', 'institute', 'joint_institute', ['csp'], '2025-01-01', 'institute-group'),
  link('bpc-zambia', 'bpc', 'zambia', 'vocational_cooperation', ['bri'], '2017-01-01'),
  link('bpc-training', 'bpc', 'bistu', 'training_programme', ['bri'], null),
]

function group(
  id: string,
  seatId: string,
  memberIds: string[],
  linkKind: LinkKind,
  initiatives: string[],
): Group {
  return {
    id,
    name: id,
    kind: linkKind === 'joint_institute' ? 'joint_institute' : 'consortium',
    seatId,
    foundedAtId: null,
    foundedDate: '2017-03-21',
    foundedPrecision: 'day',
    linkKind,
    initiatives,
    description: id,
    sourceId: 's',
    members: memberIds.map((institutionId) => ({ institutionId, role: 'member', joined: null, left: null })),
  }
}

export const GROUPS: Group[] = [
  group('consortium', 'bjut', ['bjut', 'bistu', 'lodz'], 'consortium_membership', ['bri', 'sp']),
  group('institute-group', 'institute', ['beihang', 'upv'], 'joint_institute', ['csp']),
]

/** What the map draws by default: light theme, coloured by initiative, nothing filtered or selected. */
export const DEFAULT_LAYER_STATE: LayerState = {
  theme: 'light',
  colourBy: 'initiative',
  initiatives: INITIATIVES,
  filter: NO_FILTER,
  highlight: null,
  selectedInstitution: null,
  selectedCountry: null,
  choropleth: null,
  offlineBasemap: true,
  projector: false,
}
