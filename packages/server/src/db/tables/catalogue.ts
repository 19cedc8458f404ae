// Tables of the catalogue module.
export interface CatalogueTables {}
