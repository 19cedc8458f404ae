// Tables of the people module.
export interface PeopleTables {}
