/**
 * The assemblies of the demo, 2022–2026. The last one lies ahead; everything before it has been held.
 * Where the bundled documents (./documents) name an assembly, the demo holds that very assembly: same
 * date and kind, and the place and times its invitation gave (null where no document says), so the
 * importer links the documents to these meetings instead of creating a second meeting beside them.
 * The others are fictional, in the gaps between them.
 */
export type DemoMeetingPlan = {
  key: string;
  kind: 'alv' | 'najaars-alv' | 'extra-alv' | 'balv';
  title: string;
  date: string;
  place: string | null;
  startTime: string | null;
  endTime: string | null;
  /** A real assembly that the bundled documents name. */
  real: boolean;
  /** Motions submitted for this meeting. */
  motions: number;
  /** The board accounts for open motions at this meeting (ALV and Najaars-ALV). */
  accountability: boolean;
};

export const DEMO_MEETINGS: DemoMeetingPlan[] = [
  {
    key: 'alv22',
    kind: 'alv',
    title: 'Algemene Ledenvergadering 2022',
    date: '2022-06-29',
    place: null,
    startTime: null,
    endTime: null,
    motions: 6,
    accountability: false,
    real: true,
  },
  {
    key: 'nalv22',
    kind: 'najaars-alv',
    title: 'Najaars-ALV 2022',
    date: '2022-11-30',
    place: 'Utrecht, Beatrix Theater',
    startTime: '13:00',
    endTime: '17:00',
    motions: 5,
    accountability: true,
    real: false,
  },
  {
    key: 'alv23',
    kind: 'alv',
    title: 'Algemene Ledenvergadering 2023',
    date: '2023-06-14',
    place: 'Groningen, MartiniPlaza',
    startTime: '11:30',
    endTime: '13:00',
    motions: 7,
    accountability: true,
    real: true,
  },
  {
    key: 'balv23',
    kind: 'balv',
    title: 'Buitengewone ALV over de Spreidingswet',
    date: '2023-09-22',
    place: 'Utrecht, Jaarbeurs',
    startTime: '13:30',
    endTime: '16:00',
    motions: 3,
    accountability: false,
    real: false,
  },
  {
    key: 'nalv23',
    kind: 'najaars-alv',
    title: 'Najaars-ALV 2023',
    date: '2023-12-01',
    place: 'Utrecht, Beatrix Theater',
    startTime: '13:00',
    endTime: '15:00',
    motions: 5,
    accountability: true,
    real: true,
  },
  {
    key: 'ealv24',
    kind: 'extra-alv',
    title: 'Extra ALV over het nieuwe kabinet',
    date: '2024-05-24',
    place: 'Utrecht',
    startTime: null,
    endTime: null,
    motions: 3,
    accountability: false,
    real: true,
  },
  {
    key: 'alv24',
    kind: 'alv',
    title: 'Algemene Ledenvergadering 2024',
    date: '2024-06-26',
    place: 'Hazerswoude-Dorp',
    startTime: '11:30',
    endTime: '13:00',
    motions: 7,
    accountability: true,
    real: true,
  },
  {
    key: 'nalv24',
    kind: 'najaars-alv',
    title: 'Najaars-ALV 2024',
    date: '2024-11-29',
    place: null,
    startTime: null,
    endTime: null,
    motions: 5,
    accountability: true,
    real: true,
  },
  {
    key: 'alv25',
    kind: 'alv',
    title: 'Algemene Ledenvergadering 2025',
    date: '2025-06-18',
    place: null,
    startTime: null,
    endTime: null,
    motions: 7,
    accountability: true,
    real: true,
  },
  {
    key: 'nalv25',
    kind: 'najaars-alv',
    title: 'Najaars-ALV 2025',
    date: '2025-12-10',
    place: 'Utrecht, Beatrix Theater',
    startTime: '13:00',
    endTime: '17:00',
    motions: 5,
    accountability: true,
    real: false,
  },
  {
    key: 'alv26',
    kind: 'alv',
    title: 'Algemene Ledenvergadering 2026',
    date: '2026-06-10',
    place: 'Arnhem, Rijnhal',
    startTime: '10:00',
    endTime: '16:30',
    motions: 6,
    accountability: true,
    real: false,
  },
  {
    key: 'nalv26',
    kind: 'najaars-alv',
    title: 'Najaars-ALV 2026',
    date: '2026-12-09',
    place: 'Utrecht, Jaarbeurs',
    startTime: '13:00',
    endTime: '17:00',
    motions: 5,
    accountability: true,
    real: false,
  },
];

/** The meeting that has not been held yet in the demo. */
export const UPCOMING_MEETING_KEY = 'nalv26';
