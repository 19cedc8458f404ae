import { insertSql } from './cases-load';
console.log(insertSql(process.env.T ?? 'cases', 900000, 900999, 1000, 8, 'x') + ';');
