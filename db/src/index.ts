export {
  createDatabase,
  DEFAULT_PGLITE_DIR,
  type Database,
  type DatabaseOptions,
  type Db,
  type Schema,
  type Tx,
} from './client';
export { migrate, MIGRATIONS_FOLDER } from './migrate';
export {
  withOperator,
  withOperatorInTenant,
  withTenant,
  withoutTenant,
  type TenantContext,
} from './tenant';
export {
  endSessionsByIdpSid,
  findMunicipalityBySlug,
  listMunicipalities,
  lookupSession,
  type MunicipalitySummary,
  type SessionLookup,
} from './narrow';
export {
  declineTransferPackage,
  incomingTransferPackages,
  takeTransferPackage,
  type IncomingPackage,
  type TakenPackage,
} from './transfer-package';
export { API_ROLE, OPERATOR_ROLE, OPS_ROLE } from './roles';
export { SECURITY_DEFINER_ALLOW_LIST } from './security-definer';
export { seedDemo } from './demo/seed';
export { demoPeople, PLATFORM_OPERATOR_GROUP, type DemoPerson } from './demo/people';
export { createTestDatabase, type TestDatabase } from '../test/fresh-database';

/** The drizzle tables, as `schema.person`, `schema.unit`, …; row types are exported flat. */
export * as schema from './schema';
export {
  DEFAULT_MUNICIPALITY_SETTINGS,
  LOGO_MIME_TYPES,
  UNIT_TYPES,
  WRITTEN_STANDARDS,
  type AuditEvent,
  type District,
  type DistrictLeader,
  type Guardianship,
  type LogoMime,
  type Municipality,
  type MunicipalityAdmin,
  type MunicipalityBranding,
  type MunicipalitySettings,
  type NewAuditEvent,
  type NewDistrict,
  type NewMunicipality,
  type NewOperatorSession,
  type NewPerson,
  type NewPlatformOperator,
  type NewSession,
  type NewStaffMembership,
  type NewUnit,
  type OperatorSession,
  type Person,
  type PlatformOperator,
  type Session,
  type StaffMembership,
  type Unit,
  type UnitType,
  type WrittenStandard,
} from './schema';
export { refreshStats } from './stats/refresh';
export { deadlineItems } from './stats/deadline-items';
export { rowsOf } from './rows';
