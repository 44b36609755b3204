/** The kinds of organisation one installation serves (ADR 009). */
export type OrganisationKind = 'vereniging' | 'gemeenteraad' | 'provinciale-staten' | 'waterschap';

/** A person of a council: a member, an alderman (or gedeputeerde, heemraad) or the chair (mayor). */
export type CouncilRole = 'member' | 'alderman' | 'mayor';
