export type AgreementStatus = 'open' | 'fulfilled' | 'partly-fulfilled' | 'broken' | 'withdrawn';
