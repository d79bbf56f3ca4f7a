import type { AgencyRole, NewAgency } from '@lentera/db';

/** Documented in the README; every demo account uses it. */
export const DEMO_PASSWORD = 'Demo12345!';

export const demoAgency: NewAgency = {
  code: 'BPSDM-KALBAR',
  name: 'BPSDM Provinsi Kalimantan Barat',
  kind: 'regional',
  region: 'Kalimantan Barat',
};

export interface DemoAccount {
  email: string;
  fullName: string;
  isSuperAdmin: boolean;
  roles: AgencyRole[];
  /** What the README and the start banner say the account is for. */
  purpose: string;
}

export const demoAccounts: DemoAccount[] = [
  { email: 'superadmin@demo.lentera.id', fullName: 'Admin Platform Lentera', isSuperAdmin: true, roles: [], purpose: 'super admin' },
  { email: 'admin@demo.lentera.id', fullName: 'Rina Wulandari, S.Sos., M.A.P.', isSuperAdmin: false, roles: ['admin'], purpose: 'agency admin (BPSDM)' },
  { email: 'instruktur@demo.lentera.id', fullName: 'Dr. Ahmad Fauzi, M.Pd.', isSuperAdmin: false, roles: ['instructor'], purpose: 'instructor (widyaiswara)' },
  { email: 'asn1@demo.lentera.id', fullName: 'Siti Rahmawati, S.E.', isSuperAdmin: false, roles: ['learner'], purpose: 'learner (ASN)' },
  { email: 'asn2@demo.lentera.id', fullName: 'Budi Santoso, S.Kom.', isSuperAdmin: false, roles: ['learner'], purpose: 'learner (ASN)' },
];
