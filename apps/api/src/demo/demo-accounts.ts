import type { AgencyRole, NewAgency, UserProfile } from '@lentera/db';

/** Documented in the README; every demo account uses it. */
export const DEMO_PASSWORD = 'Demo12345!';

export const demoAgency: NewAgency = {
  code: 'BPSDM-KALBAR',
  name: 'BPSDM Provinsi Kalimantan Barat',
  kind: 'regional',
  region: 'Kalimantan Barat',
};

export interface DemoAccount extends Partial<Omit<UserProfile, 'fullName' | 'email'>> {
  email: string;
  fullName: string;
  isSuperAdmin: boolean;
  roles: AgencyRole[];
}

// NIPs follow the real layout (birth date, appointment month, gender, serial); asn2 is PPPK.
export const demoAccounts: DemoAccount[] = [
  { email: 'superadmin@demo.lentera.id', fullName: 'Admin Platform Lentera', isSuperAdmin: true, roles: [] },
  {
    email: 'admin@demo.lentera.id',
    fullName: 'Rina Wulandari, S.Sos., M.A.P.',
    isSuperAdmin: false,
    roles: ['admin'],
    nip: '197806122003122004',
    employmentType: 'PNS',
    workUnit: 'Bidang Pengembangan Kompetensi',
    position: 'Kepala Bidang Pengembangan Kompetensi',
    rankGrade: 'Pembina (IV/a)',
    agencyOfOrigin: 'BPSDM Provinsi Kalimantan Barat',
  },
  {
    email: 'instruktur@demo.lentera.id',
    fullName: 'Dr. Ahmad Fauzi, M.Pd.',
    isSuperAdmin: false,
    roles: ['instructor'],
    nip: '197511051999031001',
    employmentType: 'PNS',
    workUnit: 'Kelompok Jabatan Fungsional Widyaiswara',
    position: 'Widyaiswara Ahli Madya',
    rankGrade: 'Pembina Tingkat I (IV/b)',
    agencyOfOrigin: 'BPSDM Provinsi Kalimantan Barat',
  },
  {
    email: 'asn1@demo.lentera.id',
    fullName: 'Siti Rahmawati, S.E.',
    isSuperAdmin: false,
    roles: ['learner'],
    nip: '199003172015032002',
    employmentType: 'PNS',
    workUnit: 'Subbagian Keuangan',
    position: 'Analis Keuangan Ahli Pertama',
    rankGrade: 'Penata Muda Tk. I (III/b)',
    agencyOfOrigin: 'Dinas Pendidikan Kota Pontianak',
  },
  {
    email: 'asn2@demo.lentera.id',
    fullName: 'Budi Santoso, S.Kom.',
    isSuperAdmin: false,
    roles: ['learner'],
    nip: '199201052022211003',
    employmentType: 'PPPK',
    workUnit: 'Bidang Teknologi Informasi',
    position: 'Pranata Komputer Ahli Pertama',
    rankGrade: 'IX',
    agencyOfOrigin: 'Dinas Komunikasi dan Informatika Kabupaten Kubu Raya',
  },
];
