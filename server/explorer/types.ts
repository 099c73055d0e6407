/** The explorer contract moved to api/; this re-export serves importers not yet moved. */
export type * from '../../api';
