import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { useCan, useCurrentUser } from '../../../app/session';
import type { PeoplePage, PersonRow } from '@zhifa/contract';

/** Active people of the signed-in user's agency: the candidates for officers, presiders, participants. */
export function useAgencyPeople() {
  const me = useCurrentUser();
  const can = useCan();
  return useQuery({
    queryKey: ['people', 'list', { agencyId: me.agency?.id, active: 'true', limit: 200, offset: 0 }],
    queryFn: ({ signal }) =>
      api.get<PeoplePage>('/api/people', { agencyId: me.agency?.id, active: 'true', limit: 200, offset: 0 }, signal),
    enabled: can('person:read') && !!me.agency,
    staleTime: 5 * 60_000,
    select: (page) => page.items,
  });
}

/** The person record of the signed-in user, matched by name within the agency (accounts carry no person id). */
export function useMyPerson(): PersonRow | undefined {
  const me = useCurrentUser();
  const people = useAgencyPeople();
  return me.personId ? people.data?.find((p) => p.id === me.personId) : undefined;
}
