// The closed vocabularies of the data model. Their order is the order the UI lists them in.
export const INSTITUTION_KINDS = ['university', 'college', 'institute', 'company', 'government_body'] as const
export const LOCATION_PRECISIONS = ['campus', 'city', 'country'] as const
export const LINK_KINDS = [
  'joint_institute',
  'consortium_membership',
  'cooperation_agreement',
  'training_programme',
  'vocational_cooperation',
] as const
export const LINK_STATUSES = ['active', 'planned', 'ended', 'unknown'] as const
export const GROUP_KINDS = ['consortium', 'joint_institute'] as const
export const MEMBER_ROLES = ['co_initiator', 'member', 'host', 'partner'] as const
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const

/** Upper bounds that keep one request from asking for unbounded work. */
export const LIMITS = {
  searchLength: 200,
  filterItems: 300,
  textLength: 5000,
  /** Procedures in one tRPC batch: the server refuses more, and the web client never sends more. */
  batchSize: 16,
} as const

/** What an account may do: an editor changes the data, an admin also manages accounts and restores versions. */
export const USER_ROLES = ['editor', 'admin'] as const
/** The records editors change, each with its own create, update and delete. */
export const ENTITY_NAMES = ['source', 'initiative', 'institution', 'link', 'group', 'tour'] as const
export const CHANGE_ACTIONS = ['create', 'update', 'delete', 'restore'] as const
