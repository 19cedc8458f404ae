// Tables of the laws module.
export interface LawTables {}
