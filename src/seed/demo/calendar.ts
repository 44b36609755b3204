/** The assemblies of the demo, 2022–2026. The last one lies ahead; everything before it has been held. */
export type DemoMeetingPlan = {
  key: string;
  kind: 'alv' | 'najaars-alv' | 'extra-alv' | 'balv';
  title: string;
  date: string;
  place: string;
  startTime: string;
  endTime: string;
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
    date: '2022-06-08',
    place: 'Groningen, MartiniPlaza',
    startTime: '10:00',
    endTime: '16:30',
    motions: 6,
    accountability: false,
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
  },
  {
    key: 'alv23',
    kind: 'alv',
    title: 'Algemene Ledenvergadering 2023',
    date: '2023-06-07',
    place: 'Den Haag, World Forum',
    startTime: '10:00',
    endTime: '16:30',
    motions: 7,
    accountability: true,
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
  },
  {
    key: 'nalv23',
    kind: 'najaars-alv',
    title: 'Najaars-ALV 2023',
    date: '2023-12-06',
    place: 'Amersfoort, Eemhuis',
    startTime: '13:00',
    endTime: '17:00',
    motions: 5,
    accountability: true,
  },
  {
    key: 'alv24',
    kind: 'alv',
    title: 'Algemene Ledenvergadering 2024',
    date: '2024-06-05',
    place: 'Leeuwarden, WTC Expo',
    startTime: '10:00',
    endTime: '16:30',
    motions: 7,
    accountability: true,
  },
  {
    key: 'nalv24',
    kind: 'najaars-alv',
    title: 'Najaars-ALV 2024',
    date: '2024-12-04',
    place: 'Utrecht, Jaarbeurs',
    startTime: '13:00',
    endTime: '17:00',
    motions: 5,
    accountability: true,
  },
  {
    key: 'ealv25',
    kind: 'extra-alv',
    title: 'Extra ALV over de financiële positie van gemeenten',
    date: '2025-03-14',
    place: 'Online en Den Haag, Nieuwspoort',
    startTime: '14:00',
    endTime: '16:00',
    motions: 3,
    accountability: false,
  },
  {
    key: 'alv25',
    kind: 'alv',
    title: 'Algemene Ledenvergadering 2025',
    date: '2025-06-18',
    place: 'Maastricht, MECC',
    startTime: '10:00',
    endTime: '16:30',
    motions: 7,
    accountability: true,
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
  },
];

/** The meeting that has not been held yet in the demo. */
export const UPCOMING_MEETING_KEY = 'nalv26';
