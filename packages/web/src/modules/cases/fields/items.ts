import { useQuery } from '@tanstack/react-query';
import {
  classifyLaw,
  formalArticle,
  parseCitation,
  type CaseItemRef,
  type LegalBasisLevel,
  type LegalBasisRef,
} from '@zhifa/domain';
import { api } from '../../../api/client';
import { useCurrentUser } from '../../../app/session';
import type { Citation, Item, ResponseOf } from '@zhifa/contract';

export interface ItemOption extends CaseItemRef {
  id?: string;
  kind?: string;
}

/**
 * The items the user's agency may exercise today: a township's delegated list (fetched once,
 * filtered here), or for a county department, which has no delegation list, the catalogue
 * searched on the server.
 */
export function useAgencyItems(search: string) {
  const me = useCurrentUser();
  const agencyId = me.agency?.id;
  const delegated = useQuery({
    queryKey: ['cases', 'items', agencyId],
    queryFn: async ({ signal }) =>
      (
        await api.get<ResponseOf<'GET /api/delegation/agencies/:agencyId/items'>>(
          `/api/delegation/agencies/${agencyId}/items`,
          undefined,
          signal,
        )
      ).items,
    enabled: !!agencyId,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const catalogue = useQuery({
    queryKey: ['cases', 'items', 'catalogue', search.trim()],
    queryFn: async ({ signal }) =>
      (await api.get<ResponseOf<'GET /api/items'>>('/api/items', { q: search.trim() || undefined, limit: 50 }, signal))
        .items,
    enabled: delegated.isError,
    staleTime: 5 * 60_000,
    placeholderData: (prev) => prev,
  });
  const q = search.trim();
  const data = delegated.data
    ? delegated.data.filter((i) => !q || i.name.includes(q) || i.code.includes(q))
    : catalogue.data;
  return { data, isFetching: delegated.isFetching || catalogue.isFetching };
}

export function useItemDetail(code: string | undefined) {
  return useQuery({
    queryKey: ['cases', 'item', code],
    queryFn: async ({ signal }): Promise<Item | null> => {
      const page = await api.get<ResponseOf<'GET /api/items'>>(
        '/api/items',
        { q: code, limit: 5, active: 'all' },
        signal,
      );
      return page.items.find((i) => i.code === code) ?? null;
    },
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}

const LEVEL_OF: Record<string, LegalBasisLevel> = {
  法律: 'law',
  行政法规: 'administrativeRegulation',
  地方性法规: 'localRegulation',
  其他: 'normativeDocument',
};

/** A catalogue citation ("城市市容和环境卫生管理条例 第36条") as a cited provision of a case document. */
export function toBasisRef(c: Citation): LegalBasisRef {
  const compact = c.citation.replace(/\s+/g, '');
  const parsed = parseCitation(compact);
  const title = parsed.ok ? parsed.citation.lawTitle : c.lawTitle;
  const at = compact.search(/第[0-9０-９一二三四五六七八九十百千零〇]+条/u);
  const article = at >= 0 ? compact.slice(at) : compact;
  const kind = classifyLaw(title, []);
  const level: LegalBasisLevel =
    kind.level === '规章'
      ? kind.issuer?.endsWith('人民政府')
        ? 'localRule'
        : 'departmentRule'
      : (LEVEL_OF[kind.level] ?? 'normativeDocument');
  // Documents cite articles in Chinese numerals (第五十条第三款), as the catalogue's 第50条第3款 means.
  return { level, title: `《${title}》`, article: formalArticle(article) };
}
