/** Words the list benches build their motions from (api-list and motions-store draw the same corpus). */
export const SUBJECTS = [
  'Jeugdzorg',
  'Gemeentefinanciën',
  'Woningbouw',
  'Netcongestie',
  'Asielopvang',
  'Omgevingswet',
];
export const VERBS = ['versnellen', 'financieren', 'compenseren', 'evalueren', 'borgen'];
