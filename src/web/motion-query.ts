import type { MotionStatus } from '../domain/types.js';
import { motionStatus } from '../domain/vocabulary/index.js';
import type { MotionQuery } from '../services/motions/find-motions.js';
import { isUuid, queryList, queryPage, queryString } from './web.js';

/** The motion list's filters as they appear in the address: Dutch keys and values, so links are readable. */
export type MotionListQuery = {
  q: string;
  status: MotionStatus[];
  topic: string;
  memberId: string;
  meetingId: string;
  year: string;
  page: number;
};

export function parseMotionListQuery(query: unknown): MotionListQuery {
  const year = queryString(query, 'jaar');
  const memberId = queryString(query, 'indiener');
  const meetingId = queryString(query, 'vergadering');
  return {
    q: queryString(query, 'q').slice(0, 200),
    status: motionStatus.codesOf(queryList(query, 'status')),
    topic: queryString(query, 'onderwerp').slice(0, 200),
    memberId: isUuid(memberId) ? memberId : '',
    meetingId: isUuid(meetingId) ? meetingId : '',
    year: /^\d{4}$/.test(year) ? year : '',
    page: queryPage(query),
  };
}

/** The list's filters in the words of the read use case (the same one the API's list uses). */
export function toMotionQuery(q: MotionListQuery): MotionQuery {
  return {
    status: q.status,
    topic: q.topic,
    member: q.memberId,
    meetingId: q.meetingId,
    year: q.year ? Number(q.year) : undefined,
    q: q.q,
  };
}

/** The address of the list with these filters; the page is left out when it is the first. */
export function motionListHref(q: MotionListQuery, page = 1): string {
  const params = new URLSearchParams();
  if (q.q) params.set('q', q.q);
  for (const s of q.status) params.append('status', motionStatus.toApi(s));
  if (q.topic) params.set('onderwerp', q.topic);
  if (q.memberId) params.set('indiener', q.memberId);
  if (q.meetingId) params.set('vergadering', q.meetingId);
  if (q.year) params.set('jaar', q.year);
  if (page > 1) params.set('pagina', String(page));
  const text = params.toString();
  return text ? `/moties?${text}` : '/moties';
}

export const hasFilters = (q: MotionListQuery): boolean =>
  Boolean(q.q || q.status.length || q.topic || q.memberId || q.meetingId || q.year);
