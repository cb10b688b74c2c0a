export { loadOwnership, type DerivedStore, type LoadOwnershipOptions } from './load.js';
export { parseOwnersAliases, parseOwnersFile, type OwnersFile } from './owners-file.js';
export { groupByValues, Ownership, type Group, type GroupBy, type Owners, type OwnershipData } from './ownership.js';
export { ownersUrlDir, parseSigsYaml, type CommunityGroup, type GroupKind, type Subproject } from './sigs.js';
