/**
 * The curation file's shape and defaults: aliases the generic rules cannot derive (a name and
 * its translation) and preferred spellings when the corpus is evenly split. Loaded from
 * `seed/curation.json` through a JSON import so that extraction stays free of I/O. It is not
 * a place for answers: it never names speakers, claims or events.
 */
import defaultCuration from '../curation.json';

export interface Curation {
  organizationAliases: { names: string[]; preferred?: string; why: string }[];
  preferredNames: { name: string; why: string }[];
}

export const DEFAULT_CURATION: Curation = {
  organizationAliases: defaultCuration.organizationAliases,
  preferredNames: defaultCuration.preferredNames,
};

export const EMPTY_CURATION: Curation = { organizationAliases: [], preferredNames: [] };
