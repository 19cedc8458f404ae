// Tables of the three libraries (laws, catalogue, delegation, people extensions).
export interface LibraryTables {}
